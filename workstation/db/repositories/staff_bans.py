"""The one look-up of the lifetime ban list (禁入名单), for every area that records a person."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.db.orm.staff import StaffBan
from workstation.domain.staff import BanRef


def active_ban(session: Session, id_no: str) -> BanRef | None:
    """The ban in force on this (normalised) ID number, or None."""
    if not id_no:
        return None
    row = session.scalars(select(StaffBan).where(StaffBan.id_no == id_no, StaffBan.lifted_on.is_(None))
                          .order_by(StaffBan.decided_on).limit(1)).first()
    return None if row is None else BanRef(row.name, row.decision_no, row.decided_on, row.authority)
