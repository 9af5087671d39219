"""Intake side records: routing table, warning overrides, duplicate decisions, import batches, rule sets."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from workstation.db.base import Base, Travelling, utcnow
from workstation.db.orm.types import enum_column
from workstation.domain.enums import LegalNature, RegistrationOrganKind


class RoutingRule(Travelling, Base):
    """District routing table row: this legal nature registers with this organ (editable by admins)."""

    __tablename__ = "routing_rule"
    __table_args__ = (UniqueConstraint("district_id", "legal_nature"),)

    district_id: Mapped[int] = mapped_column(ForeignKey("district.id", ondelete="CASCADE"), index=True)
    legal_nature: Mapped[LegalNature] = mapped_column(enum_column(LegalNature))
    organ_kind: Mapped[RegistrationOrganKind] = mapped_column(enum_column(RegistrationOrganKind))
    certificate: Mapped[str] = mapped_column(String(50), default="")


class WarningOverride(Base):
    """A warning the clerk saved through, with the reason given."""

    __tablename__ = "warning_override"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    nursery_id: Mapped[int] = mapped_column(ForeignKey("nursery.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(32))
    message: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(64), default="")


class DuplicateDecision(Base):
    """The clerk's decision that two similar nurseries are the same or different."""

    __tablename__ = "duplicate_decision"
    __table_args__ = (UniqueConstraint("nursery_id", "other_nursery_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    nursery_id: Mapped[int] = mapped_column(ForeignKey("nursery.id", ondelete="CASCADE"), index=True)
    other_nursery_id: Mapped[int] = mapped_column(ForeignKey("nursery.id", ondelete="CASCADE"))
    decision: Mapped[str] = mapped_column(String(16))  # "same" | "different"
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(64), default="")


class ImportBatch(Base):
    """One committed import of pushed registration data."""

    __tablename__ = "import_batch"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    file_name: Mapped[str] = mapped_column(String(260))
    file_sha256: Mapped[str] = mapped_column(String(64))
    accepted: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(64), default="")


class RuleSet(Travelling, Base):
    """A version of the rule parameters (class limits, ratios, deadlines…) as JSON."""

    __tablename__ = "rule_set"

    name: Mapped[str] = mapped_column(String(50), unique=True)
    effective_from: Mapped[dt.date | None] = mapped_column(Date)
    parameters: Mapped[dict] = mapped_column(JSON, default=dict)
