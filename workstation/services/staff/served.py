"""The home page's staff queue read through the start-up reader (sqlite3 or psycopg, no ORM): the same
count and urgent lines as StaffQueue.count()/items() (tests/unit/home/test_served_home.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from workstation.db.readers import SqlReader
from workstation.domain.enums import InstitutionStatus
from workstation.domain.permissions import Action
from workstation.domain.staff_rules import NATIONAL_STAFF_RULES, StaffRules
from workstation.services.common.context import Actor, require
from workstation.services.staff.queue_labels import (
    BACKGROUND,
    BAN,
    COUNT_CAP,
    EXPIRED,
    HEALTH,
    HEALTH_PASS,
    UPCOMING,
    due_label,
)

if TYPE_CHECKING:
    from workstation.services.staff.dto import DueItem

_EMPLOYED = ("EXISTS (SELECT * FROM staff_member, nursery WHERE staff_member.id = {t}.staff_id "
             "AND staff_member.left_on IS NULL AND nursery.id = staff_member.nursery_id AND nursery.status != ?)")


@dataclass(frozen=True)
class EarlyStaffQueue:
    """The home page's first staff reading, taken beside the sign-in (read_staff_queue): shown only
    through ServedStaffQueue, which checks the permission first."""

    today: dt.date
    count: int
    limit: int
    items: list[DueItem]


def read_staff_queue(reader: SqlReader, today: dt.date, limit: int) -> EarlyStaffQueue:
    """ServedStaffQueue's count and first `limit` lines, read before anyone has signed in (no actor:
    never shown but through ServedStaffQueue(early=...))."""
    queue = ServedStaffQueue(reader, None, today)  # type: ignore[arg-type]
    count = queue.unchecked_count(COUNT_CAP)
    return EarlyStaffQueue(today, count, limit, queue.unchecked_items(limit) if count else [])


class ServedStaffQueue:
    """StaffQueue's count and urgent first page over a SqlReader (the home page's first fill);
    `early`: the same reading taken beside the sign-in, used when it is of the same day and size."""

    def __init__(self, reader: SqlReader, actor: Actor, today: dt.date, rules: StaffRules = NATIONAL_STAFF_RULES,
                 early: EarlyStaffQueue | None = None) -> None:
        self._reader, self._actor, self._today, self._rules = reader, actor, today, rules
        self._early = early if early is not None and early.today == today and rules == NATIONAL_STAFF_RULES else None

    @property
    def within_days(self) -> int:
        return self._rules.expiring_within_days

    def count(self, cap: int = COUNT_CAP) -> int:
        require(self._actor, Action.NURSERY_VIEW)
        if self._early is not None and cap == COUNT_CAP:
            return self._early.count
        return self.unchecked_count(cap)

    def unchecked_count(self, cap: int) -> int:
        sql, params = zip(*self._branches(None), strict=True)
        return int(self._reader.rows(f"SELECT count(*) FROM ({' UNION ALL '.join(sql)} LIMIT ?) AS due",
                                     (*[p for ps in params for p in ps], cap))[0][0] or 0)

    def items(self, limit: int = 50) -> list[DueItem]:
        """The first `limit` lines in StaffQueue's URGENT order: banned on post, upcoming, then expired."""
        require(self._actor, Action.NURSERY_VIEW)
        early = self._early
        if early is not None and (limit == early.limit or early.count < early.limit):
            return list(early.items[:limit])
        return self.unchecked_items(limit)

    def unchecked_items(self, limit: int) -> list[DueItem]:
        rows = self._read(EXPIRED, True, limit, bans_only=True)
        if len(rows) < limit:
            rows += self._read(UPCOMING, False, limit - len(rows))
        if len(rows) < limit:
            rows += self._read(EXPIRED, True, limit - len(rows), bans=False)
        return rows[:limit]

    def _read(self, state: str, descending: bool, limit: int, bans: bool = True,
              bans_only: bool = False) -> list[DueItem]:
        if limit <= 0:
            return []
        from workstation.services.staff.dto import DueItem  # (only when there is a line to show)

        branches = self._branches(state)
        branches = branches[-1:] if bans_only else branches if bans else branches[:-1]
        order = "due DESC" if descending else "due"
        inner = " UNION ALL ".join(f"SELECT * FROM ({sql} ORDER BY {order} LIMIT ?) AS b{i}"
                             for i, (sql, _) in enumerate(branches))
        params = [p for _, ps in branches for p in (*ps, limit)]
        rows = self._reader.rows(
            f"SELECT q.nursery_id, nursery.name, q.staff_id, staff_member.name, q.what, q.due FROM ({inner}) AS q "
            f"JOIN nursery ON nursery.id = q.nursery_id JOIN staff_member ON staff_member.id = q.staff_id "
            f"ORDER BY q.{order}, nursery.name_pinyin, staff_member.name_pinyin, q.staff_id LIMIT ?", (*params, limit))
        return [DueItem(n, nursery, s, staff, due_label(what), dt.date.fromisoformat(due), what.startswith(BAN))
                for n, nursery, s, staff, what, due in rows]

    def _branches(self, state: str | None) -> list[tuple[str, tuple]]:
        """StaffQueue._branches in plain SQL (SQLite's and PostgreSQL's): (select, parameters) of credentials, health, background, bans."""
        today = self._today
        horizon = (today + dt.timedelta(days=self._rules.expiring_within_days)).isoformat()
        cancelled = InstitutionStatus.CANCELLED.value

        def window(due: str) -> tuple[str, tuple]:
            if state == UPCOMING:
                return f"{due} >= ? AND {due} <= ?", (today.isoformat(), horizon)
            if state == EXPIRED:
                return f"{due} < ?", (today.isoformat(),)
            return f"{due} <= ?", (horizon,)

        w, wp = window("c.valid_until")
        credentials = (
            f"SELECT c.nursery_id AS nursery_id, c.staff_id AS staff_id, CAST(c.kind AS VARCHAR) AS what, "
            f"c.valid_until AS due FROM staff_credential AS c WHERE {w} AND {_EMPLOYED.format(t='c')} AND NOT EXISTS "
            f"(SELECT * FROM staff_credential AS l WHERE l.staff_id = c.staff_id AND l.kind = c.kind AND "
            f"(l.valid_until IS NULL OR l.valid_until > c.valid_until OR l.valid_until = c.valid_until AND l.id > c.id))",
            (*wp, cancelled))
        w, wp = window("h.valid_until")
        health = (
            f"SELECT h.nursery_id AS nursery_id, h.staff_id AS staff_id, ? AS what, h.valid_until AS due "
            f"FROM staff_health_check AS h WHERE {w} AND h.result = ? AND {_EMPLOYED.format(t='h')} AND NOT EXISTS "
            f"(SELECT * FROM staff_health_check AS l WHERE l.staff_id = h.staff_id AND l.result = ? AND "
            f"(l.valid_until > h.valid_until OR l.valid_until = h.valid_until AND l.id > h.id))",
            (HEALTH, *wp, HEALTH_PASS, cancelled, HEALTH_PASS))
        w, wp = window("b.next_due")
        background = (
            f"SELECT b.nursery_id AS nursery_id, b.staff_id AS staff_id, ? AS what, b.next_due AS due "
            f"FROM staff_background_check AS b WHERE {w} AND {_EMPLOYED.format(t='b')} AND NOT EXISTS "
            f"(SELECT * FROM staff_background_check AS l WHERE l.staff_id = b.staff_id AND "
            f"(l.next_due > b.next_due OR l.next_due = b.next_due AND l.id > b.id))",
            (BACKGROUND, *wp, cancelled))
        banned = "ban.decided_on <= ?" if state != UPCOMING else "0 = 1"
        on_post = (
            f"SELECT staff_member.nursery_id AS nursery_id, staff_member.id AS staff_id, "
            f"? || ban.decision_no AS what, ban.decided_on AS due FROM staff_member "
            f"JOIN staff_ban AS ban ON ban.id_no = staff_member.id_no AND ban.lifted_on IS NULL "
            f"JOIN nursery ON nursery.id = staff_member.nursery_id "
            f"WHERE staff_member.left_on IS NULL AND nursery.status != ? AND {banned}",
            (BAN, cancelled, *((today.isoformat(),) if state != UPCOMING else ())))
        return [credentials, health, background, on_post]
