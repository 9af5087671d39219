"""User accounts: who may log in, with which role; passwords only as slow salted hashes."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from workstation.db.base import Base, Travelling
from workstation.db.orm.types import enum_column
from workstation.domain.permissions import Role


class User(Travelling, Base):
    """A person who logs in. Never deleted: deactivated, so the audit trail keeps naming them."""

    __tablename__ = "user_account"  # "user" is reserved on PostgreSQL

    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(100), default="")
    role: Mapped[Role] = mapped_column(enum_column(Role))
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime)
    last_login_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    password_changed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    # Values the audit trail must never copy (db/audit_hooks.py masks them), and one it need not
    # repeat (every login is recorded as its own event).
    __audit_masked__ = frozenset({"password_hash"})
    __audit_ignored__ = frozenset({"last_login_at"})
