"""Issue 17: staff phones are masked like ID numbers for roles without full personal data, a masked
phone sent back keeps the stored one, and a full staff ID shown is audited."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select
from staff_support import add_nursery, resident_id

from workstation.db.orm.audit import AuditEntry
from workstation.db.orm.staff import StaffMember
from workstation.domain.enums import IdType
from workstation.domain.errors import PermissionDenied
from workstation.domain.staff import StaffDraft, StaffRole
from workstation.services.common.context import Actor
from workstation.services.staff.service import StaffService

TODAY = dt.date(2026, 12, 4)
CLERK = Actor("clerk", "李登记", "CLERK")
ADMIN = Actor("admin", "赵管理", "ADMIN")
MANAGER = Actor("manager", "王科长", "MANAGER")


@pytest.fixture
def member(district):
    nursery = add_nursery(district.factory)
    saved = StaffService(district.factory, CLERK, today=lambda: TODAY).add(
        nursery, StaffDraft("周保育", resident_id(7), StaffRole.CAREGIVER, dt.date(2025, 3, 1), phone="13700001111"))
    return saved.member


def test_a_clerk_reads_the_phone_masked_and_saving_it_back_keeps_it(district, member):
    clerk = StaffService(district.factory, CLERK, today=lambda: TODAY)
    shown = clerk.roster(member.nursery_id)[0]
    assert (shown.phone, shown.id_no) == ("137****1111", "500107********" + resident_id(7)[-4:])
    clerk.update(member.id, shown.version, StaffDraft(shown.name, "", shown.role, shown.hired_on,
                                                      phone=shown.phone, note="改备注"))
    with district.factory() as session:
        row = session.get(StaffMember, member.id)
        assert (row.phone, row.id_no, row.note) == ("13700001111", resident_id(7), "改备注")


def test_revealing_a_staff_id_is_audited_and_refused_to_the_administrator(district, member):
    with pytest.raises(PermissionDenied, match="无权查看完整个人信息"):
        StaffService(district.factory, ADMIN).reveal_id_number(member.id)
    assert StaffService(district.factory, MANAGER).reveal_id_number(member.id) == resident_id(7)
    with district.factory() as session:
        rows = list(session.scalars(select(AuditEntry).where(AuditEntry.action == "view_personal_data")))
    assert [(r.actor, r.entity, r.entity_id, json.loads(r.details)) for r in rows] == [
        ("manager", "staff_member", str(member.id), {"field": "id_no", "whose": "周保育"})]
    assert resident_id(7) not in rows[0].details + rows[0].changes


def test_an_11_character_id_shows_nothing_to_a_clerk(district):
    """The red team's E98765*3210: every character but one was shown."""
    nursery = add_nursery(district.factory)
    clerk = StaffService(district.factory, CLERK, today=lambda: TODAY)
    clerk.add(nursery, StaffDraft("Anna Lee", "E9876543210", StaffRole.CAREGIVER, dt.date(2025, 3, 1),
                                  id_type=IdType.PASSPORT))
    assert clerk.roster(nursery)[0].id_no == "*" * 11
