"""ORM classes of the filing area: applications, materials, change items, history, receipts, calendar."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from workstation.db.base import Base, Travelling, new_uuid, utcnow
from workstation.db.orm.types import enum_column
from workstation.domain.enums import InstitutionStatus
from workstation.domain.filing import (
    DocumentKind,
    FilingAction,
    FilingChannel,
    FilingEventKind,
    FilingKind,
    FilingState,
)
from workstation.domain.filing_rules import FireProofKind, HygieneRating, MaterialResult, MaterialType
from workstation.domain.pinyin_order import KEY_LENGTH


class FilingApplication(Travelling, Base):
    """One filing application (备案申请) of a nursery, with its clocks and decision."""

    __tablename__ = "filing_application"
    # Kept by triggers from the nursery (migration 20261205_0046): not the application's own state.
    __audit_ignored__ = frozenset({"nursery_open", "nursery_pinyin"})
    __table_args__ = (
        # The work queues' deadlines with whether the nursery is open (counts), and with its name key too
        # (a queue's first entries in order): each one range of an index (migration 20261205_0046).
        Index("ix_filing_application_state_due", "state", "due_on", "nursery_open"),
        Index("ix_filing_application_due_queue", "state", "due_on", "nursery_pinyin", "nursery_open"),
        Index("ix_filing_application_nursery_state", "nursery_id", "state"),
        # The 备案管理 list: filters by state or kind, newest first (the id follows in each index),
        # and its sortable columns.
        Index("ix_filing_application_state", "state"),
        Index("ix_filing_application_kind", "kind"),
        Index("ix_filing_application_submitted_on", "submitted_on"),
        Index("ix_filing_application_due_on", "due_on"),
        Index("ix_filing_application_pinyin_id", "nursery_pinyin", "id"),  # 机构名称 (migration 20261205_0047)
        Index("ix_filing_application_state_verification", "state", "verification_due_on", "kind", "nursery_open"),
        Index("ix_filing_application_verification_queue", "state", "verification_due_on", "nursery_pinyin", "kind",
              "nursery_open"),
    )

    nursery_id: Mapped[int] = mapped_column(ForeignKey("nursery.id"))
    # The nursery's name_pinyin and 1 unless it is closed (domain.counting.CLOSED), set by triggers only.
    nursery_open: Mapped[int] = mapped_column(Integer, server_default=text("1"))
    nursery_pinyin: Mapped[str | None] = mapped_column(String(KEY_LENGTH))
    kind: Mapped[FilingKind] = mapped_column(enum_column(FilingKind))
    state: Mapped[FilingState] = mapped_column(enum_column(FilingState), default=FilingState.DRAFT)
    channel: Mapped[FilingChannel] = mapped_column(enum_column(FilingChannel), default=FilingChannel.PAPER)

    # 备案书 as submitted (a snapshot of the nursery's filed fields) and the 备案承诺书.
    form_data: Mapped[dict] = mapped_column(JSON, default=dict)
    commitment_signer: Mapped[str] = mapped_column(String(50), default="")
    commitment_signed_on: Mapped[dt.date | None] = mapped_column(Date)
    # The national filing system's own number and date, once known.
    national_filing_no: Mapped[str] = mapped_column(String(64), default="")
    national_filed_on: Mapped[dt.date | None] = mapped_column(Date)
    settlement_note: Mapped[str] = mapped_column(Text, default="")
    nursery_status_before: Mapped[InstitutionStatus | None] = mapped_column(enum_column(InstitutionStatus))

    # Receipt clock: 5 working days from (re)submission; paused or restarted by a return.
    submitted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    submitted_on: Mapped[dt.date | None] = mapped_column(Date)  # local date of the first submission
    clock_started_on: Mapped[dt.date | None] = mapped_column(Date)
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    due_days: Mapped[int | None] = mapped_column(Integer)  # working days counted from clock_started_on
    due_provisional: Mapped[bool] = mapped_column(Boolean, default=False)
    clock_remaining: Mapped[int | None] = mapped_column(Integer)
    returned_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    # Decision and the 15-working-day verification clock.
    accepted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    accepted_on: Mapped[dt.date | None] = mapped_column(Date)  # local date: the receipt's date and year
    receipt_no: Mapped[str | None] = mapped_column(String(50), unique=True)
    verification_due_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    verification_days: Mapped[int | None] = mapped_column(Integer)  # working days counted from accepted_on
    verification_due_provisional: Mapped[bool] = mapped_column(Boolean, default=False)
    verified_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    notified_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    nonconformity: Mapped[str] = mapped_column(Text, default="")
    withdrawn_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    rule_version: Mapped[str] = mapped_column(String(50), default="")
    calendar_version: Mapped[str] = mapped_column(String(80), default="")

    materials: Mapped[list[FilingMaterial]] = relationship(
        back_populates="application", cascade="all, delete-orphan", order_by="FilingMaterial.id")
    change_items: Mapped[list[ChangeItem]] = relationship(
        back_populates="application", cascade="all, delete-orphan", order_by="ChangeItem.id")


class FilingMaterial(Travelling, Base):
    """One checklist line of an application: provided?, checked by whom, valid until when."""

    __tablename__ = "filing_material"
    __table_args__ = (UniqueConstraint("application_id", "material_type"),)

    application_id: Mapped[int] = mapped_column(ForeignKey("filing_application.id", ondelete="CASCADE"))
    material_type: Mapped[MaterialType] = mapped_column(enum_column(MaterialType))
    title: Mapped[str] = mapped_column(String(100))
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    provided: Mapped[bool] = mapped_column(Boolean, default=False)
    subtype: Mapped[FireProofKind | None] = mapped_column(enum_column(FireProofKind))
    rating: Mapped[HygieneRating | None] = mapped_column(enum_column(HygieneRating))
    valid_until: Mapped[dt.date | None] = mapped_column(Date)
    result: Mapped[MaterialResult | None] = mapped_column(enum_column(MaterialResult))
    note: Mapped[str] = mapped_column(Text, default="")
    checked_by: Mapped[str] = mapped_column(String(64), default="")
    checked_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    application: Mapped[FilingApplication] = relationship(back_populates="materials")
    files: Mapped[list[MaterialFile]] = relationship(
        back_populates="material", cascade="all, delete-orphan", order_by="MaterialFile.id")


class MaterialFile(Base):
    """A scan attached to a material; the bytes live in the content-addressed attachments folder."""

    __tablename__ = "filing_material_file"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    material_id: Mapped[int] = mapped_column(ForeignKey("filing_material.id", ondelete="CASCADE"), index=True)
    sha256: Mapped[str] = mapped_column(String(64))
    file_name: Mapped[str] = mapped_column(String(260))
    size: Mapped[int] = mapped_column(Integer, default=0)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    added_by: Mapped[str] = mapped_column(String(64), default="")

    material: Mapped[FilingMaterial] = relationship(back_populates="files")


class ChangeItem(Travelling, Base):
    """One itemised change of a change filing: field, old → new, reason."""

    __tablename__ = "filing_change_item"
    __table_args__ = (UniqueConstraint("application_id", "field"),)

    application_id: Mapped[int] = mapped_column(ForeignKey("filing_application.id", ondelete="CASCADE"))
    field: Mapped[str] = mapped_column(String(50))
    old_value: Mapped[str] = mapped_column(Text, default="")
    new_value: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")

    application: Mapped[FilingApplication] = relationship(back_populates="change_items")

    def audit_personal_columns(self) -> dict[str, tuple[str, str]]:
        """Old and new values are the nursery field's: masked in the trail when it is a phone (db/audit_hooks)."""
        return {"old_value": ("nursery", self.field), "new_value": ("nursery", self.field)}


class FilingEvent(Base):
    """History: every application, action, material check and document issue, with who and when."""

    __tablename__ = "filing_event"
    __table_args__ = (Index("ix_filing_event_nursery_at", "nursery_id", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    application_id: Mapped[int] = mapped_column(ForeignKey("filing_application.id"), index=True)
    nursery_id: Mapped[int] = mapped_column(ForeignKey("nursery.id"))
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    kind: Mapped[FilingEventKind] = mapped_column(enum_column(FilingEventKind))
    action: Mapped[FilingAction | None] = mapped_column(enum_column(FilingAction))
    from_state: Mapped[FilingState | None] = mapped_column(enum_column(FilingState))
    to_state: Mapped[FilingState | None] = mapped_column(enum_column(FilingState))
    text: Mapped[str] = mapped_column(Text, default="")
    detail: Mapped[dict] = mapped_column(JSON, default=dict)
    actor: Mapped[str] = mapped_column(String(64), default="")
    actor_name: Mapped[str] = mapped_column(String(64), default="")
    rule_version: Mapped[str] = mapped_column(String(50), default="")
    calendar_version: Mapped[str] = mapped_column(String(80), default="")


class DocumentIssue(Base):
    """Each issue of a document; copy_no 0 is the original, later ones are reprints (副本)."""

    __tablename__ = "filing_document_issue"
    __table_args__ = (UniqueConstraint("application_id", "document", "copy_no"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    application_id: Mapped[int] = mapped_column(ForeignKey("filing_application.id"))
    document: Mapped[DocumentKind] = mapped_column(enum_column(DocumentKind))
    copy_no: Mapped[int] = mapped_column(Integer, default=0)
    issued_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    issued_by: Mapped[str] = mapped_column(String(64), default="")


class ReceiptCounter(Base):
    """Last receipt serial used per year: numbers are gap-free per year and never reused."""

    __tablename__ = "receipt_counter"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
