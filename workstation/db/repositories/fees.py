"""Fee queries shared by the services (fees page) and the exports (收费公示汇总表 register).

The district's current fees, one row per nursery, in a handful of set-based queries whatever
the number of nurseries: the schedules in force, their items and publicity, and (when the
frequency check is on) every start date. Also the fee rule version in force on a day.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session, selectinload

from workstation.db.orm import Nursery, Street
from workstation.db.orm.fees import FeeItemRow, FeePublicity, FeeRule, FeeSchedule
from workstation.domain.enums import InstitutionStatus, LegalNature, ServiceType
from workstation.domain.enums import InstitutionStatus as Status
from workstation.domain.fees import (
    NO_RULES,
    FeeCap,
    FeeFinding,
    FeeItem,
    FeeItemKind,
    FeeRules,
    Period,
    cap_findings,
    frequency_finding,
    publicity_finding,
)

# Nurseries expected to have fees on record: filed and not (yet) cancelled.
CHARGING = (Status.FILED, Status.OPERATING, Status.UNDER_NOTICE, Status.CHANGING, Status.SUSPENDED,
            Status.CANCELLING)


@dataclass(frozen=True)
class CurrentFees:
    """One nursery's fees in force on a date, with what the checks flag (district list, 收费公示汇总表)."""

    nursery_id: int
    name: str
    uscc: str
    street: str
    legal_nature: LegalNature
    inclusive: bool
    status: InstitutionStatus
    schedule_id: int | None  # None: no schedule in force
    effective_from: dt.date | None
    items: tuple[FeeItem, ...]
    publicised: bool
    findings: tuple[FeeFinding, ...]
    publicised_on: dt.date | None = None  # the first publicity of the schedule in force (up to the date)

    def main_item(self, service_type: ServiceType) -> FeeItem | None:
        """The care fee of a service type (else its first item): the figure the list shows and sorts by."""
        items = [i for i in self.items if i.service_type is service_type]
        return next((i for i in items if i.kind is FeeItemKind.CARE), items[0] if items else None)

    @property
    def over_cap(self) -> tuple[FeeFinding, ...]:
        return tuple(f for f in self.findings if f.code == "FEE-CAP")

    @property
    def excess_fen(self) -> int:
        return max((f.excess_fen for f in self.over_cap), default=0)


def rules_on(session: Session, day: dt.date) -> FeeRules:
    """The fee rule version in force on `day` (no caps when none is)."""
    stmt = (select(FeeRule).where(FeeRule.effective_from <= day).order_by(FeeRule.effective_from.desc())
            .limit(1).options(selectinload(FeeRule.caps)))
    row = session.scalars(stmt).first()
    return to_rules(row) if row is not None else NO_RULES


def to_rules(row: FeeRule) -> FeeRules:
    caps = tuple(FeeCap(c.service_type, c.unit, c.cap_fen) for c in row.caps)
    return FeeRules(row.effective_from, caps, row.cap_includes_meals, row.max_changes, row.window_months,
                    row.health_phone, row.price_phone, row.note, row.id)


def _listed(as_of: dt.date, where: Sequence[ColumnElement[bool]]) -> list[ColumnElement[bool]]:
    """Charging nurseries and any other with a schedule in force, narrowed by `where`."""
    scheduled = _in_force_query(as_of).with_only_columns(FeeSchedule.nursery_id)
    return [or_(Nursery.status.in_(CHARGING), Nursery.id.in_(scheduled)), *where]


def count_current_fees(session: Session, as_of: dt.date, where: Sequence[ColumnElement[bool]] = ()) -> int:
    """How many nurseries `current_fees_by_nursery` yields with the same arguments."""
    stmt = select(func.count()).select_from(Nursery).where(*_listed(as_of, where))
    return int(session.scalar(stmt) or 0)


def current_fees_by_nursery(session: Session, as_of: dt.date, where: Sequence[ColumnElement[bool]] = (), *,
                            by_street: bool = False, nursery_ids: Sequence[int] | None = None,
                            rules: FeeRules | None = None) -> Iterator[CurrentFees]:
    """Yield every charging nursery (and any other with a schedule in force) with its fees on `as_of`.

    `where` narrows the nurseries (conditions on Nursery); `nursery_ids` narrows them to those ids
    and reads only their schedules (a page of the fee list). Rows come in name order, or by street
    code (no street last) and then name when `by_street`; checks use the fee rules in force on `as_of`
    (`rules`, when the caller has read them already).
    """
    ids = None if nursery_ids is None else list(nursery_ids)
    rules = rules_on(session, as_of) if rules is None else rules
    in_force = _in_force(session, as_of, ids)
    items = _items(session, as_of, ids)
    publicised = _publicised(session, as_of, ids)
    starts = _starts(session, as_of, ids) if rules.max_changes is not None else {}
    order = (Street.code.is_(None), Street.code) if by_street else ()
    # Ids come from a page of the list: already listed, so the (whole-table) listing test is skipped.
    listed = [*where, Nursery.id.in_(ids)] if ids is not None else _listed(as_of, where)
    stmt = (select(Nursery.id, Nursery.name, Nursery.uscc, Street.name.label("street"), Nursery.legal_nature,
                   Nursery.inclusive, Nursery.status)
            .outerjoin(Street, Street.id == Nursery.street_id)
            .where(*listed)
            .order_by(*order, Nursery.name_pinyin, Nursery.id))
    for row in session.execute(stmt):
        schedule = in_force.get(row.id)
        schedule_id, start = schedule if schedule else (None, None)
        own = tuple(items.get(schedule_id, ())) if schedule_id else ()
        first_publicity = publicised.get(schedule_id) if schedule_id else None
        findings = _findings(row, rules, as_of, start, own, first_publicity is not None, starts.get(row.id, []))
        yield CurrentFees(row.id, row.name, row.uscc or "", row.street or "", row.legal_nature, row.inclusive,
                          row.status, schedule_id, start, own, first_publicity is not None, tuple(findings),
                          first_publicity)


def _findings(row, rules: FeeRules, as_of: dt.date, start: dt.date | None, items: tuple[FeeItem, ...],
              publicised: bool, starts: list[dt.date]) -> list:
    if start is None:
        return []
    findings = cap_findings(items, rules, row.legal_nature, row.inclusive)
    if not publicised:
        findings.append(publicity_finding(Period(start)))
    frequency = frequency_finding(starts, rules, as_of)
    return findings + ([frequency] if frequency else [])


def _in_force_query(as_of: dt.date):
    return select(FeeSchedule.id, FeeSchedule.nursery_id, FeeSchedule.effective_from).where(
        FeeSchedule.effective_from <= as_of,
        or_(FeeSchedule.effective_to.is_(None), FeeSchedule.effective_to >= as_of))


def _in_force(session: Session, as_of: dt.date, ids: list[int] | None = None) -> dict[int, tuple[int, dt.date]]:
    stmt = _in_force_query(as_of)
    if ids is not None:
        stmt = stmt.where(FeeSchedule.nursery_id.in_(ids))
    return {r.nursery_id: (r.id, r.effective_from) for r in session.execute(stmt)}


def _items(session: Session, as_of: dt.date, ids: list[int] | None = None) -> dict[int, list[FeeItem]]:
    i = FeeItemRow
    stmt = (select(i.schedule_id, i.service_type, i.kind, i.name, i.amount_fen, i.unit, i.covers)
            .join(FeeSchedule, FeeSchedule.id == i.schedule_id)
            .where(FeeSchedule.effective_from <= as_of,
                   or_(FeeSchedule.effective_to.is_(None), FeeSchedule.effective_to >= as_of))
            .order_by(i.schedule_id, i.position, i.id))
    if ids is not None:
        stmt = stmt.where(FeeSchedule.nursery_id.in_(ids))
    found: dict[int, list[FeeItem]] = defaultdict(list)
    for schedule_id, *values in session.execute(stmt):
        found[schedule_id].append(FeeItem(*values))
    return found


def _publicised(session: Session, as_of: dt.date, ids: list[int] | None = None) -> dict[int, dt.date]:
    """Schedule id -> the first day it was publicised (on or before `as_of`)."""
    stmt = (select(FeePublicity.schedule_id, func.min(FeePublicity.publicised_on))
            .join(FeeSchedule, and_(FeeSchedule.id == FeePublicity.schedule_id, FeeSchedule.effective_from <= as_of))
            .where(FeePublicity.publicised_on <= as_of)
            .group_by(FeePublicity.schedule_id))
    if ids is not None:
        stmt = stmt.where(FeeSchedule.nursery_id.in_(ids))
    return {schedule_id: day for schedule_id, day in session.execute(stmt)}


def _starts(session: Session, as_of: dt.date, ids: list[int] | None = None) -> dict[int, list[dt.date]]:
    found: dict[int, list[dt.date]] = defaultdict(list)
    stmt = select(FeeSchedule.nursery_id, FeeSchedule.effective_from).where(FeeSchedule.effective_from <= as_of)
    if ids is not None:
        stmt = stmt.where(FeeSchedule.nursery_id.in_(ids))
    for nursery_id, start in session.execute(stmt):
        found[nursery_id].append(start)
    return found
