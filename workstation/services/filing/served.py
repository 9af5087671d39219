"""The home page's filing queues read through the start-up reader (stdlib sqlite3, no ORM), so the
window is usable before SQLAlchemy has loaded. The same queries as queues.work_queues, in SQLite's
SQL; tests/unit/home/test_served_home.py holds both to the same answers."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from workstation.db.readers import SqlReader
from workstation.domain.counting import CLOSED
from workstation.domain.enums import InstitutionStatus
from workstation.domain.filing_states import CLOCK_STATES, FilingKind, FilingState
from workstation.domain.permissions import Action
from workstation.domain.rules import NATIONAL_DEFAULTS
from workstation.domain.workdays import DayKind, WorkCalendar, missing_years_message
from workstation.services.common.context import Actor, require
from workstation.services.filing.queue_dto import Queue, QueueEntry, WorkQueues

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
    years = [today.year] + ([today.year + 1] if today.month >= WARN_FROM_MONTH else [])
    missing = tuple(y for y in years if not calendar.covers(y))
    days = rules.registered_not_filed_days if rules is not None else NATIONAL_DEFAULTS.registered_not_filed_alert_days
    queues = (
        _clock_queue(reader, "overdue", "已逾期", limit, "<", today),
        _clock_queue(reader, "due_today", "今日到期", limit, "=", today),
        _clock_queue(reader, "due_next", f"下一工作日（{next_day.isoformat()}）到期", limit, "=", next_day),
        _not_filed(reader, today, days, f"登记超过{days}天未备案", limit),
        _awaiting_verification(reader, limit),
    )
    return WorkQueues(today, queues, missing_years_message(missing) if missing else "", missing)


def _in(values) -> tuple[str, tuple[str, ...]]:
    values = tuple(v.value for v in values)
    return f"({', '.join('?' * len(values))})", values


def _count(reader: SqlReader, where: str, params: tuple) -> int:
    """Applications meeting `where` less those of closed nurseries (as queues._app_query)."""
    closed, closed_params = _in(CLOSED)
    sql = (f"SELECT (SELECT count(*) FROM filing_application AS a WHERE {where}) - "
           f"(SELECT count(*) FROM filing_application AS a WHERE a.nursery_id IN "
           f"(SELECT id FROM nursery WHERE status IN {closed}) AND {where})")
    return int(reader.rows(sql, (*params, *closed_params, *params))[0][0] or 0)


def _entries(reader: SqlReader, where: str, params: tuple, due: str, limit: int) -> list[tuple]:
    closed, closed_params = _in(CLOSED)
    sql = (f"{_COLUMNS}WHERE n.status NOT IN {closed} AND {where} AND {due} IS NOT NULL "
           f"ORDER BY {due}, n.name_pinyin, a.id LIMIT ?")
    return reader.rows(sql, (*closed_params, *params, limit))


def _clock_queue(reader: SqlReader, key: str, title: str, limit: int, op: str, day: dt.date) -> Queue:
    states, state_params = _in(CLOCK_STATES)
    receipts = (f"a.state IN {states} AND a.due_on IS NOT NULL AND a.due_on {op} ?", (*state_params, day.isoformat()))
    notices = (f"a.state = ? AND a.kind != ? AND a.verification_due_on IS NOT NULL AND a.verification_due_on {op} ?",
               (FilingState.ACCEPTED.value, FilingKind.CANCELLATION.value, day.isoformat()))
    entries = [(r[9], _entry(r, r[5], "出具回执", r[7])) for r in _entries(reader, *receipts, "a.due_on", limit)]
    entries += [(r[9], _entry(r, r[6], "核实/告知不符合要求", r[8]))
                for r in _entries(reader, *notices, "a.verification_due_on", limit)]
    total = _count(reader, *receipts) + _count(reader, *notices)
    return Queue(key, title, total, _merged(entries, limit))


def _awaiting_verification(reader: SqlReader, limit: int) -> Queue:
    where, params = "a.state = ?", (FilingState.ACCEPTED.value,)
    rows = _entries(reader, where, params, "a.verification_due_on", limit)
    if len(rows) < limit:  # undated ones after the dated (a missing date sorts last)
        closed, closed_params = _in(CLOSED)
        rows += reader.rows(f"{_COLUMNS}WHERE n.status NOT IN {closed} AND {where} AND a.verification_due_on IS NULL "
                            f"ORDER BY n.name_pinyin, a.id LIMIT ?", (*closed_params, *params, limit - len(rows)))
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
        note = (f"{since.isoformat()}登记，已{(today - since).days}天未备案" if registered_at else
                f"登记日期未填写（{since.isoformat()}录入），已{(today - since).days}天未备案，请补登记日期")
        entries.append((None, QueueEntry(None, nursery_id, name, None, None, since + dt.timedelta(days=days), note)))
    total = reader.rows(f"SELECT count(*) FROM nursery WHERE {late}", params)[0][0]
    return Queue("not_filed", title, int(total or 0), _merged(entries, limit))


def _entry(row: tuple, due: str | None, note: str, provisional) -> QueueEntry:
    return QueueEntry(row[0], row[1], row[2], FilingKind(row[3]), FilingState(row[4]),
                      dt.date.fromisoformat(due) if due else None, note, bool(provisional))


def _merged(rows: list[tuple[str | None, QueueEntry]], limit: int) -> tuple[QueueEntry, ...]:
    ordered = sorted(rows, key=lambda row: (row[1].due_on or dt.date.max, row[0] or ""))  # as queues._merged
    return tuple(entry for _, entry in ordered[:limit])
