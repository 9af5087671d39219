"""Work queues of the filing page and the home page, and the nursery's filing timeline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from workstation.db.orm import Nursery
from workstation.db.orm.filing import FilingApplication, FilingEvent
from workstation.domain.counting import CLOSED
from workstation.domain.enums import InstitutionStatus
from workstation.domain.filing import CLOCK_STATES, FilingKind, FilingState
from workstation.domain.filing_rules import FILING_DEFAULTS, FilingRules
from workstation.domain.workdays import missing_years_message
from workstation.services.calendar import load_calendar, missing_years
from workstation.services.filing.dto import TimelineEntry, timeline_entry

QUEUE_LIMIT = 200  # entries listed per queue (the count is always complete)


@dataclass(frozen=True)
class QueueEntry:
    """One line of a work queue; opens an application, or the nursery when application_id is None."""

    application_id: int | None
    nursery_id: int
    nursery_name: str
    kind: FilingKind | None
    state: FilingState | None
    due_on: dt.date | None
    note: str
    provisional: bool = False  # due_on was counted through a year the calendar does not know


@dataclass(frozen=True)
class Queue:
    key: str
    title: str
    total: int
    entries: tuple[QueueEntry, ...]


@dataclass(frozen=True)
class WorkQueues:
    today: dt.date
    queues: tuple[Queue, ...]  # overdue, due_today, due_next, not_filed, awaiting_verification
    calendar_problem: str = ""  # set when this year (or, from 1 November, next year) is not in the calendar
    missing_years: tuple[int, ...] = ()  # those years (the interface words the notice in its language)

    def queue(self, key: str) -> Queue:
        return next(q for q in self.queues if q.key == key)


def work_queues(session: Session, today: dt.date, rules: FilingRules = FILING_DEFAULTS,
                limit: int = QUEUE_LIMIT) -> WorkQueues:
    """Deadlines of both clocks (receipt 5 WD, notification 15 WD), the not-filed backlog, verification."""
    calendar = load_calendar(session)
    next_day = calendar.next_working_day(today)
    missing = missing_years(calendar, today)
    problem = missing_years_message(missing) if missing else ""
    clocks = _clock_entries(session)
    overdue = [e for e in clocks if e.due_on < today]
    due_today = [e for e in clocks if e.due_on == today]
    due_next = [e for e in clocks if e.due_on == next_day]
    waiting = _awaiting_verification(session)
    not_filed = _not_filed(session, today, rules.registered_not_filed_days)
    queues = (
        _queue("overdue", "已逾期", overdue, limit), _queue("due_today", "今日到期", due_today, limit),
        _queue("due_next", f"下一工作日（{next_day.isoformat()}）到期", due_next, limit),
        _queue("not_filed", f"登记超过{rules.registered_not_filed_days}天未备案", not_filed, limit),
        _queue("awaiting_verification", "待核实的备案", waiting, limit),
    )
    return WorkQueues(today, queues, problem, missing)


def home_queues(factory: sessionmaker[Session], today: Callable[[], dt.date] = dt.date.today,
                rules: FilingRules = FILING_DEFAULTS, limit_all: bool = False) -> WorkQueues:
    """The queues for the home page (one short read transaction); `limit_all` lists every entry."""
    with factory() as session:
        return work_queues(session, today(), rules, limit=10**9 if limit_all else 20)


def timeline(session: Session, nursery_id: int) -> list[TimelineEntry]:
    """Every filing application and state change of the nursery, oldest first, with who and when."""
    events = session.scalars(select(FilingEvent).where(FilingEvent.nursery_id == nursery_id)
                             .order_by(FilingEvent.at, FilingEvent.id))
    return [timeline_entry(e) for e in events]


def _queue(key: str, title: str, entries: list[QueueEntry], limit: int) -> Queue:
    ordered = sorted(entries, key=lambda e: (e.due_on or dt.date.max, e.nursery_name))
    return Queue(key, title, len(entries), tuple(ordered[:limit]))


def _app_rows(session: Session, *conditions):
    stmt = (select(FilingApplication.id, FilingApplication.nursery_id, Nursery.name, FilingApplication.kind,
                   FilingApplication.state, FilingApplication.due_on, FilingApplication.verification_due_on,
                   FilingApplication.due_provisional, FilingApplication.verification_due_provisional)
            .join(Nursery, Nursery.id == FilingApplication.nursery_id)
            .where(Nursery.status.not_in(CLOSED), *conditions))  # a cancelled nursery is no one's work
    return session.execute(stmt).all()


def _clock_entries(session: Session) -> list[QueueEntry]:
    receipts = [QueueEntry(r.id, r.nursery_id, r.name, r.kind, r.state, r.due_on, "出具回执", r.due_provisional)
                for r in _app_rows(session, FilingApplication.state.in_(CLOCK_STATES),
                                   FilingApplication.due_on.is_not(None))]
    notices = [QueueEntry(r.id, r.nursery_id, r.name, r.kind, r.state, r.verification_due_on, "核实/告知不符合要求",
                          r.verification_due_provisional)
               for r in _app_rows(session, FilingApplication.state == FilingState.ACCEPTED,
                                  FilingApplication.kind != FilingKind.CANCELLATION,
                                  FilingApplication.verification_due_on.is_not(None))]
    return receipts + notices


def _awaiting_verification(session: Session) -> list[QueueEntry]:
    return [QueueEntry(r.id, r.nursery_id, r.name, r.kind, r.state, r.verification_due_on, "待核实",
                          r.verification_due_provisional)
            for r in _app_rows(session, FilingApplication.state == FilingState.ACCEPTED)]


def _not_filed(session: Session, today: dt.date, days: int) -> list[QueueEntry]:
    """Registered nurseries not filed `days` after registration; a registration pushed or entered
    without its date counts from the day it was recorded here (its date is asked for in the note)."""
    cutoff = today - dt.timedelta(days=days)
    rows = session.execute(select(Nursery.id, Nursery.name, Nursery.registered_at, Nursery.created_at).where(
        Nursery.status == InstitutionStatus.REGISTERED)).all()
    entries = []
    for r in rows:
        since = r.registered_at or r.created_at.date()
        if since > cutoff:
            continue
        # due_on: the day the nursery entered the backlog, so the oldest come first.
        note = (f"{since.isoformat()}登记，已{(today - since).days}天未备案" if r.registered_at else
                f"登记日期未填写（{since.isoformat()}录入），已{(today - since).days}天未备案，请补登记日期")
        entries.append(QueueEntry(None, r.id, r.name, None, None, since + dt.timedelta(days=days), note))
    return entries
