"""Helpers for the staff tests: valid resident ID numbers, a nursery with classes, a full roster member."""

from __future__ import annotations

import datetime as dt

from stdnum.cn import ric

from workstation.db.orm import Nursery, NurseryClass
from workstation.domain.enums import ClassType, InstitutionKind, InstitutionStatus, LegalNature
from workstation.domain.staff import StaffDraft, StaffRole


def resident_id(serial: int, birth: str = "19900101", area: str = "500107") -> str:
    """A valid 18-character resident ID number (checksum computed)."""
    body = f"{area}{birth}{serial % 1000:03d}"
    return body + ric.calc_check_digit(body + "0")


def add_nursery(factory, name: str = "九龙坡区小海豚托育中心", classes=((ClassType.TODDLER_YOUNG, 15),),
                legal_rep_id: str = "") -> int:
    with factory.begin() as session:
        row = Nursery(name=name, legal_nature=LegalNature.FOR_PROFIT, kind=InstitutionKind.STANDALONE,
                      status=InstitutionStatus.OPERATING, uscc=None, legal_rep_name="王法人",
                      legal_rep_id_no=legal_rep_id)
        row.classes = [NurseryClass(class_type=t, name=f"{t.zh}{i}", capacity=n, enrolled=n, caregivers=0)
                       for i, (t, n) in enumerate(classes, start=1)]
        session.add(row)
        session.flush()
        return row.id


def staff_draft(name: str, serial: int, role: StaffRole = StaffRole.CAREGIVER,
                hired_on: dt.date = dt.date(2025, 3, 1)) -> StaffDraft:
    return StaffDraft(name, resident_id(serial), role, hired_on)
