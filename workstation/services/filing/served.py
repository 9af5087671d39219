"""The home page's filing queues read through the start-up reader (stdlib sqlite3, no ORM), so the
window is usable before SQLAlchemy has loaded. The same queries as queues.work_queues, in SQLite's
SQL; tests/unit/home/test_served_home.py holds both to the same answers."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING

from workstation.db.readers import SqlReader
from workstation.domain.enums import InstitutionStatus
from workstation.domain.filing_states import CLOCK_STATES, FilingKind, FilingState
from workstation.domain.permissions import Action
from workstation.domain.rules import NATIONAL_DEFAULTS
from workstation.domain.workdays import DayKind, WorkCalendar, missing_years_message
from workstation.services.common.context import Actor, require
from workstation.services.filing.queue_dto import (
    Queue,
    QueueEntry,
    WorkQueues,
    next_day_title,
    not_filed_note,
)

if TYPE_CHECKING:
    from workstation.domain.filing_rules import FilingRules

WARN_FROM_MONTH = 11  # as services.calendar: from 1 November next year's calendar is asked for
_COLUMNS = ("SELECT a.id, a.nursery_id, n.name, a.kind, a.state, a.due_on, a.verification_due_on, "
            "a.due_provisional, a.verification_due_provisional, n.name_pinyin "
            "FROM filing_application AS a JOIN nursery AS n ON n.id = a.nursery_id ")


def served_work_queues(reader: SqlReader, actor: Actor, today: dt.date, rules: FilingRules | None = None,
                       limit: int = 200, early: WorkQueues | None = None) -> WorkQueues:
    """queues.work_queues over a SqlReader (SQLite): each queue's count and its first `limit` entries.
    Without `rules`, the national defaults (FILING_DEFAULTS's, without loading the filing rules).
    `early`: the same reading taken before the sign-in (read_work_queues), used when it is of `today`."""
    require(actor, Action.FILING_VIEW)
    if early is not None and early.today == today:
        return early
    return read_work_queues(reader, today, rules, limit)


def read_work_queues(reader: SqlReader, today: dt.date, rules: FilingRules | None = None,
                     limit: int = 200) -> WorkQueues:
    """served_work_queues' reading, begun beside the password check; never shown but through
    served_work_queues (`early`), which checks the permission first."""
    calendar = WorkCalendar({dt.date.fromisoformat(day): DayKind(kind)
                             for day, kind in reader.rows("SELECT day, kind FROM holiday")})
    next_day = calendar.next_working_day(today)
    next_provisional = calendar.is_provisional(today, next_day)
    years = [today.year] + ([today.year + 1] if today.month >= WARN_FROM_MONTH else [])
    missing = tuple(y for y in years if not calendar.covers(y))
    days = rules.registered_not_filed_days if rules is not None else NATIONAL_DEFAULTS.registered_not_filed_alert_days
    queues = (
        _clock_queue(reader, "overdue", "已逾期", limit, "<", today),
        _clock_queue(reader, "due_today", "今日到期", limit, "=", today),
        replace(_clock_queue(reader, "due_next", next_day_title(next_day, next_provisional), limit, "=", next_day),
                provisional=next_provisional),
        _not_filed(reader, today, days, f"登记超过{days}天未备案", limit),
        _awaiting_verification(reader, limit),
    )
    return WorkQueues(today, queues, missing_years_message(missing) if missing else "", missing)


def _in(values) -> tuple[str, tuple[str, ...]]:
    values = tuple(v.value for v in values)
    return f"({', '.join('?' * len(values))})", values


def _count(reader: SqlReader, where: str, params: tuple) -> int:
    """Applications of open nurseries meeting `where` (as queues._count): one range of a deadline's index,
    which carries whether the nursery is open (migration 20261205_0046)."""
    sql = f"SELECT count(*) FROM filing_application AS a WHERE a.nursery_open = 1 AND {where}"
    return int(reader.rows(sql, params)[0][0])


def _first(reader: SqlReader, where: str, params: tuple, due: str, op: str, day: str, limit: int) -> list[tuple]:
    """The first rows of a queue by due date, then the nursery's name (as queues._app_query): the ids from
    the deadline's queue index (which carries the name key), then only those read whole."""
    ids = [r[0] for r in reader.rows(
        f"SELECT a.id FROM filing_application AS a WHERE a.nursery_open = 1 AND {where} AND {due} {op} ? "
        f"ORDER BY {due}, a.nursery_pinyin NULLS FIRST, a.id LIMIT ?", (*params, day, limit))]
    if not ids:
        return []
    found = {r[0]: r for r in reader.rows(f"{_COLUMNS}WHERE a.id IN ({', '.join('?' * len(ids))})", tuple(ids))}
    return [found[i] for i in ids if i in found]


def _clock_queue(reader: SqlReader, key: str, title: str, limit: int, op: str,
                 day: dt.date) -> Queue:
    states, state_params = _in(CLOCK_STATES)
    # (no "IS NOT NULL" beside the comparison, which implies it: with it SQLite took the one-column index)
    receipts = (f"a.state IN {states}", state_params, "a.due_on")
    notices = ("a.state = ? AND a.kind != ?", (FilingState.ACCEPTED.value, FilingKind.CANCELLATION.value),
               "a.verification_due_on")
    on = (op, day.isoformat(), limit)
    entries = [(r[9], _entry(r, r[5], "出具回执", r[7])) for r in _first(reader, *receipts, *on)]
    entries += [(r[9], _entry(r, r[6], "核实/告知不符合要求", r[8])) for r in _first(reader, *notices, *on)]
    total = sum(_count(reader, f"{where} AND {due} {op} ?", (*params, day.isoformat()))
                for where, params, due in (receipts, notices))
    return Queue(key, title, total, _merged(entries, limit))


def _awaiting_verification(reader: SqlReader, limit: int) -> Queue:
    where, params = "a.state = ?", (FilingState.ACCEPTED.value,)
    rows = _first(reader, where, params, "a.verification_due_on", "<", "9999-12-31", limit)  # every date
    if len(rows) < limit:  # undated ones after the dated (a missing date sorts last)
        rows += reader.rows(f"{_COLUMNS}WHERE a.nursery_open = 1 AND {where} AND a.verification_due_on IS NULL "
                            f"ORDER BY a.nursery_pinyin NULLS FIRST, a.id LIMIT ?", (*params, limit - len(rows)))
    entries = [(r[9], _entry(r, r[6], "待核实", r[8])) for r in rows]
    return Queue("awaiting_verification", "待核实的备案", _count(reader, where, params), _merged(entries, limit))


def _not_filed(reader: SqlReader, today: dt.date, days: int, title: str, limit: int) -> Queue:
    cutoff = today - dt.timedelta(days=days)
    # created_at is stored as 'YYYY-MM-DD HH:MM:SS…': before the next day's midnight, as queues._not_filed
    late = "status = ? AND (registered_at <= ? OR registered_at IS NULL AND created_at < ?)"
    params = (InstitutionStatus.REGISTERED.value, cutoff.isoformat(),
              f"{(cutoff + dt.timedelta(days=1)).isoformat()} 00:00:00.000000")
    rows = reader.rows(f"SELECT id, name, registered_at, created_at FROM nursery WHERE {late} "
                       f"ORDER BY coalesce(registered_at, created_at), name_pinyin NULLS FIRST, id LIMIT ?", (*params, limit))
    entries = []
    for nursery_id, name, registered_at, created_at in rows:
        since = dt.date.fromisoformat(registered_at) if registered_at else dt.date.fromisoformat(created_at[:10])
        note = not_filed_note(since, today, bool(registered_at))
        entries.append((None, QueueEntry(None, nursery_id, name, None, None, since + dt.timedelta(days=days), note)))
    total = reader.rows(f"SELECT count(*) FROM nursery WHERE {late}", params)[0][0]
    return Queue("not_filed", title, int(total or 0), _merged(entries, limit))


def _entry(row: tuple, due: str | None, note: str, provisional) -> QueueEntry:
    return QueueEntry(row[0], row[1], row[2], FilingKind(row[3]), FilingState(row[4]),
                      dt.date.fromisoformat(due) if due else None, note, bool(provisional))


def _merged(rows: list[tuple[str | None, QueueEntry]], limit: int) -> tuple[QueueEntry, ...]:
    ordered = sorted(rows, key=lambda row: (row[1].due_on or dt.date.max, row[0] or ""))  # as queues._merged
    return tuple(entry for _, entry in ordered[:limit])
