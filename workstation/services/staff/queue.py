"""The home page's staff queue: certificates and health certificates expiring within the window or
expired, and criminal-record queries due or overdue, of staff employed today (COUNT + LIMIT)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import Select, String, func, literal, select, union_all
from sqlalchemy.orm import Session, sessionmaker

from workstation.db.orm import Nursery
from workstation.db.orm.staff import StaffBackgroundCheck, StaffCredential, StaffHealthCheck, StaffMember
from workstation.domain.enums import InstitutionStatus
from workstation.domain.permissions import Action
from workstation.domain.staff import CredentialKind, HealthResult
from workstation.domain.staff_rules import NATIONAL_STAFF_RULES, StaffRules
from workstation.services.common.context import Actor
from workstation.services.common.uow import reading
from workstation.services.staff.dto import DueItem

_NEVER = dt.date(9999, 12, 31)
_HEALTH = "HEALTH"
_BACKGROUND = "BACKGROUND"


class StaffQueue:
    def __init__(self, factory: sessionmaker[Session], actor: Actor,
                 today: Callable[[], dt.date] = dt.date.today, rules: StaffRules = NATIONAL_STAFF_RULES) -> None:
        self._factory, self._actor, self._today, self._rules = factory, actor, today, rules

    @property
    def within_days(self) -> int:
        return self._rules.expiring_within_days

    def count(self) -> int:
        with reading(self._factory, self._actor, Action.NURSERY_VIEW) as session:
            inner = self._due().subquery()
            return session.scalar(select(func.count()).select_from(inner)) or 0

    def items(self, limit: int = 50) -> list[DueItem]:
        """The most urgent first (earliest date)."""
        with reading(self._factory, self._actor, Action.NURSERY_VIEW) as session:
            inner = self._due().subquery()
            rows = session.execute(
                select(inner.c.nursery_id, Nursery.name, inner.c.staff_id, StaffMember.name, inner.c.what,
                       inner.c.due)
                .join(Nursery, Nursery.id == inner.c.nursery_id)
                .join(StaffMember, StaffMember.id == inner.c.staff_id)
                .order_by(inner.c.due, Nursery.name, StaffMember.name).limit(limit))
            return [DueItem(n, nursery, s, staff, _label(what), due) for n, nursery, s, staff, what, due in rows]

    def _due(self) -> Select:
        horizon = self._today() + dt.timedelta(days=self._rules.expiring_within_days)
        employed = (select(StaffMember.id).join(Nursery, Nursery.id == StaffMember.nursery_id)
                    .where(StaffMember.left_on.is_(None), Nursery.status != InstitutionStatus.CANCELLED))
        credential = func.max(func.coalesce(StaffCredential.valid_until, _NEVER))
        credentials = (select(StaffCredential.nursery_id, StaffCredential.staff_id,
                              StaffCredential.kind.cast(String).label("what"), credential.label("due"))
                       .where(StaffCredential.staff_id.in_(employed))
                       .group_by(StaffCredential.staff_id, StaffCredential.kind)
                       .having(credential <= horizon))
        health_due = func.max(StaffHealthCheck.valid_until)
        health = (select(StaffHealthCheck.nursery_id, StaffHealthCheck.staff_id, literal(_HEALTH).label("what"),
                         health_due.label("due"))
                  .where(StaffHealthCheck.staff_id.in_(employed), StaffHealthCheck.result == HealthResult.PASS)
                  .group_by(StaffHealthCheck.staff_id).having(health_due <= horizon))
        background_due = func.max(StaffBackgroundCheck.next_due)
        background = (select(StaffBackgroundCheck.nursery_id, StaffBackgroundCheck.staff_id,
                             literal(_BACKGROUND).label("what"), background_due.label("due"))
                      .where(StaffBackgroundCheck.staff_id.in_(employed))
                      .group_by(StaffBackgroundCheck.staff_id).having(background_due <= horizon))
        return union_all(credentials, health, background)


def _label(what: str) -> str:
    if what == _HEALTH:
        return "健康合格证"
    if what == _BACKGROUND:
        return "违法犯罪记录查询（每年复查）"
    return CredentialKind(what).zh
