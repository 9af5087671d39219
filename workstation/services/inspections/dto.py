"""Frozen DTOs of the inspections area and their construction from ORM rows (no ORM object leaves)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.db.orm import Nursery
from workstation.db.orm.inspections import (
    ChecklistTemplate,
    Finding,
    Inspection,
    InspectionItemResult,
    RectificationReport,
)
from workstation.domain.enums import InspectingDeptKind
from workstation.domain.inspection_rules import InspectionRules, notice_delivery_due, recheck_due
from workstation.domain.inspections import (
    OPEN_FINDING,
    Escalation,
    InspectionKind,
    InspectionState,
    ItemResult,
    OverallResult,
    RectificationState,
    Severity,
    Signatures,
    effective_state,
)
from workstation.domain.workdays import WorkCalendar
from workstation.services.common.timeline import TimelineEntry

# --- inputs ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class ItemDraft:
    """One item of a template being edited (department: the template's when None)."""

    code: str
    text: str
    basis: str = ""
    severity: Severity = Severity.GENERAL
    department: InspectingDeptKind | None = None


@dataclass(frozen=True)
class ItemEntry:
    """The inspector's result for one line: `photos` are stored digests or files to attach."""

    item_id: int
    result: ItemResult | None
    note: str = ""
    photos: tuple[str | Path, ...] = ()


# --- outputs --------------------------------------------------------------------------------

@dataclass(frozen=True)
class TemplateItemDTO:
    id: int
    position: int
    code: str
    text: str
    basis: str
    severity: Severity
    department: InspectingDeptKind


@dataclass(frozen=True)
class TemplateDTO:
    id: int
    key: str
    department: InspectingDeptKind
    title: str
    revision: int
    is_current: bool
    edit_reason: str
    edited_by: str
    edited_at: dt.datetime
    items: tuple[TemplateItemDTO, ...]


@dataclass(frozen=True)
class EvidenceFile:
    sha256: str
    name: str
    size: int


@dataclass(frozen=True)
class ReportDTO:
    id: int
    reported_on: dt.date
    text: str
    evidence: tuple[EvidenceFile, ...]
    recorded_by: str


@dataclass(frozen=True)
class FindingDTO:
    id: int
    version: int
    inspection_id: int
    nursery_id: int
    nursery_name: str
    department: InspectingDeptKind
    code: str
    text: str
    note: str
    basis: str
    severity: Severity
    result: ItemResult
    state: RectificationState          # effective: OVERDUE once the deadline passed unreported
    stored_state: RectificationState
    issued_on: dt.date
    deadline: dt.date
    deadline_rule: str
    notice_no: str
    reissue_count: int
    reported_on: dt.date | None
    closed_on: dt.date | None
    closed_by_inspection_id: int | None
    escalation: Escalation | None
    escalated_on: dt.date | None
    escalation_note: str
    reports: tuple[ReportDTO, ...]
    deadline_provisional: bool = False  # counted through a year the calendar does not know yet
    history: tuple[TimelineEntry, ...] = ()  # issued, reported, reissued, moved … (oldest first)
    recheck_due: dt.date | None = None  # open findings: re-inspect by then (after the deadline or the report)
    recheck_due_provisional: bool = False
    recheck_overdue: bool = False

    @property
    def overdue(self) -> bool:
        return self.state is RectificationState.OVERDUE


@dataclass(frozen=True)
class InspectionItemDTO:
    id: int
    position: int
    code: str
    text: str
    basis: str
    severity: Severity
    department: InspectingDeptKind
    result: ItemResult | None
    note: str
    photos: tuple[str, ...]
    finding_id: int | None   # the finding raised here, or re-checked here on a 复查
    carried: bool            # a re-inspection line re-checking an earlier finding


@dataclass(frozen=True)
class InspectionDTO:
    id: int
    version: int
    nursery_id: int
    nursery_name: str
    nursery_address: str
    inspected_on: dt.date
    kind: InspectionKind
    departments: tuple[InspectingDeptKind, ...]
    inspectors: tuple[str, ...]
    templates: tuple[tuple[str, int], ...]   # (template key, revision) used
    state: InspectionState
    overall: OverallResult | None
    suggested_overall: OverallResult | None
    escalation: Escalation | None
    notes: str
    signatures: Signatures
    previous_inspection_id: int | None
    notice_no: str | None
    notice_issued_on: dt.date | None
    recorded_by: str
    recorded_at: dt.datetime | None
    closed_on: dt.date | None
    updated_by: str
    items: tuple[InspectionItemDTO, ...]
    findings: tuple[FindingDTO, ...]          # raised by this inspection or re-checked by it
    draft_overall: OverallResult | None = None     # the conclusion of a saved draft (not yet recorded)
    draft_escalation: Escalation | None = None
    notice_due: dt.date | None = None  # the 整改通知书 is to be served by then
    notice_due_provisional: bool = False
    notice_delivered_on: dt.date | None = None
    notice_overdue: bool = False  # not served and past notice_due

    @property
    def open_findings(self) -> tuple[FindingDTO, ...]:
        return tuple(f for f in self.findings if f.state not in (RectificationState.CLOSED,
                                                                 RectificationState.ESCALATED))


@dataclass(frozen=True)
class InspectionRow:
    """One line of a list of inspections (a nursery's, or the inspector's own)."""

    id: int
    nursery_id: int
    nursery_name: str
    inspected_on: dt.date
    kind: InspectionKind
    departments: tuple[InspectingDeptKind, ...]
    state: InspectionState
    overall: OverallResult | None
    notice_no: str | None
    recorded_by: str


# --- builders -------------------------------------------------------------------------------

def template_dto(t: ChecklistTemplate) -> TemplateDTO:
    items = tuple(TemplateItemDTO(i.id, i.position, i.code, i.text, i.basis, i.severity, i.department)
                  for i in t.items)
    return TemplateDTO(t.id, t.key, t.department, t.title, t.revision, t.is_current, t.edit_reason,
                       t.created_by, t.created_at, items)


def report_dto(r: RectificationReport) -> ReportDTO:
    evidence = tuple(EvidenceFile(e["sha256"], e.get("name", ""), int(e.get("size", 0))) for e in r.evidence)
    return ReportDTO(r.id, r.reported_on, r.text, evidence, r.created_by)


@dataclass(frozen=True)
class Clocks:
    """What the notice-delivery and re-check clocks are counted with."""

    rules: InspectionRules
    calendar: WorkCalendar


def finding_dto(f: Finding, nursery_name: str, today: dt.date, clocks: Clocks | None = None) -> FindingDTO:
    recheck = (recheck_due(clocks.rules, f.deadline, f.reported_on, clocks.calendar)
               if clocks is not None and f.state in OPEN_FINDING else None)
    return FindingDTO(
        f.id, f.version, f.inspection_id, f.nursery_id, nursery_name, f.department, f.code, f.text, f.note,
        f.basis, f.severity, f.result, effective_state(f.state, f.deadline, today), f.state, f.issued_on,
        f.deadline, f.deadline_rule, f.notice_no, f.reissue_count, f.reported_on, f.closed_on,
        f.closed_by_inspection_id, f.escalation, f.escalated_on, f.escalation_note,
        tuple(report_dto(r) for r in f.reports), f.deadline_provisional,
        recheck_due=recheck.day if recheck else None, recheck_due_provisional=bool(recheck and recheck.provisional),
        recheck_overdue=bool(recheck and today > recheck.day))


def item_dto(i: InspectionItemResult, inspection: Inspection) -> InspectionItemDTO:
    carried = i.finding_id is not None and inspection.kind is InspectionKind.RECHECK and i.template_item_id is None
    return InspectionItemDTO(i.id, i.position, i.code, i.text, i.basis, i.severity, i.department, i.result, i.note,
                             tuple(i.photos or ()), i.finding_id, carried)


def related_findings(session: Session, inspection: Inspection) -> list[Finding]:
    """Findings the inspection raised, then those it re-checked, in line order."""
    ids = [i.finding_id for i in inspection.items if i.finding_id is not None]
    raised = session.scalars(select(Finding).where(Finding.inspection_id == inspection.id)).all()
    by_id = {f.id: f for f in raised}
    missing = [i for i in ids if i not in by_id]
    if missing:
        by_id.update({f.id: f for f in session.scalars(select(Finding).where(Finding.id.in_(missing)))})
    ordered = [by_id[i] for i in dict.fromkeys(ids) if i in by_id]
    return ordered + [f for f in raised if f.id not in set(ids)]


def inspection_dto(session: Session, inspection: Inspection, today: dt.date,
                   clocks: Clocks | None = None) -> InspectionDTO:
    nursery = session.get(Nursery, inspection.nursery_id)
    name = nursery.name if nursery else ""
    signatures = Signatures(tuple(inspection.inspector_signatures or ()), inspection.inspectors_signed_on,
                            inspection.representative, inspection.representative_signed_on)
    findings = tuple(finding_dto(f, name, today, clocks) for f in related_findings(session, inspection))
    notice = (notice_delivery_due(clocks.rules, inspection.inspected_on, clocks.calendar)
              if clocks is not None and inspection.notice_no else None)
    return InspectionDTO(
        inspection.id, inspection.version, inspection.nursery_id, name, nursery.address if nursery else "",
        inspection.inspected_on, inspection.kind, tuple(InspectingDeptKind(d) for d in inspection.departments),
        tuple(inspection.inspectors), tuple((t["key"], int(t["revision"])) for t in inspection.templates),
        inspection.state, inspection.overall, inspection.suggested_overall, inspection.escalation, inspection.notes,
        signatures, inspection.previous_inspection_id, inspection.notice_no, inspection.notice_issued_on,
        inspection.recorded_by, inspection.recorded_at, inspection.closed_on, inspection.updated_by,
        tuple(item_dto(i, inspection) for i in inspection.items), findings, inspection.draft_overall,
        inspection.draft_escalation, notice.day if notice else None, bool(notice and notice.provisional),
        inspection.notice_delivered_on,
        bool(notice and inspection.notice_delivered_on is None and today > notice.day))


def inspection_row(inspection: Inspection, nursery_name: str) -> InspectionRow:
    return InspectionRow(inspection.id, inspection.nursery_id, nursery_name, inspection.inspected_on, inspection.kind,
                         tuple(InspectingDeptKind(d) for d in inspection.departments), inspection.state,
                         inspection.overall, inspection.notice_no, inspection.recorded_by)
