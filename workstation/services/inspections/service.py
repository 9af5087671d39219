"""Inspection (检查) and rectification (整改) use cases.

Every public method is one transaction through services.uow (permission checked, actor recorded
for the audit trail) and returns frozen DTOs. `today` and `now` are injectable for the clocks.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from workstation.db.attachments import Attachments
from workstation.db.base import utcnow
from workstation.db.orm.inspections import Finding, FindingEvent, Inspection, RectificationReport
from workstation.domain.enums import InspectingDeptKind
from workstation.domain.errors import ConflictError, ValidationError
from workstation.domain.inspection_rules import INSPECTION_DEFAULTS, InspectionRules
from workstation.domain.inspections import (
    OPEN_FINDING,
    Conclusion,
    Escalation,
    InspectionAction,
    InspectionKind,
    InspectionState,
    NoticeFacts,
    OverallResult,
    Signatures,
    inspection_move,
)
from workstation.domain.permissions import Action
from workstation.services.calendar import load_calendar
from workstation.services.common.conflicts import changed_by, changed_meanwhile
from workstation.services.common.context import Actor
from workstation.services.common.scans import check_scan
from workstation.services.common.serials import retrying
from workstation.services.common.timeline import TimelineEntry, line_of, named
from workstation.services.common.uow import reading, writing
from workstation.services.inspections import findings, lookup, recording
from workstation.services.inspections.dto import (
    Clocks,
    FindingDTO,
    InspectionDTO,
    InspectionRow,
    ItemEntry,
    finding_dto,
    inspection_dto,
    inspection_row,
)
from workstation.services.inspections.notices import notice_facts
from workstation.services.inspections.templates import current_template, seed_templates

NoticeWriter = Callable[[Path, NoticeFacts], object]  # exports.inspections.write_rectification_notice


class InspectionService:
    """Start, record and follow up inspections; `notice_writer` is handed in by the composition root."""

    def __init__(self, factory: sessionmaker[Session], actor: Actor, attachments: Attachments | None = None,
                 rules: InspectionRules = INSPECTION_DEFAULTS, today: Callable[[], dt.date] = dt.date.today,
                 now: Callable[[], dt.datetime] = utcnow, notice_writer: NoticeWriter | None = None) -> None:
        self._factory, self._actor, self._attachments = factory, actor, attachments
        self._rules, self._today, self._now, self._writer = rules, today, now, notice_writer

    # --- reading ---------------------------------------------------------------------------

    def inspection(self, inspection_id: int) -> InspectionDTO:
        with reading(self._factory, self._actor, Action.INSPECTION_VIEW) as session:
            return inspection_dto(session, lookup.load(session, inspection_id), self._today(), self._clocks(session))

    def for_nursery(self, nursery_id: int) -> list[InspectionRow]:
        """Every inspection of the nursery, newest first."""
        with reading(self._factory, self._actor, Action.INSPECTION_VIEW) as session:
            nursery = lookup.load_nursery(session, nursery_id)
            rows = session.scalars(select(Inspection).where(Inspection.nursery_id == nursery_id)
                                   .order_by(Inspection.inspected_on.desc(), Inspection.id.desc()))
            return [inspection_row(i, nursery.name) for i in rows]

    def finding(self, finding_id: int) -> FindingDTO:
        with reading(self._factory, self._actor, Action.INSPECTION_VIEW) as session:
            finding = lookup.load_finding(session, finding_id)
            events = session.scalars(select(FindingEvent).where(FindingEvent.finding_id == finding_id)
                                     .order_by(FindingEvent.at, FindingEvent.id))
            history = tuple(named(session, (TimelineEntry(e.at, "检查", line_of(e.detail, e.text), e.actor, e.actor_name)
                                            for e in events)))
            return replace(finding_dto(finding, lookup.load_nursery(session, finding.nursery_id).name, self._today(),
                                       self._clocks(session)),
                           history=history)

    def notice(self, inspection_id: int) -> NoticeFacts:
        """The facts of the inspection's 整改通知书 (ConflictError when it has none)."""
        with reading(self._factory, self._actor, Action.INSPECTION_VIEW) as session:
            return notice_facts(session, lookup.load(session, inspection_id), self._rules)

    def write_notice(self, inspection_id: int, path: Path) -> Path:
        """Write the notice as PDF to `path` through the injected writer (replaced only when complete)."""
        if self._writer is None:
            raise ValidationError("未配置整改通知书的输出方式。", "notice")
        self._writer(Path(path), self.notice(inspection_id))
        return Path(path)

    # --- starting --------------------------------------------------------------------------

    def start(self, nursery_id: int, inspected_on: dt.date, kind: InspectionKind,
              departments: Sequence[InspectingDeptKind], inspectors: Sequence[str], template_keys: Sequence[str],
              notes: str = "", planned: bool = False) -> InspectionDTO:
        """Open an inspection with lines copied from the current version of each template."""
        inspectors = lookup.names(inspectors)
        if kind is InspectionKind.RECHECK:
            raise ValidationError("复查请从原检查发起（携带未销号的整改事项）。", "kind")
        if not template_keys:
            raise ValidationError("请至少选择一个检查表。", "templates")
        with writing(self._factory, self._actor, Action.INSPECTION_EDIT) as session:
            lookup.load_nursery(session, nursery_id)
            seed_templates(session, self._actor.username)
            templates = [current_template(session, key) for key in dict.fromkeys(template_keys)]
            depts = list(dict.fromkeys([*departments, *(t.department for t in templates)]))
            inspection = self._new(nursery_id, inspected_on, kind, depts, inspectors, notes, planned)
            inspection.templates = [{"id": t.id, "key": t.key, "revision": t.revision} for t in templates]
            inspection.items = lookup.template_lines(templates, self._actor.username)
            session.add(inspection)
            return self._dto(session, inspection)

    def start_reinspection(self, previous_inspection_id: int, inspected_on: dt.date,
                           inspectors: Sequence[str], notes: str = "") -> InspectionDTO:
        """A 复查 pre-filled with exactly the open findings of the earlier visit (and the visits it followed)."""
        inspectors = lookup.names(inspectors)
        with writing(self._factory, self._actor, Action.INSPECTION_EDIT) as session:
            previous = lookup.load(session, previous_inspection_id)
            chain = lookup.chain(session, previous)
            carried = session.scalars(select(Finding).where(Finding.inspection_id.in_(chain),
                                                            Finding.state.in_(OPEN_FINDING))
                                      .order_by(Finding.inspection_id, Finding.id)).all()
            if not carried:
                raise ValidationError("原检查没有未销号的整改事项，无需复查。", "previous")
            depts = list(dict.fromkeys(f.department for f in carried))
            inspection = self._new(previous.nursery_id, inspected_on, InspectionKind.RECHECK, depts, inspectors,
                                   notes, False)
            inspection.previous_inspection_id = previous.id
            inspection.items = recording.recheck_lines(carried, self._actor.username)
            session.add(inspection)
            return self._dto(session, inspection)

    # --- recording -------------------------------------------------------------------------

    def save_results(self, inspection_id: int, entries: Sequence[ItemEntry], expected_version: int,
                     conclusion: Conclusion | None = None) -> InspectionDTO:
        """Save results entered so far (no findings yet); the inspection stays in progress.

        `conclusion`: the overall result, escalation, signatures and notes typed so far, kept as a draft.
        """
        with writing(self._factory, self._actor, Action.INSPECTION_EDIT) as session:
            inspection = self._loaded(session, inspection_id, expected_version)
            recording.apply_entries(inspection, entries, self._attachments, self._actor.username)
            if conclusion is not None:
                recording.apply_conclusion(inspection, conclusion)
            if inspection.state is InspectionState.PLANNED:
                inspection.state = inspection_move(inspection.state, InspectionAction.START)
            # The lines changed, so the inspection's version must move (optimistic locking is on the inspection).
            inspection.updated_by, inspection.updated_at = self._actor.username, self._now()
            return self._dto(session, inspection)

    def record(self, inspection_id: int, entries: Sequence[ItemEntry], overall: OverallResult | None = None,
               escalation: Escalation | None = None, signatures: Signatures | None = None,
               expected_version: int | None = None, notes: str | None = None) -> InspectionDTO:
        """Record the results: findings with deadlines, a notice number, and the inspection's next state.

        `overall` None takes the suggested result; a 复查 closes or reissues the findings it re-checks.
        """
        def once() -> InspectionDTO:
            with writing(self._factory, self._actor, Action.INSPECTION_EDIT) as session:
                inspection = self._loaded(session, inspection_id, expected_version)
                recording.apply_entries(inspection, entries, self._attachments, self._actor.username)
                if notes is not None:
                    inspection.notes = notes.strip()
                recording.record(self._ctx(session), inspection, overall, escalation, signatures or Signatures())
                return self._dto(session, inspection)
        return retrying(once)

    def cancel(self, inspection_id: int, expected_version: int, reason: str) -> InspectionDTO:
        if not reason.strip():
            raise ValidationError("请说明取消检查的原因。", "reason")
        with writing(self._factory, self._actor, Action.INSPECTION_EDIT, reason.strip()) as session:
            inspection = self._loaded(session, inspection_id, expected_version)
            inspection.state = inspection_move(inspection.state, InspectionAction.CANCEL)
            inspection.notes = (inspection.notes + "\n" if inspection.notes else "") + f"取消：{reason.strip()}"
            inspection.updated_by = self._actor.username
            return self._dto(session, inspection)

    def record_notice_delivery(self, inspection_id: int, delivered_on: dt.date | None,
                               expected_version: int | None = None) -> InspectionDTO:
        """The day the 整改通知书 was served on the nursery (stops the delivery clock)."""
        if delivered_on is None:
            raise ValidationError("请填写整改通知书的送达日期。", "delivered_on")
        with writing(self._factory, self._actor, Action.INSPECTION_EDIT) as session:
            inspection = self._loaded(session, inspection_id, expected_version)
            if not inspection.notice_no:
                raise ConflictError("这次检查没有下达整改通知书，无需登记送达。")
            if delivered_on < inspection.inspected_on:
                raise ValidationError(f"送达日期{delivered_on.isoformat()}早于检查日期"
                                      f"{inspection.inspected_on.isoformat()}，请核对。", "delivered_on")
            if delivered_on > self._today():
                raise ValidationError(f"送达日期{delivered_on.isoformat()}晚于今天，请核对。", "delivered_on")
            inspection.notice_delivered_on, inspection.updated_by = delivered_on, self._actor.username
            return self._dto(session, inspection)

    # --- rectification ---------------------------------------------------------------------

    def report_rectification(self, finding_id: int, reported_on: dt.date, text: str,
                             evidence_files: Sequence[Path] = ()) -> FindingDTO:
        """Record the nursery's report with its evidence files; the finding awaits the re-inspection."""
        if not text.strip():
            raise ValidationError("请填写机构报告的整改情况。", "text")
        for path in evidence_files:
            check_scan(Path(path))
        if evidence_files and self._attachments is None:
            raise ValidationError("未配置附件文件夹，不能保存整改证明材料。", "evidence")
        with writing(self._factory, self._actor, Action.INSPECTION_EDIT) as session:
            finding = lookup.load_finding(session, finding_id)
            findings.require_open(finding)
            evidence = [{"sha256": self._attachments.put(Path(p), session), "name": Path(p).name, "size": Path(p).stat().st_size}
                        for p in evidence_files]  # type: ignore[union-attr]
            who = self._actor.username
            finding.reports.append(RectificationReport(reported_on=reported_on, text=text.strip(), evidence=evidence,
                                                       created_by=who, updated_by=who))
            findings.report(self._ctx(session), finding, reported_on, text.strip())
            return self._finding_dto(session, finding)

    def escalate(self, finding_id: int, kind: Escalation, note: str = "") -> FindingDTO:
        """Escalate an overdue finding; its inspections close once all their findings are done."""
        with writing(self._factory, self._actor, Action.INSPECTION_EDIT, note.strip()) as session:
            finding = lookup.load_finding(session, finding_id)
            findings.require_open(finding)
            ctx = self._ctx(session)
            findings.escalate(ctx, finding, kind, note.strip())
            findings.close_related(ctx, finding)
            return self._finding_dto(session, finding)

    def close_if_done(self, inspection_id: int) -> InspectionDTO:
        """Close the inspection when all its findings are closed or escalated (otherwise unchanged)."""
        with writing(self._factory, self._actor, Action.INSPECTION_EDIT) as session:
            inspection = lookup.load(session, inspection_id)
            findings.close_if_done(self._ctx(session), inspection)
            return self._dto(session, inspection)

    # --- helpers ---------------------------------------------------------------------------

    def _new(self, nursery_id: int, day: dt.date, kind: InspectionKind, depts: Sequence[InspectingDeptKind],
             inspectors: list[str], notes: str, planned: bool) -> Inspection:
        who = self._actor.username
        return Inspection(nursery_id=nursery_id, inspected_on=day, kind=kind, departments=[d.value for d in depts],
                          inspectors=inspectors, templates=[], notes=notes.strip(), recorded_by=who,
                          state=InspectionState.PLANNED if planned else InspectionState.IN_PROGRESS,
                          created_by=who, updated_by=who)

    def _ctx(self, session: Session) -> findings.FindingContext:
        return findings.FindingContext(session, self._actor, self._rules, load_calendar(session), self._today(),
                                       self._now())

    def _loaded(self, session: Session, inspection_id: int, expected_version: int | None) -> Inspection:
        inspection = lookup.load(session, inspection_id)
        if expected_version is not None and inspection.version != expected_version:
            raise changed_by(session, inspection)
        return inspection

    def _flush(self, session: Session, inspection: Inspection | None = None) -> None:
        try:
            session.flush()
        except StaleDataError:
            if inspection is not None:
                raise changed_meanwhile(self._factory, Inspection, inspect(inspection).identity[0]) from None
            raise ConflictError("该记录刚被其他窗口或用户修改，请重新载入后再办理；本次操作未保存。") from None

    def _dto(self, session: Session, inspection: Inspection) -> InspectionDTO:
        self._flush(session, inspection)
        return inspection_dto(session, inspection, self._today(), self._clocks(session))

    def _finding_dto(self, session: Session, finding: Finding) -> FindingDTO:
        self._flush(session)
        return finding_dto(finding, lookup.load_nursery(session, finding.nursery_id).name, self._today(),
                           self._clocks(session))

    def _clocks(self, session: Session) -> Clocks:
        return Clocks(self._rules, load_calendar(session))

