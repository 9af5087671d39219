"""Fee schedules (收费标准) with their items and publicity records; the district's guidance-price rules.

Amounts are integer fen (BigInteger), never floating point. A schedule is one effective-dated
version of everything a nursery charges; a later schedule closes the previous one the day before.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from workstation.db.base import Base, Travelling
from workstation.db.orm.types import enum_column
from workstation.domain.enums import ServiceType
from workstation.domain.fees import FeeItemKind, FeeUnit, PublicityChannel
from workstation.domain.pinyin_order import KEY_LENGTH


class FeeSchedule(Travelling, Base):
    __tablename__ = "fee_schedule"
    __table_args__ = (
        UniqueConstraint("nursery_id", "effective_from"),
        CheckConstraint("effective_to IS NULL OR effective_to >= effective_from", name="period_order"),
        # The fee list's join, covering what the list sorts and filters on (no read of the schedule row).
        Index("ix_fee_schedule_in_force", "nursery_id", "effective_from", "effective_to", "main_full_day_fen",
              "main_half_day_fen", "main_hourly_fen", "main_temporary_fen", "first_publicised_on"),
        # The fee list sorted by a fee or its start date: walked in order (ties by the nursery's name in
        # pinyin order, then its id; migration 20261205_0048), in force checked on the way.
        *(Index(f"ix_fee_schedule_by_{key}", column, "nursery_pinyin", "nursery_id", "effective_from", "effective_to")
          for key, column in (("full_day", "main_full_day_fen"), ("half_day", "main_half_day_fen"),
                              ("hourly", "main_hourly_fen"), ("temporary", "main_temporary_fen"))),
        Index("ix_fee_schedule_by_start", "effective_from", "nursery_pinyin", "nursery_id", "effective_to"),
        # The few schedules of nurseries that do not charge, checked for the day (migration 20261205_0040).
        Index("ix_fee_schedule_not_charging", "nursery_charging", "nursery_id", "effective_from", "effective_to"),
    )
    # Kept by triggers from the nursery's status and name: not the schedule's own state, so not in its record hash.
    __audit_ignored__ = frozenset({"nursery_charging", "nursery_pinyin"})

    nursery_id: Mapped[int] = mapped_column(ForeignKey("nursery.id", ondelete="CASCADE"), index=True)
    effective_from: Mapped[dt.date] = mapped_column(Date)
    effective_to: Mapped[dt.date | None] = mapped_column(Date, index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    # What the fee list sorts and filters on, kept by triggers (migration 20261204_0019) from the items
    # and publicity: each service type's main fee (care fee, else first item; -1 without one), the
    # first publicity day.
    main_full_day_fen: Mapped[int] = mapped_column(BigInteger, default=-1, server_default=text("-1"))
    main_half_day_fen: Mapped[int] = mapped_column(BigInteger, default=-1, server_default=text("-1"))
    main_hourly_fen: Mapped[int] = mapped_column(BigInteger, default=-1, server_default=text("-1"))
    main_temporary_fen: Mapped[int] = mapped_column(BigInteger, default=-1, server_default=text("-1"))
    first_publicised_on: Mapped[dt.date | None] = mapped_column(Date)
    # 1 while the nursery's status charges (repositories.fees.CHARGING), else 0: kept by triggers on the
    # schedule and the nursery's status (migration 20261205_0040); the fee list finds the others by it.
    nursery_charging: Mapped[int] = mapped_column(Integer, server_default=text("1"))
    # The nursery's name_pinyin, kept by triggers on the schedule and the nursery's name (migration
    # 20261205_0048): the fee list's ties (equal fees, one 执行日期) go by name along the column's index.
    nursery_pinyin: Mapped[str | None] = mapped_column(String(KEY_LENGTH))

    items: Mapped[list[FeeItemRow]] = relationship(
        back_populates="schedule", cascade="all, delete-orphan", order_by="FeeItemRow.position")
    publicity: Mapped[list[FeePublicity]] = relationship(
        back_populates="schedule", cascade="all, delete-orphan", order_by="FeePublicity.publicised_on")


class FeeItemRow(Base):
    """One charge of a schedule; owned by the schedule and never edited after it is recorded."""

    __tablename__ = "fee_item"
    __table_args__ = (
        CheckConstraint("amount_fen >= 0", name="amount_nonneg"),
        # The fee list sorts by each service type's main fee: read from this index alone.
        Index("ix_fee_item_main", "schedule_id", "service_type", "kind", "position", "id", "amount_fen", "unit"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    schedule_id: Mapped[int] = mapped_column(ForeignKey("fee_schedule.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    service_type: Mapped[ServiceType] = mapped_column(enum_column(ServiceType))
    kind: Mapped[FeeItemKind] = mapped_column(enum_column(FeeItemKind))
    name: Mapped[str] = mapped_column(String(50))
    amount_fen: Mapped[int] = mapped_column(BigInteger)
    unit: Mapped[FeeUnit] = mapped_column(enum_column(FeeUnit))
    covers: Mapped[str] = mapped_column(Text, default="")

    schedule: Mapped[FeeSchedule] = relationship(back_populates="items")


class FeePublicity(Travelling, Base):
    """How and when a schedule was publicised; the evidence file lives in the attachment store."""

    __tablename__ = "fee_publicity"
    __table_args__ = (Index("ix_fee_publicity_first", "schedule_id", "publicised_on"),)

    schedule_id: Mapped[int] = mapped_column(ForeignKey("fee_schedule.id", ondelete="CASCADE"), index=True)
    channel: Mapped[PublicityChannel] = mapped_column(enum_column(PublicityChannel))
    publicised_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    evidence_name: Mapped[str] = mapped_column(String(260), default="")
    evidence_sha256: Mapped[str] = mapped_column(String(64), default="")

    schedule: Mapped[FeeSchedule] = relationship(back_populates="publicity")


class FeeRule(Travelling, Base):
    """A version of the district's fee parameters, in force from `effective_from` (administrators edit)."""

    __tablename__ = "fee_rule"
    __table_args__ = (
        CheckConstraint("window_months > 0", name="window_positive"),
        CheckConstraint("max_changes IS NULL OR max_changes >= 0", name="max_changes_nonneg"),
    )

    effective_from: Mapped[dt.date] = mapped_column(Date, unique=True)
    cap_includes_meals: Mapped[bool] = mapped_column(Boolean, default=False)
    max_changes: Mapped[int | None] = mapped_column(Integer)
    window_months: Mapped[int] = mapped_column(Integer, default=12)
    health_phone: Mapped[str] = mapped_column(String(32), default="")
    price_phone: Mapped[str] = mapped_column(String(32), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    caps: Mapped[list[FeeRuleCap]] = relationship(
        back_populates="rule", cascade="all, delete-orphan", order_by="FeeRuleCap.id")


class FeeRuleCap(Base):
    """The guidance price or cap of one service type per unit, within a rule version."""

    __tablename__ = "fee_rule_cap"
    __table_args__ = (
        UniqueConstraint("rule_id", "service_type", "unit"),
        CheckConstraint("cap_fen >= 0", name="cap_nonneg"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    rule_id: Mapped[int] = mapped_column(ForeignKey("fee_rule.id", ondelete="CASCADE"), index=True)
    service_type: Mapped[ServiceType] = mapped_column(enum_column(ServiceType))
    unit: Mapped[FeeUnit] = mapped_column(enum_column(FeeUnit))
    cap_fen: Mapped[int] = mapped_column(BigInteger)

    rule: Mapped[FeeRule] = relationship(back_populates="caps")
