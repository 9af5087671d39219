"""The home page's staff queue: certificates and health certificates expiring within the window or
expired, and criminal-record queries due or overdue, of staff employed today (COUNT + LIMIT)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import Select, String, and_, exists, false, func, literal, or_, select, union_all
from sqlalchemy.orm import Session, aliased, sessionmaker

from workstation.db.orm import Nursery
from workstation.db.orm.staff import (
    StaffBackgroundCheck,
    StaffBan,
    StaffCredential,
    StaffHealthCheck,
    StaffMember,
)
from workstation.domain.enums import InstitutionStatus
from workstation.domain.permissions import Action
from workstation.domain.staff import HealthResult
from workstation.domain.staff_rules import NATIONAL_STAFF_RULES, StaffRules
from workstation.services.common.context import Actor
from workstation.services.common.uow import reading
from workstation.services.staff.dto import DueItem
from workstation.services.staff.queue_labels import (
    ASCENDING,
    BACKGROUND,
    BAN,
    COUNT_CAP,
    DESCENDING,
    EXPIRED,
    HEALTH,
    UPCOMING,
    URGENT,
    due_label,
)

__all__ = ["ASCENDING", "COUNT_CAP", "DESCENDING", "EXPIRED", "UPCOMING", "URGENT", "StaffQueue"]



class StaffQueue:
    def __init__(self, factory: sessionmaker[Session], actor: Actor,
                 today: Callable[[], dt.date] = dt.date.today, rules: StaffRules = NATIONAL_STAFF_RULES) -> None:
        self._factory, self._actor, self._today, self._rules = factory, actor, today, rules

    @property
    def within_days(self) -> int:
        return self._rules.expiring_within_days

    def count(self, cap: int = COUNT_CAP, state: str | None = None) -> int:
        """How many lines are due, counted up to `cap` (the home page shows "cap+" beyond it);
        `state` UPCOMING or EXPIRED counts only those due from today on or before today."""
        with reading(self._factory, self._actor, Action.NURSERY_VIEW) as session:
            inner = union_all(*self._branches(state)).limit(cap).subquery()
            return session.scalar(select(func.count()).select_from(inner)) or 0

    def items(self, limit: int = 50, offset: int = 0, state: str | None = None,
              order: str = URGENT) -> list[DueItem]:
        """A page of the lines. URGENT order puts what runs out next first (soonest upcoming), then
        what ran out most recently, so a long-expired backlog cannot hide an item due in 20 days;
        a banned person still on post (禁入人员在岗) comes before all;
        ASCENDING and DESCENDING order by the due date alone."""
        wanted = offset + limit
        if order != URGENT:
            return self._read(state, order == DESCENDING, wanted)[offset:]
        rows = self._read(EXPIRED, True, wanted, bans_only=True) if state in (None, EXPIRED) else []
        if state in (None, UPCOMING) and len(rows) < wanted:
            rows += self._read(UPCOMING, False, wanted - len(rows))
        if state in (None, EXPIRED) and len(rows) < wanted:
            rows += self._read(EXPIRED, True, wanted - len(rows), bans=False)
        return rows[offset:offset + limit]

    def _read(self, state: str | None, descending: bool, limit: int, bans: bool = True,
              bans_only: bool = False) -> list[DueItem]:
        if limit <= 0:
            return []
        branches = self._branches(state)
        branches = branches[-1:] if bans_only else branches if bans else branches[:-1]
        with reading(self._factory, self._actor, Action.NURSERY_VIEW) as session:
            # Each kind read in due order through its index, stopping at `limit`; then merged.
            def ordered(branch: Select) -> Select:
                due = branch.selected_columns.due
                return branch.order_by(due.desc() if descending else due).limit(limit)
            inner = union_all(*(select(ordered(b).subquery()) for b in branches)).subquery()
            rows = session.execute(
                select(inner.c.nursery_id, Nursery.name, inner.c.staff_id, StaffMember.name, inner.c.what,
                       inner.c.due)
                .join(Nursery, Nursery.id == inner.c.nursery_id)
                .join(StaffMember, StaffMember.id == inner.c.staff_id)
                .order_by(inner.c.due.desc() if descending else inner.c.due, Nursery.name_pinyin.nulls_first(),
                          StaffMember.name_pinyin.nulls_first(), inner.c.staff_id)
                .limit(limit))
            return [DueItem(n, nursery, s, staff, due_label(what), due, what.startswith(BAN))
                    for n, nursery, s, staff, what, due in rows]

    def _branches(self, state: str | None = None) -> tuple[Select, Select, Select, Select]:
        """Rows due by the horizon, read through the expiry indexes; a row counts only when no later
        one of the same staff member (and certificate kind) runs past the horizon."""
        today = self._today()
        horizon = today + dt.timedelta(days=self._rules.expiring_within_days)

        def window(due):
            if state == UPCOMING:
                return and_(due >= today, due <= horizon)
            if state == EXPIRED:
                return due < today
            return due <= horizon

        def employed(staff_id):
            return (exists().where(StaffMember.id == staff_id, StaffMember.left_on.is_(None))
                    .where(Nursery.id == StaffMember.nursery_id, Nursery.status != InstitutionStatus.CANCELLED))
        c, later_c = aliased(StaffCredential), aliased(StaffCredential)
        credentials = (select(c.nursery_id, c.staff_id, c.kind.cast(String).label("what"), c.valid_until.label("due"))
                       .where(window(c.valid_until), employed(c.staff_id),
                              ~exists().where(later_c.staff_id == c.staff_id, later_c.kind == c.kind,
                                              or_(later_c.valid_until.is_(None), later_c.valid_until > c.valid_until,
                                                  and_(later_c.valid_until == c.valid_until, later_c.id > c.id)))))
        h, later_h = aliased(StaffHealthCheck), aliased(StaffHealthCheck)
        health = (select(h.nursery_id, h.staff_id, literal(HEALTH).label("what"), h.valid_until.label("due"))
                  .where(window(h.valid_until), h.result == HealthResult.PASS, employed(h.staff_id),
                         ~exists().where(later_h.staff_id == h.staff_id, later_h.result == HealthResult.PASS,
                                         or_(later_h.valid_until > h.valid_until,
                                             and_(later_h.valid_until == h.valid_until, later_h.id > h.id)))))
        b, later_b = aliased(StaffBackgroundCheck), aliased(StaffBackgroundCheck)
        background = (select(b.nursery_id, b.staff_id, literal(BACKGROUND).label("what"), b.next_due.label("due"))
                      .where(window(b.next_due), employed(b.staff_id),
                             ~exists().where(later_b.staff_id == b.staff_id,
                                             or_(later_b.next_due > b.next_due,
                                                 and_(later_b.next_due == b.next_due, later_b.id > b.id)))))
        ban = aliased(StaffBan)
        on_post = (select(StaffMember.nursery_id, StaffMember.id.label("staff_id"),
                          (literal(BAN, String) + ban.decision_no).label("what"), ban.decided_on.label("due"))
                   .join(ban, and_(ban.id_no == StaffMember.id_no, ban.lifted_on.is_(None)))
                   .join(Nursery, Nursery.id == StaffMember.nursery_id)
                   .where(StaffMember.left_on.is_(None), Nursery.status != InstitutionStatus.CANCELLED,
                          ban.decided_on <= today if state != UPCOMING else false()))
        return credentials, health, background, on_post

