"""A cheap stamp of the database's content: every change (from this window, another desk or the
command line) appends to the audit chain, so its head moves. Pages re-read when it moved."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from workstation.db.orm.audit import AuditHead


def change_stamp(factory: sessionmaker[Session]) -> int:
    """The audit chain's last sequence number (0 before the first change)."""
    with factory() as session:
        return session.scalar(select(AuditHead.seq).where(AuditHead.id == 1)) or 0
