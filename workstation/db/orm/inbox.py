"""The registration inbox: received files (batches), their rows (items) with the clerk's decisions,
and nurseries found operating without registration (recorded by hand)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from workstation.db.base import Base, Travelling
from workstation.db.orm.types import enum_column
from workstation.domain.enums import RegistrationOrganKind
from workstation.domain.inbox import Decision, FoundBy, ItemClass, OrganLevel, UnregisteredStatus


class InboxBatch(Travelling, Base):
    """One received file: who pushed it, who received it, and the file kept as evidence (by SHA-256)."""

    __tablename__ = "inbox_batch"

    organ_kind: Mapped[RegistrationOrganKind] = mapped_column(enum_column(RegistrationOrganKind))
    organ_level: Mapped[OrganLevel] = mapped_column(enum_column(OrganLevel))
    received_on: Mapped[dt.date] = mapped_column(Date, index=True)
    file_name: Mapped[str] = mapped_column(String(260))
    file_sha256: Mapped[str] = mapped_column(String(64), unique=True)  # the same file is received once
    header_row: Mapped[int] = mapped_column(Integer, default=0)
    rows: Mapped[int] = mapped_column(Integer, default=0)


class InboxItem(Base):
    """One row of a received file. Rows are inserted in bulk; each decision is an audited ORM update."""

    __tablename__ = "inbox_item"
    __table_args__ = (
        Index("ix_inbox_item_batch_row", "batch_id", "row_number"),
        Index("ix_inbox_item_batch_class", "batch_id", "item_class", "row_number"),
        Index("ix_inbox_item_batch_decision", "batch_id", "decision", "row_number"),
        Index("ix_inbox_item_decision", "decision"),
        Index("ix_inbox_item_result", "result_nursery_id"),
        Index("ix_inbox_item_uscc", "uscc"),  # earlier rows of the same code, for 重复推送 (migration 20261205_0034)
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("inbox_batch.id", ondelete="CASCADE"))
    row_number: Mapped[int] = mapped_column(Integer)
    uscc: Mapped[str] = mapped_column(String(40), default="")
    name: Mapped[str] = mapped_column(String(200), default="")
    item_class: Mapped[ItemClass] = mapped_column(enum_column(ItemClass))
    nursery_id: Mapped[int | None] = mapped_column(Integer)  # matched (same USCC) or the similar one
    pushed: Mapped[dict] = mapped_column(JSON, default=dict)  # the fields the row supplies, as JSON values
    differs: Mapped[str] = mapped_column(String(200), default="")  # compared fields that differ, comma-separated
    findings: Mapped[str] = mapped_column(Text, default="")  # reasons (invalid), warnings, similar nurseries
    decision: Mapped[Decision] = mapped_column(enum_column(Decision), default=Decision.PENDING)
    reason: Mapped[str] = mapped_column(Text, default="")
    decided_by: Mapped[str] = mapped_column(String(64), default="")
    decided_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    result_nursery_id: Mapped[int | None] = mapped_column(Integer)  # the nursery the decision created or changed


class UnregisteredNursery(Travelling, Base):
    """A nursery found operating without registration (inspection, complaint …), to be chased."""

    __tablename__ = "unregistered_nursery"

    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(300), default="")
    found_by: Mapped[FoundBy] = mapped_column(enum_column(FoundBy))
    found_on: Mapped[dt.date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[UnregisteredStatus] = mapped_column(enum_column(UnregisteredStatus), index=True,
                                                       default=UnregisteredStatus.PENDING)
