"""Rectification deadlines computed through an unknown year: recomputed when the calendar learns it."""

from __future__ import annotations

from sqlalchemy import select

from workstation.db.orm import Nursery
from workstation.db.orm.inspections import Finding, FindingEvent, InspectionItemResult
from workstation.domain.inspection_rules import DeadlineRule
from workstation.domain.inspections import OPEN_FINDING, RectificationState
from workstation.domain.texts import QT_TRANSLATE_NOOP
from workstation.services.calendar import Moved, RecomputeContext
from workstation.services.common.timeline import line_detail

WHAT = QT_TRANSLATE_NOOP("DomainText", "整改期限")


def recompute_finding_deadlines(ctx: RecomputeContext) -> list[Moved]:
    """Open findings whose deadline is provisional, counted again from the day it was set."""
    rows = ctx.session.execute(select(Finding, Nursery.name).join(Nursery, Nursery.id == Finding.nursery_id)
                               .where(Finding.state.in_(OPEN_FINDING), Finding.deadline_days.is_not(None)))
    moved: list[Moved] = []
    for finding, name in rows:
        rule = DeadlineRule(finding.deadline_days or 0, finding.deadline_working)
        due = rule.due(finding.issued_on, ctx.calendar)
        old = finding.deadline
        if not finding.deadline_provisional:
            if due.day != old:  # final: the notice states it; report, do not move
                moved.append(Moved(WHAT, name, old, due.day, due.provisional, applied=False))
            continue
        moved.append(Moved(WHAT, name, old, due.day, due.provisional))
        finding.deadline, finding.deadline_provisional = due.day, due.provisional
        finding.calendar_version, finding.updated_by = ctx.calendar.version, ctx.actor.username
        for item in ctx.session.scalars(select(InspectionItemResult).where(
                InspectionItemResult.finding_id == finding.id, InspectionItemResult.deadline == old)):
            item.deadline, item.deadline_provisional = due.day, due.provisional
        if finding.state is RectificationState.OVERDUE and due.day >= ctx.today:
            finding.state = RectificationState.ISSUED  # it was only overdue by the provisional count
        line = ctx.history_text(WHAT, old, due.day, due.provisional)
        ctx.session.add(FindingEvent(
            finding_id=finding.id, nursery_id=finding.nursery_id, at=ctx.now, day=ctx.today,
            from_state=finding.state, to_state=finding.state, text=str(line), detail=line_detail(line),
            actor=ctx.actor.username, actor_name=ctx.actor.label))
    return moved
