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
from workstation.domain.workdays import PROVISIONAL_MARK, WorkCalendar
from workstation.services.common.context import Actor
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
    text = EFFECTS[transition.action](ctx, step)
    if nursery.status != status:
        nursery.status = status
        nursery.updated_by = ctx.actor.username
    source = app.state
    app.state = transition.target
    app.updated_by = ctx.actor.username
    record(ctx, app, FilingEventKind.ACTION, text, action=transition.action, states=(source, app.state),
           detail=step.detail)


def record(ctx: StepContext, app: FilingApplication, kind: FilingEventKind, text: str,
           action: FilingAction | None = None, states: tuple[FilingState | None, FilingState | None] = (None, None),
           detail: dict | None = None) -> None:
    """Append one history line (who, when, what) for the application and its nursery."""
    ctx.session.add(FilingEvent(
        application_id=app.id, nursery_id=app.nursery_id, at=ctx.now, kind=kind, action=action,
        from_state=states[0], to_state=states[1], text=f"{app.kind.zh}：{text}", detail=detail or {},
        actor=ctx.actor.username, actor_name=ctx.actor.label,
        rule_version=ctx.rules.version, calendar_version=ctx.calendar.version))


def _start_clock(ctx: StepContext, app: FilingApplication, days: int) -> str:
    """Start the receipt clock; the due date as the history line states it (marked when provisional)."""
    due = ctx.calendar.due(ctx.today, days)
    app.clock_started_on, app.due_days = ctx.today, days
    app.due_on, app.due_provisional = due.day, due.provisional
    app.clock_remaining = None
    app.rule_version, app.calendar_version = ctx.rules.version, ctx.calendar.version
    return due_text(due.day, due.provisional)


def due_text(day: dt.date, provisional: bool) -> str:
    return day.isoformat() + (PROVISIONAL_MARK if provisional else "")


def _changes(app: FilingApplication) -> dict[str, str]:
    return {item.field: item.new_value for item in app.change_items}


def _submit(ctx: StepContext, step: Step) -> str:
    app, nursery = step.app, step.nursery
    sync_checklist(app, ctx.rules, nursery.provides_meals, _changes(app), ctx.actor.username)
    app.form_data = {name: format_value(name, getattr(nursery, name)) if name in CHANGE_FIELDS
                     else (getattr(nursery, name) or "") for name in FORM_FIELDS}
    app.submitted_at, app.submitted_on = ctx.now, ctx.today
    days = ctx.rules.receipt_due_working_days
    due = _start_clock(ctx, app, days)
    return f"提交申请，应于{due}前完成备案并出具回执（{days}个工作日）"


def _resubmit(ctx: StepContext, step: Step) -> str:
    app = step.app
    sync_checklist(app, ctx.rules, step.nursery.provides_meals, _changes(app), ctx.actor.username)
    reset_flagged(app)
    paused = ctx.rules.return_clock is ReturnClock.PAUSE and app.clock_remaining is not None
    days = app.clock_remaining if paused else ctx.rules.receipt_due_working_days
    due = _start_clock(ctx, app, days)
    how = f"继续计时，剩余{days}个工作日" if paused else f"重新计时{days}个工作日"
    return f"补正材料后重新提交，{how}，应于{due}前出具回执"


def _return(ctx: StepContext, step: Step) -> str:
    app = step.app
    flagged = [m for m in app.materials if m.result in (MaterialResult.MISSING, MaterialResult.INVALID)]
    step.detail["missing"] = [[m.title, m.note] for m in flagged]
    app.returned_at = ctx.now
    app.rule_version, app.calendar_version = ctx.rules.version, ctx.calendar.version
    if ctx.rules.return_clock is ReturnClock.PAUSE and app.due_on is not None:
        app.clock_remaining = ctx.calendar.working_days_after(ctx.today, app.due_on)
        clock = f"期限暂停计算，剩余{app.clock_remaining}个工作日"
    else:
        app.clock_remaining = None
        clock = "补正后重新计算期限"
    app.due_on, app.due_provisional = None, False
    return "退回补正：" + "；".join(f"{m.title}（{m.note}）" for m in flagged) + f"。{clock}"


def _accept(ctx: StepContext, step: Step) -> str:
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
    return (f"受理备案，出具回执（编号 {app.receipt_no}）；如发现不符合要求，"
            f"应于{due_text(due.day, due.provisional)}前告知（{days}个工作日）")


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


def _verify(ctx: StepContext, step: Step) -> str:
    step.app.verified_at = ctx.now
    return "核实完成，符合要求" + (f"。{step.reason.strip()}" if step.reason.strip() else "")


def _notify(ctx: StepContext, step: Step) -> str:
    app = step.app
    app.notified_at, app.nonconformity = ctx.now, step.reason.strip()
    late = app.verification_due_on is not None and ctx.today > app.verification_due_on
    return f"通知不符合要求并公开：{app.nonconformity}" + ("（已超过15个工作日期限）" if late else "")


def _withdraw(ctx: StepContext, step: Step) -> str:
    app = step.app
    app.withdrawn_at, app.due_on, app.clock_remaining, app.due_provisional = ctx.now, None, None, False
    return "申请人撤回申请" + (f"：{step.reason.strip()}" if step.reason.strip() else "")


EFFECTS: dict[FilingAction, Callable[[StepContext, Step], str]] = {
    A.SUBMIT: _submit, A.START_CHECK: lambda ctx, step: "开始材料审核", A.RETURN: _return,
    A.RESUBMIT: _resubmit, A.ACCEPT: _accept, A.VERIFY: _verify, A.NOTIFY: _notify, A.WITHDRAW: _withdraw,
}
