"""What recording and follow-up do to findings: raise, reissue, close, report, escalate, and closing
the inspections whose findings are all done. Every change of state writes a history line."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.db.orm.inspections import Finding, FindingEvent, Inspection, InspectionItemResult
from workstation.domain.errors import ConflictError
from workstation.domain.inspection_rules import (
    DeadlineRule,
    InspectionRules,
    finding_raised_text,
    noted,
    recheck_failed_text,
)
from workstation.domain.inspections import (
    Escalation,
    RectificationAction,
    RectificationState,
    closing_action,
    effective_state,
    inspection_move,
    rectification_move,
)
from workstation.domain.texts import QT_TRANSLATE_NOOP, Text, text
from workstation.domain.workdays import WorkCalendar, due_line
from workstation.services.common.context import Actor
from workstation.services.common.timeline import line_detail
from workstation.services.registry import suspend_for_inspection

RA, RS = RectificationAction, RectificationState


@dataclass(frozen=True)
class FindingContext:
    session: Session
    actor: Actor
    rules: InspectionRules
    calendar: WorkCalendar
    today: dt.date
    now: dt.datetime


def log(ctx: FindingContext, finding: Finding, action: RectificationAction | None,
        source: RectificationState | None, line: Text, inspection_id: int | None = None,
        day: dt.date | None = None) -> None:
    """Append one history line of the finding (who, when, from which state to which): the Chinese
    sentence, and the line as a text in its detail (shown in the interface language)."""
    ctx.session.add(FindingEvent(
        finding_id=finding.id, nursery_id=finding.nursery_id, inspection_id=inspection_id, at=ctx.now,
        day=day or ctx.today, action=action, from_state=source, to_state=finding.state, text=str(line),
        detail=line_detail(line), actor=ctx.actor.username, actor_name=ctx.actor.label))


def _deadline(ctx: FindingContext, finding: Finding, start: dt.date) -> None:
    rule = ctx.rules.rule_for(finding.department, finding.severity)
    due = rule.due(start, ctx.calendar)
    finding.deadline, finding.deadline_provisional, finding.deadline_rule = due.day, due.provisional, rule.text
    finding.deadline_days, finding.deadline_working = rule.days, rule.working_days
    finding.rule_version, finding.calendar_version = ctx.rules.version, ctx.calendar.version


def deadline_line(finding: Finding) -> Text | dt.date:
    """The deadline as history lines state it (marked when provisional)."""
    return due_line(finding.deadline, finding.deadline_provisional)


def _mirror(item: InspectionItemResult, finding: Finding) -> None:
    item.deadline, item.deadline_rule = finding.deadline, finding.deadline_rule
    item.deadline_provisional = finding.deadline_provisional


def raise_finding(ctx: FindingContext, inspection: Inspection, item: InspectionItemResult, notice_no: str) -> Finding:
    """A 不符合/基本符合 line becomes a finding with a deadline counted from the inspection day."""
    who = ctx.actor.username
    finding = Finding(inspection_id=inspection.id, nursery_id=inspection.nursery_id, department=item.department,
                      code=item.code, text=item.text, note=item.note, basis=item.basis, severity=item.severity,
                      result=item.result, state=RS.ISSUED, issued_on=inspection.inspected_on, notice_no=notice_no,
                      reissue_count=0, created_by=who, updated_by=who)
    _deadline(ctx, finding, inspection.inspected_on)
    ctx.session.add(finding)
    ctx.session.flush()
    item.finding_id = finding.id
    _mirror(item, finding)
    log(ctx, finding, None, None, finding_raised_text(
        item.code, item.text, item.result, item.note, DeadlineRule(finding.deadline_days or 0, finding.deadline_working),
        finding.deadline, finding.deadline_provisional, notice_no), inspection.id, inspection.inspected_on)
    return finding


def reissue(ctx: FindingContext, finding: Finding, inspection: Inspection, item: InspectionItemResult,
            notice_no: str) -> None:
    """A re-inspection found the item still not rectified: a new deadline, the count kept."""
    source = _current(ctx, finding)
    finding.state = rectification_move(source, RA.RECHECK_FAIL)
    finding.reissue_count += 1
    finding.issued_on, finding.notice_no, finding.result = inspection.inspected_on, notice_no, item.result
    finding.note = item.note or finding.note
    _deadline(ctx, finding, inspection.inspected_on)
    _mirror(item, finding)
    finding.updated_by = ctx.actor.username
    log(ctx, finding, RA.RECHECK_FAIL, source, recheck_failed_text(
        item.result, item.note, finding.reissue_count, finding.deadline, finding.deadline_provisional, notice_no),
        inspection.id, inspection.inspected_on)


def close_by_recheck(ctx: FindingContext, finding: Finding, inspection: Inspection, item: InspectionItemResult) -> None:
    source = _current(ctx, finding)
    finding.state = rectification_move(source, RA.RECHECK_PASS)
    finding.closed_on, finding.closed_by_inspection_id = inspection.inspected_on, inspection.id
    finding.updated_by = ctx.actor.username
    log(ctx, finding, RA.RECHECK_PASS, source, text(QT_TRANSLATE_NOOP("DomainText", "复查{result}，整改到位，销号"),
                                                      result=item.result), inspection.id, inspection.inspected_on)


def report(ctx: FindingContext, finding: Finding, reported_on: dt.date, what: str) -> None:
    """The nursery reports the rectification (late when the deadline had already passed)."""
    source = _current(ctx, finding, reported_on)
    finding.state = rectification_move(source, RA.REPORT)
    finding.reported_on, finding.updated_by = reported_on, ctx.actor.username
    line = (QT_TRANSLATE_NOOP("DomainText", "机构报告整改情况（逾期报告）：{report}") if source is RS.OVERDUE
            else QT_TRANSLATE_NOOP("DomainText", "机构报告整改情况：{report}"))
    log(ctx, finding, RA.REPORT, source, text(line, report=what), day=reported_on)


def escalate(ctx: FindingContext, finding: Finding, kind: Escalation, note: str) -> None:
    """Only an overdue finding is escalated (通报, credit record, referral, suspension)."""
    source = _current(ctx, finding)
    finding.state = rectification_move(source, RA.ESCALATE)
    finding.escalation, finding.escalated_on, finding.escalation_note = kind, ctx.today, note
    finding.updated_by = ctx.actor.username
    log(ctx, finding, RA.ESCALATE, source, text(QT_TRANSLATE_NOOP("DomainText", "逾期未整改，{kind}{note}"), kind=kind,
                                                 note=noted(note)))
    if kind is Escalation.SUSPEND:
        suspend_nursery(ctx, finding.nursery_id, finding.inspection_id, text(QT_TRANSLATE_NOOP(
            "DomainText", "整改事项“{code}”逾期未整改，责令停业整顿{note}"), code=finding.code, note=noted(note)))


def suspend_nursery(ctx: FindingContext, nursery_id: int, inspection_id: int, note: Text) -> None:
    """停业整顿 suspends the nursery (domain.md §18.1); a recorded resumption restores it."""
    suspend_for_inspection(ctx.session, ctx.actor, nursery_id, ctx.today, note, inspection_id)


def _current(ctx: FindingContext, finding: Finding, day: dt.date | None = None) -> RectificationState:
    """The finding's state now; a passed deadline is first recorded as OVERDUE (with its own line)."""
    day = day or ctx.today
    state = effective_state(finding.state, finding.deadline, day)
    if state is RS.OVERDUE and finding.state is RS.ISSUED:
        finding.state = rectification_move(RS.ISSUED, RA.EXPIRE)
        log(ctx, finding, RA.EXPIRE, RS.ISSUED, text(QT_TRANSLATE_NOOP("DomainText", "整改期限{deadline}已过，逾期未整改"),
                                                     deadline=finding.deadline), day=day)
    return state


def findings_of(session: Session, inspection_id: int) -> list[Finding]:
    """The findings an inspection raised and those it re-checked."""
    rechecked = select(InspectionItemResult.finding_id).where(InspectionItemResult.inspection_id == inspection_id,
                                                              InspectionItemResult.finding_id.is_not(None))
    return list(session.scalars(select(Finding).where(
        (Finding.inspection_id == inspection_id) | Finding.id.in_(rechecked))))


def close_if_done(ctx: FindingContext, inspection: Inspection) -> bool:
    """Close the inspection when all its findings are closed or escalated; True when it was closed."""
    action = closing_action(inspection.state, [f.state for f in findings_of(ctx.session, inspection.id)])
    if action is None:
        return False
    inspection.state = inspection_move(inspection.state, action)
    inspection.closed_on, inspection.updated_by = ctx.today, ctx.actor.username
    return True


def close_related(ctx: FindingContext, finding: Finding) -> None:
    """After a finding is done: close every inspection that raised or re-checked it, if now done."""
    ctx.session.flush()
    ids = {finding.inspection_id, *ctx.session.scalars(select(InspectionItemResult.inspection_id).where(
        InspectionItemResult.finding_id == finding.id))}
    for inspection in ctx.session.scalars(select(Inspection).where(Inspection.id.in_(ids))):
        close_if_done(ctx, inspection)


def require_open(finding: Finding) -> None:
    if finding.state in (RS.CLOSED, RS.ESCALATED):
        raise ConflictError(f"整改事项“{finding.code}”已{finding.state.zh}，不能再办理。")
