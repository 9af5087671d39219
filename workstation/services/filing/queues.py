"""Work queues of the filing page and the home page, and the nursery's filing timeline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from sqlalchemy import ColumnElement, and_, func, literal, or_, select, union_all
from sqlalchemy.orm import Session, sessionmaker

from workstation.db.orm import Nursery
from workstation.db.orm.filing import FilingApplication, FilingEvent
from workstation.domain.enums import InstitutionStatus
from workstation.domain.filing import CLOCK_STATES, FilingKind, FilingState
from workstation.domain.filing_rules import FILING_DEFAULTS, FilingRules
from workstation.domain.workdays import missing_years_message
from workstation.services.calendar import load_calendar, missing_years
from workstation.services.filing.dto import TimelineEntry, timeline_entry
from workstation.services.filing.queue_dto import (
    Queue,
    QueueEntry,
    WorkQueues,
    next_day_title,
    not_filed_note,
)

QUEUE_LIMIT = 200  # entries listed per queue (the count is always complete)

__all__ = ["QUEUE_LIMIT", "Queue", "QueueEntry", "WorkQueues", "home_queues", "timeline", "work_queues"]


def work_queues(session: Session, today: dt.date, rules: FilingRules = FILING_DEFAULTS,
                limit: int = QUEUE_LIMIT) -> WorkQueues:
    """Deadlines of both clocks (receipt 5 WD, notification 15 WD), the not-filed backlog, verification.

    Each queue is a count and its first `limit` entries by ORDER BY … LIMIT: no queue is read whole;
    the applications' counts come from two statements (`_totals`).
    """
    calendar = load_calendar(session)
    next_day = calendar.next_working_day(today)
    next_provisional = calendar.is_provisional(today, next_day)
    missing = missing_years(calendar, today)
    problem = missing_years_message(missing) if missing else ""
    days = rules.registered_not_filed_days
    totals = _totals(session, today, next_day)
    queues = (
        _clock_queue(session, "overdue", "已逾期", limit, totals["overdue"], lambda due: due < today),
        _clock_queue(session, "due_today", "今日到期", limit, totals["due_today"], lambda due: due == today),
        replace(_clock_queue(session, "due_next", next_day_title(next_day, next_provisional), limit,
                             totals["due_next"], lambda due: due == next_day), provisional=next_provisional),
        _not_filed(session, today, days, f"登记超过{days}天未备案", limit),
        _awaiting_verification(session, "待核实的备案", limit, totals["awaiting_verification"]),
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


def _merged(rows: list[tuple[str | None, QueueEntry]], limit: int) -> tuple[QueueEntry, ...]:
    """By due date (a missing one last), then the nursery's name in pinyin order (each row's sort key)."""
    ordered = sorted(rows, key=lambda row: (row[1].due_on or dt.date.max, row[0] or ""))
    return tuple(entry for _, entry in ordered[:limit])


def _pinyin():
    return Nursery.name_pinyin.nulls_first()  # NULL (no name) first on both engines, as _merged puts ""


def _key():
    """The application's copy of its nursery's name key (kept by triggers), the deadline indexes' order."""
    return FilingApplication.nursery_pinyin.nulls_first()


def _open():
    return FilingApplication.nursery_open == 1  # a cancelled nursery is no one's work


def _app_query(due, *conditions):
    """Applications of open nurseries meeting `conditions` with a `due` date, by it then nursery name
    (the deadline's index is walked): those dated, and those not."""
    stmt = (select(FilingApplication.id, FilingApplication.nursery_id, Nursery.name, FilingApplication.kind,
                   FilingApplication.state, FilingApplication.due_on, FilingApplication.verification_due_on,
                   FilingApplication.due_provisional, FilingApplication.verification_due_provisional,
                   Nursery.name_pinyin)
            .join(Nursery, Nursery.id == FilingApplication.nursery_id)
            .where(_open(), *conditions))
    dated = stmt.where(due.is_not(None)).order_by(due, _key(), FilingApplication.id)
    undated = stmt.where(due.is_(None)).order_by(_key(), FilingApplication.id)
    return dated, undated


def _first(session: Session, dated, undated, limit: int) -> list:
    """The first `limit` rows: dated ones by date, then undated ones (a missing date sorts last)."""
    rows = list(session.execute(dated.limit(limit)))
    if len(rows) < limit:
        rows += session.execute(undated.limit(limit - len(rows)))
    return rows


def _count(*conditions) -> ColumnElement[int]:
    """COUNT(*) of the applications of open nurseries meeting `conditions`, as a column of a statement."""
    return select(func.count()).select_from(FilingApplication).where(_open(), *conditions).scalar_subquery()


def _totals(session: Session, today: dt.date, next_day: dt.date) -> dict[str, int]:
    """Every application count of the queues in one statement, each a range of its deadline's index
    (which carries whether the nursery is open)."""
    a = FilingApplication
    receipt, accepted, notice = a.state.in_(CLOCK_STATES), a.state == FilingState.ACCEPTED, \
        a.kind != FilingKind.CANCELLATION
    totals = [int(v) for v in session.execute(select(
        _count(receipt, a.due_on < today), _count(receipt, a.due_on == today), _count(receipt, a.due_on == next_day),
        _count(accepted, a.verification_due_on < today, notice), _count(accepted, a.verification_due_on == today, notice),
        _count(accepted, a.verification_due_on == next_day, notice), _count(accepted))).one()]
    return {"overdue": totals[0] + totals[3], "due_today": totals[1] + totals[4],
            "due_next": totals[2] + totals[5], "awaiting_verification": totals[6]}


def _clock_queue(session: Session, key: str, title: str, limit: int, total: int, on_due) -> Queue:
    """Receipts due (出具回执) and notifications due (核实/告知) whose deadline `on_due` selects.

    The first `limit` of the lists together are chosen from the deadline indexes alone, which carry the
    nursery's name key (`_merged_by_due`), and only those are read whole: after another desk's commit
    every page is read (on an encrypted file decrypted) again, and a nursery row of every candidate was.
    """
    a = FilingApplication
    receipts = [_by_due(a.due_on, a.state == state, on_due(a.due_on)) for state in sorted(CLOCK_STATES)]
    notices = _by_due(a.verification_due_on, a.state == FilingState.ACCEPTED, a.kind != FilingKind.CANCELLATION,
                      on_due(a.verification_due_on))
    found = list(session.execute(_merged_by_due(session, [*receipts, notices], limit)))
    receipt_ids = {r.id for r in found if r.notice == 0}
    shown = [r.id for r in found]
    entries = []
    for r in _rows_by_id(session, shown):
        if r.id in receipt_ids:
            entries.append((r.name_pinyin, QueueEntry(r.id, r.nursery_id, r.name, r.kind, r.state, r.due_on,
                                                      "出具回执", r.due_provisional)))
        else:
            entries.append((r.name_pinyin, QueueEntry(r.id, r.nursery_id, r.name, r.kind, r.state,
                                                      r.verification_due_on, "核实/告知不符合要求",
                                                      r.verification_due_provisional)))
    return Queue(key, title, total, _merged(entries, limit))


def _by_due(due, *conditions):
    """(id, due, name key, notice) of the applications of open nurseries meeting `conditions` with a `due` date:
    one state per statement, so the deadline index gives the order (no nursery row is read)."""
    a = FilingApplication
    notice = 1 if due is a.verification_due_on else 0
    return (select(a.id.label("id"), due.label("due"), a.nursery_pinyin.label("pinyin"), literal(notice).label("notice"))
            .where(_open(), due.is_not(None), *conditions))


def _merged_by_due(session: Session, parts: list, limit: int):
    """The first `limit` of `parts` together, by due date, then nursery name, then id.

    On a file SQLite merges the parts as it reads them (each walks its deadline index in this order) and
    stops at the limit. A server sorts the first `limit` of each part (its planner sorts a whole union first)."""
    if session.get_bind().dialect.name != "sqlite":
        parts = [part.order_by(part.selected_columns.due, _key(), part.selected_columns.id).limit(limit)
                 .subquery().select() for part in parts]
    every = union_all(*parts)
    return every.order_by(every.selected_columns.due, every.selected_columns.pinyin.nulls_first(),
                          every.selected_columns.id).limit(limit)


def _rows_by_id(session: Session, ids: list[int]) -> list:
    """The queue columns of applications `ids`, in that order."""
    if not ids:
        return []
    a = FilingApplication
    columns = select(a.id, a.nursery_id, Nursery.name, a.kind, a.state, a.due_on, a.verification_due_on,
                     a.due_provisional, a.verification_due_provisional,
                     Nursery.name_pinyin).join(Nursery, Nursery.id == a.nursery_id)
    found = {}
    for start in range(0, len(ids), 500):  # (every entry: the home page's "all" asks for thousands)
        found.update((r.id, r) for r in session.execute(columns.where(a.id.in_(ids[start:start + 500]))))
    return [found[i] for i in ids if i in found]


def _awaiting_verification(session: Session, title: str, limit: int, total: int) -> Queue:
    a = FilingApplication
    dated, undated = _app_query(a.verification_due_on, a.state == FilingState.ACCEPTED)
    entries = [(r.name_pinyin, QueueEntry(r.id, r.nursery_id, r.name, r.kind, r.state, r.verification_due_on, "待核实",
                                          r.verification_due_provisional)) for r in _first(session, dated, undated, limit)]
    return Queue("awaiting_verification", title, total, _merged(entries, limit))


def _not_filed(session: Session, today: dt.date, days: int, title: str, limit: int) -> Queue:
    """Registered nurseries not filed `days` after registration; a registration pushed or entered
    without its date counts from the day it was recorded here (its date is asked for in the note)."""
    cutoff = today - dt.timedelta(days=days)
    late = [Nursery.status == InstitutionStatus.REGISTERED,
            or_(Nursery.registered_at <= cutoff,
                and_(Nursery.registered_at.is_(None),
                     Nursery.created_at < dt.datetime.combine(cutoff + dt.timedelta(days=1), dt.time.min)))]
    # Oldest first: the registration date, else the day recorded (a date sorts before that day's times);
    # then pinyin: the order of ix_nursery_not_filed (migration 20261205_0044), walked at 100,000 nurseries
    stmt = (select(Nursery.id, Nursery.name, Nursery.registered_at, Nursery.created_at).where(*late)
            .order_by(func.coalesce(Nursery.registered_at, Nursery.created_at), _pinyin(), Nursery.id)
            .limit(limit))
    entries = []
    for r in session.execute(stmt):
        since = r.registered_at or r.created_at.date()
        # due_on: the day the nursery entered the backlog, so the oldest come first.
        note = not_filed_note(since, today, bool(r.registered_at))
        entries.append((None, QueueEntry(None, r.id, r.name, None, None, since + dt.timedelta(days=days), note)))
    return Queue("not_filed", title, _not_filed_count(session, late, cutoff), _merged(entries, limit))


def _not_filed_count(session: Session, late: list, cutoff: dt.date) -> int:
    """How many registered nurseries are `late`: all registered ones (the narrow status index) less the few
    that are not (those after `cutoff` along ix_nursery_not_filed, and any without either date), instead of
    ~11,000 entries of the wide backlog index at 100,000 nurseries, read again after every change."""
    registered, since = Nursery.status == InstitutionStatus.REGISTERED, func.coalesce(Nursery.registered_at,
                                                                                       Nursery.created_at)
    counts = session.execute(select(
        select(func.count()).select_from(Nursery).where(registered).scalar_subquery(),
        select(func.count()).select_from(Nursery)
        .where(registered, since > cutoff, and_(*late[1:]).is_not(True)).scalar_subquery(),
        select(func.count()).select_from(Nursery).where(registered, since.is_(None)).scalar_subquery())).one()
    return int(counts[0]) - int(counts[1]) - int(counts[2])
