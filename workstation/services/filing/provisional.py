"""Filing clocks computed through an unknown year: recomputed when the calendar learns that year."""

from __future__ import annotations

from sqlalchemy import or_, select

from workstation.db.orm import Nursery
from workstation.db.orm.filing import FilingApplication, FilingEvent
from workstation.domain.filing import CLOCK_STATES, FilingEventKind, FilingState
from workstation.services.calendar import Moved, RecomputeContext

RECEIPT, NOTICE = "出具回执期限", "核实/告知不符合要求期限"


def recompute_filing_clocks(ctx: RecomputeContext) -> list[Moved]:
    """Open receipt clocks and verification clocks that are provisional, counted again."""
    apps = ctx.session.scalars(select(FilingApplication).where(or_(
        FilingApplication.due_provisional.is_(True), FilingApplication.verification_due_provisional.is_(True))))
    moved: list[Moved] = []
    for app in apps:
        name = ctx.session.scalar(select(Nursery.name).where(Nursery.id == app.nursery_id)) or ""
        if app.due_provisional and app.state in CLOCK_STATES and app.due_on and app.clock_started_on and app.due_days:
            due = ctx.calendar.due(app.clock_started_on, app.due_days)
            moved.append(Moved(RECEIPT, name, app.due_on, due.day, due.provisional))
            _log(ctx, app, ctx.history_text(RECEIPT, app.due_on, due.day, due.provisional))
            app.due_on, app.due_provisional = due.day, due.provisional
        if (app.verification_due_provisional and app.state is FilingState.ACCEPTED and app.verification_due_on
                and app.accepted_on and app.verification_days):
            due = ctx.calendar.due(app.accepted_on, app.verification_days)
            moved.append(Moved(NOTICE, name, app.verification_due_on, due.day, due.provisional))
            _log(ctx, app, ctx.history_text(NOTICE, app.verification_due_on, due.day, due.provisional))
            app.verification_due_on, app.verification_due_provisional = due.day, due.provisional
        app.calendar_version, app.updated_by = ctx.calendar.version, ctx.actor.username
    return moved


def _log(ctx: RecomputeContext, app: FilingApplication, text: str) -> None:
    ctx.session.add(FilingEvent(
        application_id=app.id, nursery_id=app.nursery_id, at=ctx.now, kind=FilingEventKind.CLOCK,
        text=f"{app.kind.zh}：{text}", detail={}, actor=ctx.actor.username, actor_name=ctx.actor.label,
        rule_version=app.rule_version, calendar_version=ctx.calendar.version))
