"""Filing clocks computed through an unknown year: recomputed when the calendar learns that year."""

from __future__ import annotations

from sqlalchemy import or_, select

from workstation.db.orm import Nursery
from workstation.db.orm.filing import FilingApplication, FilingEvent
from workstation.domain.filing import CLOCK_STATES, FilingEventKind, FilingState
from workstation.domain.texts import QT_TRANSLATE_NOOP, Text
from workstation.services.calendar import Moved, RecomputeContext
from workstation.services.common.timeline import line_detail
from workstation.services.filing.steps import application_line

RECEIPT = QT_TRANSLATE_NOOP("DomainText", "出具回执期限")
NOTICE = QT_TRANSLATE_NOOP("DomainText", "核实/告知不符合要求期限")


def recompute_filing_clocks(ctx: RecomputeContext) -> list[Moved]:
    """Open clocks counted again: provisional ones move (with a history line); final ones that would
    now differ are only reported (the receipt or notice already states them)."""
    rows = ctx.session.execute(select(FilingApplication, Nursery.name)
                               .join(Nursery, Nursery.id == FilingApplication.nursery_id).where(or_(
        FilingApplication.state.in_(CLOCK_STATES) & FilingApplication.due_days.is_not(None),
        (FilingApplication.state == FilingState.ACCEPTED) & FilingApplication.verification_days.is_not(None))))
    moved: list[Moved] = []
    for app, name in rows:
        if app.state in CLOCK_STATES and app.due_on and app.clock_started_on and app.due_days:
            due = ctx.calendar.due(app.clock_started_on, app.due_days)
            if app.due_provisional:
                moved.append(Moved(RECEIPT, name, app.due_on, due.day, due.provisional))
                _log(ctx, app, ctx.history_text(RECEIPT, app.due_on, due.day, due.provisional))
                app.due_on, app.due_provisional = due.day, due.provisional
                _stamp(ctx, app)
            elif due.day != app.due_on:
                moved.append(Moved(RECEIPT, name, app.due_on, due.day, due.provisional, applied=False))
        if app.state is FilingState.ACCEPTED and app.verification_due_on and app.accepted_on and app.verification_days:
            due = ctx.calendar.due(app.accepted_on, app.verification_days)
            if app.verification_due_provisional:
                moved.append(Moved(NOTICE, name, app.verification_due_on, due.day, due.provisional))
                _log(ctx, app, ctx.history_text(NOTICE, app.verification_due_on, due.day, due.provisional))
                app.verification_due_on, app.verification_due_provisional = due.day, due.provisional
                _stamp(ctx, app)
            elif due.day != app.verification_due_on:
                moved.append(Moved(NOTICE, name, app.verification_due_on, due.day, due.provisional, applied=False))
    return moved


def _stamp(ctx: RecomputeContext, app: FilingApplication) -> None:
    app.calendar_version, app.updated_by = ctx.calendar.version, ctx.actor.username


def _log(ctx: RecomputeContext, app: FilingApplication, line: Text) -> None:
    line = application_line(app.kind, line)
    ctx.session.add(FilingEvent(
        application_id=app.id, nursery_id=app.nursery_id, at=ctx.now, kind=FilingEventKind.CLOCK,
        text=str(line), detail=line_detail(line), actor=ctx.actor.username, actor_name=ctx.actor.label,
        rule_version=app.rule_version, calendar_version=ctx.calendar.version))
