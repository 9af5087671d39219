"""What each filing action does: guards, clocks, the nursery's status, receipts, change items, history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from workstation.db.orm import Nursery
from workstation.db.orm.filing import FilingApplication, FilingEvent
from workstation.domain.errors import ConflictError, ValidationError
from workstation.domain.filing import (
    CHANGE_FIELDS,
    FilingAction,
    FilingEventKind,
    FilingKind,
    FilingState,
    Transition,
    format_value,
    nursery_status_after,
    parse_value,
)
from workstation.domain.filing_rules import (
    FilingRules,
    MaterialResult,
    ReturnClock,
    receipt_number,
)
from workstation.domain.texts import QT_TRANSLATE_NOOP, Clauses, Text, counted, text
from workstation.domain.workdays import WorkCalendar, due_line
from workstation.services.common.context import Actor
from workstation.services.common.timeline import line_detail
from workstation.services.filing.guards import unmet
from workstation.services.filing.materials import reset_flagged, sync_checklist

A = FilingAction
# Nursery fields copied into the 备案书 snapshot when an application is submitted.
FORM_FIELDS = ("name", "uscc", "address", "phone", "legal_rep_name", "legal_rep_phone", "director_name",
               "director_phone", "places_total", "places_inclusive", "provides_meals", "lease_end", "building_m2")


@dataclass(frozen=True)
class StepContext:
    session: Session
    actor: Actor
    rules: FilingRules
    calendar: WorkCalendar
    district_code: str
    today: dt.date
    now: dt.datetime


@dataclass(frozen=True)
class Step:
    app: FilingApplication
    nursery: Nursery
    reason: str
    serial: int | None  # receipt serial taken at the start of an acceptance
    detail: dict = field(default_factory=dict)  # kept on the history line (e.g. the missing items)


def apply_action(ctx: StepContext, step: Step, transition: Transition) -> None:
    """Check the guards, then move the application and the nursery and record the history line."""
    app, nursery = step.app, step.nursery
    problem = unmet(app, transition, step.reason)
    if problem:
        raise ValidationError(problem)
    status = nursery_status_after(app.kind, transition.action, nursery.status, app.nursery_status_before)
    if transition.action in (A.SUBMIT, A.RESUBMIT):
        app.nursery_status_before = nursery.status
    line = EFFECTS[transition.action](ctx, step)
    if nursery.status != status:
        nursery.status = status
        nursery.updated_by = ctx.actor.username
    source = app.state
    app.state = transition.target
    app.updated_by = ctx.actor.username
    record(ctx, app, FilingEventKind.ACTION, line, action=transition.action, states=(source, app.state),
           detail=step.detail)


def record(ctx: StepContext, app: FilingApplication, kind: FilingEventKind, line: str | Text,
           action: FilingAction | None = None, states: tuple[FilingState | None, FilingState | None] = (None, None),
           detail: dict | None = None) -> None:
    """Append one history line (who, when, what) for the application and its nursery: the Chinese
    sentence, and the line as a text in its detail (shown in the interface language)."""
    line = application_line(app.kind, line)
    ctx.session.add(FilingEvent(
        application_id=app.id, nursery_id=app.nursery_id, at=ctx.now, kind=kind, action=action,
        from_state=states[0], to_state=states[1], text=str(line), detail=line_detail(line, detail),
        actor=ctx.actor.username, actor_name=ctx.actor.label,
        rule_version=ctx.rules.version, calendar_version=ctx.calendar.version))


def application_line(kind: FilingKind, line: str | Text) -> Text:
    """"初次备案：提交申请，…": a history line under the application's kind."""
    return text(QT_TRANSLATE_NOOP("DomainText", "{kind}：{line}"), kind=kind, line=line)


def _start_clock(ctx: StepContext, app: FilingApplication, days: int) -> Text | dt.date:
    """Start the receipt clock; the due date as the history line states it (marked when provisional)."""
    due = ctx.calendar.due(ctx.today, days)
    app.clock_started_on, app.due_days = ctx.today, days
    app.due_on, app.due_provisional = due.day, due.provisional
    app.clock_remaining = None
    app.rule_version, app.calendar_version = ctx.rules.version, ctx.calendar.version
    return due_line(due.day, due.provisional)


def _changes(app: FilingApplication) -> dict[str, str]:
    return {item.field: item.new_value for item in app.change_items}


def _submit(ctx: StepContext, step: Step) -> Text:
    app, nursery = step.app, step.nursery
    sync_checklist(app, ctx.rules, nursery.provides_meals, _changes(app), ctx.actor.username)
    app.form_data = {name: format_value(name, getattr(nursery, name)) if name in CHANGE_FIELDS
                     else (getattr(nursery, name) or "") for name in FORM_FIELDS}
    app.submitted_at, app.submitted_on = ctx.now, ctx.today
    days = ctx.rules.receipt_due_working_days
    due = _start_clock(ctx, app, days)
    return counted(QT_TRANSLATE_NOOP("DomainText", "提交申请，应于{due}前完成备案并出具回执（{days}个工作日）", "", 1),
                   days, due=due, days=days)


def _resubmit(ctx: StepContext, step: Step) -> Text:
    app = step.app
    sync_checklist(app, ctx.rules, step.nursery.provides_meals, _changes(app), ctx.actor.username)
    reset_flagged(app)
    paused = ctx.rules.return_clock is ReturnClock.PAUSE and app.clock_remaining is not None
    days = app.clock_remaining if paused else ctx.rules.receipt_due_working_days
    due = _start_clock(ctx, app, days)
    how = counted(QT_TRANSLATE_NOOP("DomainText", "继续计时，剩余{days}个工作日", "", 1) if paused
                  else QT_TRANSLATE_NOOP("DomainText", "重新计时{days}个工作日", "", 1), days, days=days)
    return text(QT_TRANSLATE_NOOP("DomainText", "补正材料后重新提交，{how}，应于{due}前出具回执"), how=how, due=due)


def _return(ctx: StepContext, step: Step) -> Text:
    app = step.app
    flagged = [m for m in app.materials if m.result in (MaterialResult.MISSING, MaterialResult.INVALID)]
    step.detail["missing"] = [[m.title, m.note] for m in flagged]
    app.returned_at = ctx.now
    app.rule_version, app.calendar_version = ctx.rules.version, ctx.calendar.version
    if ctx.rules.return_clock is ReturnClock.PAUSE and app.due_on is not None:
        app.clock_remaining = ctx.calendar.working_days_after(ctx.today, app.due_on)
        clock = counted(QT_TRANSLATE_NOOP("DomainText", "期限暂停计算，剩余{days}个工作日", "", 1),
                        app.clock_remaining, days=app.clock_remaining)
    else:
        app.clock_remaining = None
        clock = text(QT_TRANSLATE_NOOP("DomainText", "补正后重新计算期限"))
    app.due_on, app.due_provisional = None, False
    materials = Clauses(tuple(text(QT_TRANSLATE_NOOP("DomainText", "{title}（{note}）"), title=m.title, note=m.note)
                              for m in flagged))
    return text(QT_TRANSLATE_NOOP("DomainText", "退回补正：{materials}。{clock}"), materials=materials, clock=clock)


def _accept(ctx: StepContext, step: Step) -> Text:
    app, nursery = step.app, step.nursery
    if step.serial is None:
        raise AssertionError("acceptance without a receipt serial")
    app.receipt_no = receipt_number(ctx.rules, ctx.district_code, ctx.today.year, step.serial)
    app.accepted_at, app.accepted_on = ctx.now, ctx.today
    days = ctx.rules.notice_due_working_days
    due = ctx.calendar.due(ctx.today, days)
    app.verification_due_on, app.verification_due_provisional, app.verification_days = due.day, due.provisional, days
    app.rule_version, app.calendar_version = ctx.rules.version, ctx.calendar.version
    KIND_EFFECTS[app.kind](ctx, app, nursery)
    return counted(QT_TRANSLATE_NOOP(
        "DomainText", "受理备案，出具回执（编号 {receipt}）；如发现不符合要求，应于{due}前告知（{days}个工作日）", "", 1),
        days, receipt=app.receipt_no or "", due=due_line(due.day, due.provisional), days=days)


def _accept_initial(ctx: StepContext, app: FilingApplication, nursery: Nursery) -> None:
    nursery.filing_no = app.receipt_no or ""
    nursery.filed_at = ctx.now


def _accept_change(ctx: StepContext, app: FilingApplication, nursery: Nursery) -> None:
    """Apply the itemised changes through the ORM (so the audit trail sees each field)."""
    for item in app.change_items:
        current = format_value(item.field, getattr(nursery, item.field))
        if current != item.old_value:
            label = CHANGE_FIELDS[item.field].label
            raise ConflictError(f"变更事项“{label}”的原值已由“{item.old_value}”变为“{current}”，"
                                "请退回申请人核对后重新提交。")
        setattr(nursery, item.field, parse_value(item.field, item.new_value))


def _accept_cancellation(ctx: StepContext, app: FilingApplication, nursery: Nursery) -> None:
    note = f"{ctx.today.isoformat()} 注销备案（回执编号 {app.receipt_no}）。安置情况：{app.settlement_note.strip()}"
    nursery.notes = f"{nursery.notes}\n{note}" if nursery.notes else note


KIND_EFFECTS: dict[FilingKind, Callable[[StepContext, FilingApplication, Nursery], None]] = {
    FilingKind.INITIAL: _accept_initial, FilingKind.CHANGE: _accept_change,
    FilingKind.CANCELLATION: _accept_cancellation,
}


def _verify(ctx: StepContext, step: Step) -> Text:
    step.app.verified_at = ctx.now
    reason = step.reason.strip()
    if not reason:
        return text(QT_TRANSLATE_NOOP("DomainText", "核实完成，符合要求"))
    return text(QT_TRANSLATE_NOOP("DomainText", "核实完成，符合要求。{reason}"), reason=reason)


def _notify(ctx: StepContext, step: Step) -> Text:
    app = step.app
    app.notified_at, app.nonconformity = ctx.now, step.reason.strip()
    late = app.verification_due_on is not None and ctx.today > app.verification_due_on
    return text(QT_TRANSLATE_NOOP("DomainText", "通知不符合要求并公开：{what}{late}"), what=app.nonconformity,
                late=text(QT_TRANSLATE_NOOP("DomainText", "（已超过15个工作日期限）")) if late else "")


def _withdraw(ctx: StepContext, step: Step) -> Text:
    app = step.app
    app.withdrawn_at, app.due_on, app.clock_remaining, app.due_provisional = ctx.now, None, None, False
    reason = step.reason.strip()
    if not reason:
        return text(QT_TRANSLATE_NOOP("DomainText", "申请人撤回申请"))
    return text(QT_TRANSLATE_NOOP("DomainText", "申请人撤回申请：{reason}"), reason=reason)


def _start_check(ctx: StepContext, step: Step) -> Text:
    return text(QT_TRANSLATE_NOOP("DomainText", "开始材料审核"))


EFFECTS: dict[FilingAction, Callable[[StepContext, Step], Text]] = {
    A.SUBMIT: _submit, A.START_CHECK: _start_check, A.RETURN: _return,
    A.RESUBMIT: _resubmit, A.ACCEPT: _accept, A.VERIFY: _verify, A.NOTIFY: _notify, A.WITHDRAW: _withdraw,
}
