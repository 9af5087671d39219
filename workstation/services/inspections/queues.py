"""Views of the inspections area: open findings by deadline (overdue first), the inspector's own
recent inspections, the home-page counts, and the nursery's inspection timeline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, sessionmaker

from workstation.db.orm import Nursery
from workstation.db.orm.inspections import Finding, FindingEvent, Inspection
from workstation.db.repositories.findings import overdue, overdue_parts
from workstation.domain.enums import InspectingDeptKind
from workstation.domain.inspection_rules import INSPECTION_DEFAULTS, InspectionRules
from workstation.domain.inspections import OPEN_FINDING, RectificationState, Severity, effective_state
from workstation.domain.permissions import Action
from workstation.domain.texts import QT_TRANSLATE_NOOP, text
from workstation.services.calendar import load_calendar
from workstation.services.common.context import Actor
from workstation.services.common.timeline import line_of
from workstation.services.common.uow import reading
from workstation.services.inspections import lists
from workstation.services.inspections.dto import InspectionRow, inspection_row
from workstation.services.inspections.home_counts import HomeCounts
from workstation.services.inspections.lists import FindingQuery, InspectionQuery, ListPage
from workstation.services.registry import TimelineEntry

RS = RectificationState
QUEUE_LIMIT = 500
TIMELINE_KIND = "检查"


@dataclass(frozen=True)
class FindingRow:
    """One line of the open-findings list."""

    id: int
    inspection_id: int
    nursery_id: int
    nursery_name: str
    department: InspectingDeptKind
    code: str
    text: str
    severity: Severity
    state: RectificationState       # effective: OVERDUE once the deadline passed unreported
    deadline: dt.date
    reissue_count: int
    notice_no: str
    days_overdue: int               # calendar days past the deadline (0 when not overdue)
    deadline_provisional: bool = False
    recheck_due: dt.date | None = None  # re-inspect by then (after the deadline, or the report if earlier)
    recheck_due_provisional: bool = False
    recheck_overdue: bool = False

    @property
    def overdue(self) -> bool:
        return self.state is RS.OVERDUE


def open_findings(session: Session, today: dt.date, limit: int = QUEUE_LIMIT,
                  nursery_id: int | None = None, rules: InspectionRules = INSPECTION_DEFAULTS) -> list[FindingRow]:
    """Open findings: overdue first (longest overdue first), then by deadline."""
    late_first = case((overdue(today), 0), else_=1)
    stmt = (select(Finding, Nursery.name).join(Nursery, Nursery.id == Finding.nursery_id)
            .where(Finding.state.in_(OPEN_FINDING)).order_by(late_first, Finding.deadline, Finding.id).limit(limit))
    if nursery_id is not None:
        stmt = stmt.where(Finding.nursery_id == nursery_id)
    rows = []
    recheck_of = lists.recheck_clock(rules, load_calendar(session))
    for f, name in session.execute(stmt):
        state = effective_state(f.state, f.deadline, today)
        late = (today - f.deadline).days if state is RS.OVERDUE else 0
        recheck = recheck_of(f.deadline, f.reported_on)
        rows.append(FindingRow(f.id, f.inspection_id, f.nursery_id, name, f.department, f.code, f.text, f.severity,
                               state, f.deadline, f.reissue_count, f.notice_no, late,
                               f.deadline_provisional, recheck.day, recheck.provisional, today > recheck.day))
    return rows


def home_counts(session: Session, today: dt.date) -> HomeCounts:
    """Rectifications due this week (today to Sunday, not yet reported) and overdue ones."""
    sunday = today + dt.timedelta(days=6 - today.weekday())
    waiting = Finding.state.in_((RS.ISSUED, RS.OVERDUE))
    due = session.scalar(select(func.count()).select_from(Finding).where(
        waiting, Finding.deadline >= today, Finding.deadline <= sunday))
    late = sum(int(session.scalar(select(func.count()).select_from(Finding).where(part)) or 0)
               for part in overdue_parts(today))
    return HomeCounts(int(due or 0), late)


def my_recent(session: Session, actor: Actor, limit: int = 20) -> list[InspectionRow]:
    """The inspections the actor opened or recorded, newest first."""
    stmt = (select(Inspection, Nursery.name).join(Nursery, Nursery.id == Inspection.nursery_id)
            .where((Inspection.recorded_by == actor.username) | (Inspection.created_by == actor.username))
            .order_by(Inspection.inspected_on.desc(), Inspection.id.desc()).limit(limit))
    return [inspection_row(i, name) for i, name in session.execute(stmt)]


def timeline(session: Session, nursery_id: int) -> list[TimelineEntry]:
    """Every department's inspections of the nursery and every step of their findings (TimelineService provider)."""
    entries = []
    for i in session.scalars(select(Inspection).where(Inspection.nursery_id == nursery_id)):
        depts = tuple(InspectingDeptKind(d) for d in i.departments)
        result = text(QT_TRANSLATE_NOOP("DomainText", "，结论：{overall}"), overall=i.overall) if i.overall else ""
        notice = text(QT_TRANSLATE_NOOP("DomainText", "，整改通知书 {no}"), no=i.notice_no) if i.notice_no else ""
        at = i.recorded_at or i.created_at
        entries.append(TimelineEntry(at, TIMELINE_KIND, text(
            QT_TRANSLATE_NOOP("DomainText", "{day} {departments}{kind}（{state}{result}{notice}）"),
            day=i.inspected_on, departments=depts, kind=i.kind, state=i.state, result=result, notice=notice),
            i.recorded_by or i.created_by))
        if i.notice_delivered_on is not None:
            entries.append(TimelineEntry(dt.datetime.combine(i.notice_delivered_on, dt.time(23, 59)), TIMELINE_KIND,
                                         text(QT_TRANSLATE_NOOP("DomainText", "整改通知书 {no} 于{day}送达"),
                                              no=i.notice_no, day=i.notice_delivered_on), i.updated_by))
    for e in session.scalars(select(FindingEvent).where(FindingEvent.nursery_id == nursery_id)):
        entries.append(TimelineEntry(e.at, TIMELINE_KIND, line_of(e.detail, e.text), e.actor, e.actor_name))
    return sorted(entries, key=lambda e: e.at)


class InspectionQueues:
    """The read-only views for the inspections page and the home page (INSPECTION_VIEW)."""

    def __init__(self, factory: sessionmaker[Session], actor: Actor,
                 today: Callable[[], dt.date] = dt.date.today, rules: InspectionRules = INSPECTION_DEFAULTS) -> None:
        self._factory, self._actor, self._today, self._rules = factory, actor, today, rules

    def open_findings(self, limit: int = QUEUE_LIMIT, nursery_id: int | None = None) -> list[FindingRow]:
        with reading(self._factory, self._actor, Action.INSPECTION_VIEW) as session:
            return open_findings(session, self._today(), limit, nursery_id, self._rules)

    def findings_first_page(self, query: FindingQuery, limit: int) -> ListPage:
        """How many open findings match `query`, and the first `limit` in its order."""
        with reading(self._factory, self._actor, Action.INSPECTION_VIEW) as session:
            today = self._today()
            total = lists.count_findings(session, query)
            rows = lists.finding_rows(session, lists.finding_ids(session, query, today, 0, limit), today, self._rules)
            return ListPage(total, tuple(rows))

    def findings_page(self, query: FindingQuery, offset: int, limit: int) -> list[FindingRow]:
        """Open findings `offset` to `offset + limit` in the query's order."""
        with reading(self._factory, self._actor, Action.INSPECTION_VIEW) as session:
            today = self._today()
            return lists.finding_rows(session, lists.finding_ids(session, query, today, max(offset, 0), limit), today,
                                      self._rules)

    def inspections_first_page(self, query: InspectionQuery, limit: int) -> ListPage:
        """How many inspections the actor opened or recorded, and the first `limit` in the query's order."""
        with reading(self._factory, self._actor, Action.INSPECTION_VIEW) as session:
            total = lists.count_inspections(session, self._actor)
            ids = lists.inspection_ids(session, self._actor, query, 0, limit)
            return ListPage(total, tuple(lists.inspection_rows(session, ids)))

    def inspections_page(self, query: InspectionQuery, offset: int, limit: int) -> list[InspectionRow]:
        with reading(self._factory, self._actor, Action.INSPECTION_VIEW) as session:
            ids = lists.inspection_ids(session, self._actor, query, max(offset, 0), limit)
            return lists.inspection_rows(session, ids)

    def my_recent(self, limit: int = 20) -> list[InspectionRow]:
        with reading(self._factory, self._actor, Action.INSPECTION_VIEW) as session:
            return my_recent(session, self._actor, limit)

    def home_counts(self) -> HomeCounts:
        with reading(self._factory, self._actor, Action.INSPECTION_VIEW) as session:
            return home_counts(session, self._today())

    def timeline(self, nursery_id: int) -> list[TimelineEntry]:
        with reading(self._factory, self._actor, Action.INSPECTION_VIEW) as session:
            return timeline(session, nursery_id)
