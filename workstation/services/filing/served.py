"""The home page's filing queues read through the start-up reader (stdlib sqlite3, no ORM), so the
window is usable before SQLAlchemy has loaded. The same queries as queues.work_queues, in SQLite's
SQL; tests/unit/home/test_served_home.py holds both to the same answers."""

from __future__ import annotations

import datetime as dt
import sys
from typing import TYPE_CHECKING

from workstation.db.readers import SqlReader
from workstation.domain.counting import CLOSED
from workstation.domain.enums import InstitutionStatus
from workstation.domain.filing_states import CLOCK_STATES, FilingKind, FilingState
from workstation.domain.permissions import Action
from workstation.domain.rules import NATIONAL_DEFAULTS
from workstation.domain.workdays import DayKind, WorkCalendar, missing_years_message
from workstation.services.common.context import Actor, require
from workstation.services.filing.first_by_due import first_by_due
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
    closed = ClosedNurseries(reader)
    queues = (
        _clock_queue(reader, closed, "overdue", "已逾期", limit, "<", today),
        _clock_queue(reader, closed, "due_today", "今日到期", limit, "=", today),
        _clock_queue(reader, closed, "due_next", f"下一工作日（{next_day.isoformat()}）到期", limit, "=", next_day),
        _not_filed(reader, today, days, f"登记超过{days}天未备案", limit),
        _awaiting_verification(reader, closed, limit),
    )
    return WorkQueues(today, queues, missing_years_message(missing) if missing else "", missing)


class ClosedNurseries:
    """The ids of closed nurseries (whose applications are no one's work), read once when first asked."""

    def __init__(self, reader: SqlReader) -> None:
        self._reader = reader
        self._ids: set[int] | None = None

    def __call__(self) -> set[int]:
        if self._ids is None:
            closed, params = _in(CLOSED)
            self._ids = {r[0] for r in self._reader.rows(f"SELECT id FROM nursery WHERE status IN {closed}", params)}
        return self._ids


def _in(values) -> tuple[str, tuple[str, ...]]:
    values = tuple(v.value for v in values)
    return f"({', '.join('?' * len(values))})", values


def _count(reader: SqlReader, closed: ClosedNurseries, where: str, params: tuple) -> int:
    """Applications meeting `where` less those of closed nurseries (as queues._app_query): the nursery ids
    from the deadline's covering index, the closed ones read once (no probe per closed nursery). A reader
    whose rows cross a network (`over_network`: a server) counts there instead: 20,000 ids decoded in
    Python cost more than the server's anti-join."""
    if getattr(reader, "over_network", False):
        shut_marks, shut_params = _in(CLOSED)
        sql = (f"SELECT count(*) FROM filing_application AS a WHERE {where} AND NOT EXISTS "
               f"(SELECT 1 FROM nursery AS n WHERE n.id = a.nursery_id AND n.status IN {shut_marks})")
        return int(reader.rows(sql, (*params, *shut_params))[0][0])
    shut = closed()
    return sum(1 for (nursery_id,) in reader.rows(f"SELECT a.nursery_id FROM filing_application AS a WHERE {where}",
                                                   params) if nursery_id not in shut)


def _first(reader: SqlReader, closed: ClosedNurseries, where: str, params: tuple, due: str, op: str, day: str,
           limit: int) -> list[tuple]:
    """The first rows of a queue (by due date, then name, as queues._first_by_due), chosen along the deadline's index and
    the names' (first_by_due), then read whole."""
    # over a network the server orders a day's candidates by name itself (no walk of the name index in batches)
    walk_over = sys.maxsize if getattr(reader, "over_network", False) else None
    ids = first_by_due(reader.rows, where, params, due, op, day, limit, walk_over=walk_over, closed_ids=closed)
    if not ids:
        return []
    found = {r[0]: r for r in reader.rows(f"{_COLUMNS}WHERE a.id IN ({', '.join('?' * len(ids))})", tuple(ids))}
    return [found[i] for i in ids if i in found]


def _clock_queue(reader: SqlReader, closed: ClosedNurseries, key: str, title: str, limit: int, op: str,
                 day: dt.date) -> Queue:
    states, state_params = _in(CLOCK_STATES)
    # (no "IS NOT NULL" beside the comparison, which implies it: with it SQLite took the one-column index)
    receipts = (f"a.state IN {states}", state_params, "a.due_on")
    notices = ("a.state = ? AND a.kind != ?", (FilingState.ACCEPTED.value, FilingKind.CANCELLATION.value),
               "a.verification_due_on")
    on = (op, day.isoformat(), limit)
    entries = [(r[9], _entry(r, r[5], "出具回执", r[7])) for r in _first(reader, closed, *receipts, *on)]
    entries += [(r[9], _entry(r, r[6], "核实/告知不符合要求", r[8])) for r in _first(reader, closed, *notices, *on)]
    total = sum(_count(reader, closed, f"{where} AND {due} {op} ?", (*params, day.isoformat()))
                for where, params, due in (receipts, notices))
    return Queue(key, title, total, _merged(entries, limit))


def _awaiting_verification(reader: SqlReader, closed: ClosedNurseries, limit: int) -> Queue:
    where, params = "a.state = ?", (FilingState.ACCEPTED.value,)
    rows = _first(reader, closed, where, params, "a.verification_due_on", "<", "9999-12-31", limit)  # every date
    if len(rows) < limit:  # undated ones after the dated (a missing date sorts last)
        shut, closed_params = _in(CLOSED)
        rows += reader.rows(f"{_COLUMNS}WHERE n.status NOT IN {shut} AND {where} AND a.verification_due_on IS NULL "
                            f"ORDER BY n.name_pinyin, a.id LIMIT ?", (*closed_params, *params, limit - len(rows)))
    entries = [(r[9], _entry(r, r[6], "待核实", r[8])) for r in rows]
    return Queue("awaiting_verification", "待核实的备案", _count(reader, closed, where, params), _merged(entries, limit))


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
