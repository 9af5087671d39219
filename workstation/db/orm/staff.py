"""Staff rosters (人员), their certificates and checks, and the lifetime ban list (禁入名单).

Nothing here is deleted: a departure sets `left_on`, a lifted ban keeps its row with the lifting
decision. Child rows carry `nursery_id` so the audit trail and the home queue find them directly.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from workstation.db.base import Base, Travelling
from workstation.db.orm.sort_keys import SORT_KEY_COLUMNS, PinyinNamed, pinyin_key_column
from workstation.db.orm.types import enum_column
from workstation.domain.enums import IdType
from workstation.domain.staff import BackgroundResult, CredentialKind, Employment, HealthResult, StaffRole


class StaffMember(PinyinNamed, Travelling, Base):
    __tablename__ = "staff_member"
    __audit_ignored__ = SORT_KEY_COLUMNS
    __table_args__ = (
        CheckConstraint("left_on IS NULL OR left_on >= hired_on", name="left_after_hired"),
        Index("ix_staff_member_roster", "nursery_id", "left_on", "name"),
        Index("ix_staff_member_person", "id_no", "left_on"),
    )

    nursery_id: Mapped[int] = mapped_column(ForeignKey("nursery.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(50))
    name_pinyin: Mapped[str | None] = pinyin_key_column()  # the roster's name order (db/orm/sort_keys.py)
    id_type: Mapped[IdType] = mapped_column(enum_column(IdType), default=IdType.RESIDENT_ID)
    id_no: Mapped[str] = mapped_column(String(32))
    role: Mapped[StaffRole] = mapped_column(enum_column(StaffRole))
    employment: Mapped[Employment] = mapped_column(enum_column(Employment), default=Employment.FULL_TIME)
    phone: Mapped[str] = mapped_column(String(32), default="")
    hired_on: Mapped[dt.date] = mapped_column(Date)
    left_on: Mapped[dt.date | None] = mapped_column(Date)
    leave_reason: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")

    credentials: Mapped[list[StaffCredential]] = relationship(
        back_populates="member", order_by="StaffCredential.id")
    health_checks: Mapped[list[StaffHealthCheck]] = relationship(
        back_populates="member", order_by="StaffHealthCheck.checked_on")
    background_checks: Mapped[list[StaffBackgroundCheck]] = relationship(
        back_populates="member", order_by="StaffBackgroundCheck.checked_on")


class StaffCredential(Travelling, Base):
    __tablename__ = "staff_credential"
    __table_args__ = (
        CheckConstraint("valid_until IS NULL OR valid_until >= issued_on", name="valid_after_issued"),
        Index("ix_staff_credential_expiry", "valid_until", "nursery_id"),
    )

    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_member.id", ondelete="CASCADE"), index=True)
    nursery_id: Mapped[int] = mapped_column(ForeignKey("nursery.id", ondelete="CASCADE"), index=True)
    kind: Mapped[CredentialKind] = mapped_column(enum_column(CredentialKind))
    number: Mapped[str] = mapped_column(String(64))
    issuer: Mapped[str] = mapped_column(String(100))
    issued_on: Mapped[dt.date] = mapped_column(Date)
    valid_until: Mapped[dt.date | None] = mapped_column(Date)
    scan_name: Mapped[str] = mapped_column(String(260), default="")
    scan_sha256: Mapped[str] = mapped_column(String(64), default="")

    member: Mapped[StaffMember] = relationship(back_populates="credentials")


class StaffHealthCheck(Travelling, Base):
    """One health check (健康检查); a passed one gives the 健康合格证 valid for a year."""

    __tablename__ = "staff_health_check"
    __table_args__ = (Index("ix_staff_health_check_expiry", "valid_until", "nursery_id"),)

    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_member.id", ondelete="CASCADE"), index=True)
    nursery_id: Mapped[int] = mapped_column(ForeignKey("nursery.id", ondelete="CASCADE"), index=True)
    checked_on: Mapped[dt.date] = mapped_column(Date)
    result: Mapped[HealthResult] = mapped_column(enum_column(HealthResult))
    certificate_no: Mapped[str] = mapped_column(String(64), default="")
    valid_until: Mapped[dt.date | None] = mapped_column(Date)

    member: Mapped[StaffMember] = relationship(back_populates="health_checks")


class StaffBackgroundCheck(Travelling, Base):
    """A criminal-record query (违法犯罪记录查询), due again a year later."""

    __tablename__ = "staff_background_check"
    __table_args__ = (Index("ix_staff_background_check_due", "next_due", "nursery_id"),)

    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_member.id", ondelete="CASCADE"), index=True)
    nursery_id: Mapped[int] = mapped_column(ForeignKey("nursery.id", ondelete="CASCADE"), index=True)
    checked_on: Mapped[dt.date] = mapped_column(Date)
    result: Mapped[BackgroundResult] = mapped_column(enum_column(BackgroundResult))
    authority: Mapped[str] = mapped_column(String(100), default="")
    checked_by: Mapped[str] = mapped_column(String(50), default="")
    next_due: Mapped[dt.date] = mapped_column(Date)

    member: Mapped[StaffMember] = relationship(back_populates="background_checks")


class StaffBan(Travelling, Base):
    """A lifetime ban (终身禁入). Lifting fills the lift columns; the row stays."""

    __tablename__ = "staff_ban"
    __table_args__ = (
        CheckConstraint("(lifted_on IS NULL) = (lift_decision_no IS NULL)", name="lift_complete"),
        Index("ix_staff_ban_person", "id_no", "lifted_on"),
        Index("ix_staff_ban_decided", "decided_on"),
    )

    id_type: Mapped[IdType] = mapped_column(enum_column(IdType), default=IdType.RESIDENT_ID)
    id_no: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(50))
    reason: Mapped[str] = mapped_column(Text)
    decision_no: Mapped[str] = mapped_column(String(64))
    decided_on: Mapped[dt.date] = mapped_column(Date)
    authority: Mapped[str] = mapped_column(String(100))
    lifted_on: Mapped[dt.date | None] = mapped_column(Date)
    lift_decision_no: Mapped[str | None] = mapped_column(String(64))
    lift_reason: Mapped[str] = mapped_column(Text, default="")
