"""ORM classes of the inspections area: checklist templates (versioned), inspections, item results,
findings (整改事项) with their history and the nursery's rectification reports, notice counters."""

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
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from workstation.db.base import Base, Travelling, new_uuid, utcnow
from workstation.db.orm.types import enum_column
from workstation.domain.enums import InspectingDeptKind
from workstation.domain.inspections import (
    Escalation,
    InspectionKind,
    InspectionState,
    ItemResult,
    OverallResult,
    RectificationAction,
    RectificationState,
    Severity,
)


class ChecklistTemplate(Travelling, Base):
    """One version of a department's checklist; an edit adds a version, old versions stay."""

    __tablename__ = "checklist_template"
    __table_args__ = (UniqueConstraint("key", "revision"), Index("ix_checklist_template_current", "key", "is_current"))

    key: Mapped[str] = mapped_column(String(40))
    department: Mapped[InspectingDeptKind] = mapped_column(enum_column(InspectingDeptKind))
    title: Mapped[str] = mapped_column(String(100))
    revision: Mapped[int] = mapped_column(Integer, default=1)  # the template's version number
    is_current: Mapped[bool] = mapped_column(Boolean, default=True)
    edit_reason: Mapped[str] = mapped_column(Text, default="")

    items: Mapped[list[ChecklistItem]] = relationship(
        back_populates="template", cascade="all, delete-orphan", order_by="ChecklistItem.position")


class ChecklistItem(Base):
    """An item of one template version; never changed once its version exists."""

    __tablename__ = "checklist_item"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    template_id: Mapped[int] = mapped_column(ForeignKey("checklist_template.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    basis: Mapped[str] = mapped_column(Text, default="")
    severity: Mapped[Severity] = mapped_column(enum_column(Severity), default=Severity.GENERAL)
    department: Mapped[InspectingDeptKind] = mapped_column(enum_column(InspectingDeptKind))

    template: Mapped[ChecklistTemplate] = relationship(back_populates="items")


class Inspection(Travelling, Base):
    """One visit to a nursery by one or more departments (a 复查 links the visit it follows up)."""

    __tablename__ = "inspection"
    __table_args__ = (
        Index("ix_inspection_nursery_date", "nursery_id", "inspected_on"),
        Index("ix_inspection_recorded_by_date", "recorded_by", "inspected_on"),
        Index("ix_inspection_created_by_date", "created_by", "inspected_on"),
        Index("ix_inspection_state", "state"),
    )

    nursery_id: Mapped[int] = mapped_column(ForeignKey("nursery.id"))
    inspected_on: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[InspectionKind] = mapped_column(enum_column(InspectionKind))
    departments: Mapped[list[str]] = mapped_column(JSON, default=list)   # InspectingDeptKind values
    inspectors: Mapped[list[str]] = mapped_column(JSON, default=list)    # names
    templates: Mapped[list[dict]] = mapped_column(JSON, default=list)    # [{"id", "key", "revision"}]
    state: Mapped[InspectionState] = mapped_column(enum_column(InspectionState), default=InspectionState.IN_PROGRESS)
    overall: Mapped[OverallResult | None] = mapped_column(enum_column(OverallResult))
    suggested_overall: Mapped[OverallResult | None] = mapped_column(enum_column(OverallResult))
    escalation: Mapped[Escalation | None] = mapped_column(enum_column(Escalation))
    # A saved draft's conclusion, kept apart: `overall` and `escalation` are what was recorded.
    draft_overall: Mapped[OverallResult | None] = mapped_column(enum_column(OverallResult))
    draft_escalation: Mapped[Escalation | None] = mapped_column(enum_column(Escalation))
    notes: Mapped[str] = mapped_column(Text, default="")
    inspector_signatures: Mapped[list[str]] = mapped_column(JSON, default=list)
    inspectors_signed_on: Mapped[dt.date | None] = mapped_column(Date)
    representative: Mapped[str] = mapped_column(String(50), default="")
    representative_signed_on: Mapped[dt.date | None] = mapped_column(Date)
    previous_inspection_id: Mapped[int | None] = mapped_column(ForeignKey("inspection.id"), index=True)
    notice_no: Mapped[str | None] = mapped_column(String(60), unique=True)
    notice_issued_on: Mapped[dt.date | None] = mapped_column(Date)
    notice_delivered_on: Mapped[dt.date | None] = mapped_column(Date)  # 整改通知书 served on the nursery
    recorded_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    recorded_by: Mapped[str] = mapped_column(String(64), default="")
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    rule_version: Mapped[str] = mapped_column(String(50), default="")
    calendar_version: Mapped[str] = mapped_column(String(80), default="")

    items: Mapped[list[InspectionItemResult]] = relationship(
        back_populates="inspection", cascade="all, delete-orphan", order_by="InspectionItemResult.position")


class InspectionItemResult(Travelling, Base):
    """A checklist line of an inspection: the item copied as it read then, and the result.

    `finding_id`: the finding this line raised, or on a re-inspection the finding it re-checks.
    """

    __tablename__ = "inspection_item_result"
    __table_args__ = (Index("ix_inspection_item_result_inspection", "inspection_id", "position"),)

    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspection.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    template_item_id: Mapped[int | None] = mapped_column(ForeignKey("checklist_item.id"))
    finding_id: Mapped[int | None] = mapped_column(ForeignKey("finding.id"), index=True)
    code: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    basis: Mapped[str] = mapped_column(Text, default="")
    severity: Mapped[Severity] = mapped_column(enum_column(Severity), default=Severity.GENERAL)
    department: Mapped[InspectingDeptKind] = mapped_column(enum_column(InspectingDeptKind))
    result: Mapped[ItemResult | None] = mapped_column(enum_column(ItemResult))
    note: Mapped[str] = mapped_column(Text, default="")
    photos: Mapped[list[str]] = mapped_column(JSON, default=list)  # attachment SHA-256 digests
    # The deadline this inspection set for the line (as its notice states it, whatever happens later).
    deadline: Mapped[dt.date | None] = mapped_column(Date)
    deadline_rule: Mapped[str] = mapped_column(String(30), default="")
    deadline_provisional: Mapped[bool] = mapped_column(Boolean, default=False)

    inspection: Mapped[Inspection] = relationship(back_populates="items")


class Finding(Travelling, Base):
    """A rectification item (整改事项) raised by an inspection, with its deadline and state (§18.4)."""

    __tablename__ = "finding"
    __table_args__ = (
        Index("ix_finding_state_deadline", "state", "deadline"),
        Index("ix_finding_nursery_state", "nursery_id", "state"),
        Index("ix_finding_inspection", "inspection_id"),
    )

    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspection.id"))
    nursery_id: Mapped[int] = mapped_column(ForeignKey("nursery.id"))
    department: Mapped[InspectingDeptKind] = mapped_column(enum_column(InspectingDeptKind))
    code: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, default="")
    basis: Mapped[str] = mapped_column(Text, default="")
    severity: Mapped[Severity] = mapped_column(enum_column(Severity), default=Severity.GENERAL)
    result: Mapped[ItemResult] = mapped_column(enum_column(ItemResult))
    state: Mapped[RectificationState] = mapped_column(enum_column(RectificationState))
    issued_on: Mapped[dt.date] = mapped_column(Date)
    deadline: Mapped[dt.date] = mapped_column(Date)
    deadline_rule: Mapped[str] = mapped_column(String(30), default="")
    # The rule the deadline was counted by, kept so a provisional deadline can be recomputed.
    deadline_days: Mapped[int | None] = mapped_column(Integer)
    deadline_working: Mapped[bool] = mapped_column(Boolean, default=False)
    deadline_provisional: Mapped[bool] = mapped_column(Boolean, default=False)
    notice_no: Mapped[str] = mapped_column(String(60), default="")
    reissue_count: Mapped[int] = mapped_column(Integer, default=0)
    reported_on: Mapped[dt.date | None] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    closed_by_inspection_id: Mapped[int | None] = mapped_column(ForeignKey("inspection.id"))
    escalation: Mapped[Escalation | None] = mapped_column(enum_column(Escalation))
    escalated_on: Mapped[dt.date | None] = mapped_column(Date)
    escalation_note: Mapped[str] = mapped_column(Text, default="")
    rule_version: Mapped[str] = mapped_column(String(50), default="")
    calendar_version: Mapped[str] = mapped_column(String(80), default="")

    reports: Mapped[list[RectificationReport]] = relationship(
        back_populates="finding", cascade="all, delete-orphan", order_by="RectificationReport.id")


class RectificationReport(Travelling, Base):
    """The nursery's report that a finding was rectified, with evidence files (attachments)."""

    __tablename__ = "rectification_report"

    finding_id: Mapped[int] = mapped_column(ForeignKey("finding.id", ondelete="CASCADE"), index=True)
    reported_on: Mapped[dt.date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[list[dict]] = mapped_column(JSON, default=list)  # [{"sha256", "name", "size"}]

    finding: Mapped[Finding] = relationship(back_populates="reports")


class FindingEvent(Base):
    """History of a finding: issued, reported, reissued, closed, overdue, escalated — who and when."""

    __tablename__ = "finding_event"
    __table_args__ = (Index("ix_finding_event_nursery_at", "nursery_id", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    finding_id: Mapped[int] = mapped_column(ForeignKey("finding.id", ondelete="CASCADE"), index=True)
    nursery_id: Mapped[int] = mapped_column(ForeignKey("nursery.id"))
    inspection_id: Mapped[int | None] = mapped_column(ForeignKey("inspection.id"))
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    day: Mapped[dt.date] = mapped_column(Date)
    action: Mapped[RectificationAction | None] = mapped_column(enum_column(RectificationAction))
    from_state: Mapped[RectificationState | None] = mapped_column(enum_column(RectificationState))
    to_state: Mapped[RectificationState] = mapped_column(enum_column(RectificationState))
    text: Mapped[str] = mapped_column(Text, default="")
    actor: Mapped[str] = mapped_column(String(64), default="")
    actor_name: Mapped[str] = mapped_column(String(64), default="")
    # {"line": the text as data} (migration 20261205_0049); NULL on steps stored before: their text as recorded
    detail: Mapped[dict | None] = mapped_column(JSON, nullable=True)


class NoticeCounter(Base):
    """Last serial used per document series and year: gap-free, never reused (like ReceiptCounter)."""

    __tablename__ = "notice_counter"

    series: Mapped[str] = mapped_column(String(30), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
