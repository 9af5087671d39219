"""Rows to DTOs and the shared reads of the staff services."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workstation.db.orm import Nursery
from workstation.db.orm.staff import (
    StaffBackgroundCheck,
    StaffBan,
    StaffCredential,
    StaffHealthCheck,
    StaffMember,
)
from workstation.domain.masking import mask_phone
from workstation.domain.staff import BackgroundResult, HealthResult, mask_id
from workstation.services.staff.dto import BanRow, StaffRow


def latest_health(session: Session, staff_ids: list[int]) -> dict[int, tuple[dt.date, dt.date | None]]:
    """Per staff member: (first passed check's date, latest passed check's valid_until)."""
    if not staff_ids:
        return {}
    rows = session.execute(
        select(StaffHealthCheck.staff_id, func.min(StaffHealthCheck.checked_on), func.max(StaffHealthCheck.valid_until))
        .where(StaffHealthCheck.staff_id.in_(staff_ids), StaffHealthCheck.result == HealthResult.PASS)
        .group_by(StaffHealthCheck.staff_id))
    return {staff: (first, until) for staff, first, until in rows}


def latest_background(session: Session, staff_ids: list[int]) -> dict[int, tuple[dt.date, dt.date, bool]]:
    """Per staff member: (checked_on, next_due, hit) of the latest criminal-record query."""
    if not staff_ids:
        return {}
    rows = session.execute(
        select(StaffBackgroundCheck.staff_id, StaffBackgroundCheck.checked_on, StaffBackgroundCheck.next_due,
               StaffBackgroundCheck.result)
        .where(StaffBackgroundCheck.staff_id.in_(staff_ids))
        .order_by(StaffBackgroundCheck.checked_on, StaffBackgroundCheck.id))
    return {staff: (on, due, result == BackgroundResult.HIT) for staff, on, due, result in rows}


def credential_due(session: Session, staff_ids: list[int]) -> dict[int, dt.date]:
    """Per staff member: the earliest expiry among the latest certificate of each kind (lasting ones aside)."""
    if not staff_ids:
        return {}
    latest: dict[tuple[int, object], dt.date | None] = {}
    rows = session.execute(select(StaffCredential.staff_id, StaffCredential.kind, StaffCredential.valid_until)
                           .where(StaffCredential.staff_id.in_(staff_ids)))
    for staff, kind, until in rows:
        key = (staff, kind)
        if key not in latest or (latest[key] is not None and (until is None or until > latest[key])):
            latest[key] = until
    due: dict[int, dt.date] = {}
    for (staff, _kind), until in latest.items():
        if until is not None and (staff not in due or until < due[staff]):
            due[staff] = until
    return due


def to_staff_row(row: StaffMember, masked: bool, health: dict, background: dict,
                 credentials: dict | None = None) -> StaffRow:
    return StaffRow(
        id=row.id, version=row.version, nursery_id=row.nursery_id, name=row.name, id_type=row.id_type,
        id_no=mask_id(row.id_no) if masked else row.id_no, role=row.role, employment=row.employment,
        phone=(mask_phone(row.phone) or "") if masked else row.phone, hired_on=row.hired_on, left_on=row.left_on, leave_reason=row.leave_reason,
        note=row.note, health_valid_until=(health.get(row.id) or (None, None))[1],
        background_next_due=(background.get(row.id) or (None, None, False))[1],
        credential_due=(credentials or {}).get(row.id))


def to_ban_row(row: StaffBan, masked: bool) -> BanRow:
    return BanRow(row.id, row.id_type, mask_id(row.id_no) if masked else row.id_no, row.name, row.reason,
                  row.decision_no, row.decided_on, row.authority, row.lifted_on, row.lift_decision_no or "",
                  row.lift_reason)


def employed_elsewhere(session: Session, id_no: str, nursery_id: int | None,
                       staff_id: int | None = None) -> list[str]:
    """Names of the other nurseries employing this ID number now."""
    query = (select(Nursery.name).join(StaffMember, StaffMember.nursery_id == Nursery.id)
             .where(StaffMember.id_no == id_no, StaffMember.left_on.is_(None)))
    if nursery_id is not None:
        query = query.where(StaffMember.nursery_id != nursery_id)
    if staff_id is not None:
        query = query.where(StaffMember.id != staff_id)
    return list(dict.fromkeys(session.scalars(query.order_by(Nursery.name_pinyin.nulls_first(), Nursery.id))))


def enrolled_of(session: Session, nursery_id: int) -> int:
    from workstation.db.orm import NurseryClass

    return session.scalar(select(func.coalesce(func.sum(NurseryClass.enrolled), 0))
                          .where(NurseryClass.nursery_id == nursery_id)) or 0
