"""The district's current fees, one row per nursery (fees page list, 收费公示汇总表 register).

A handful of set-based queries whatever the number of nurseries: the schedules in force,
their items and publicity, and (when the frequency check is on) every start date.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from ..db.orm import Nursery, Street
from ..db.orm.fees import FeeItemRow, FeePublicity, FeeSchedule
from ..domain.enums import InstitutionStatus as Status
from ..domain.fees import FeeItem, FeeRules, Period, cap_findings, frequency_finding, publicity_finding
from .fees_dto import CurrentFees
from .fees_store import rules_on

# Nurseries expected to have fees on record: filed and not (yet) cancelled.
CHARGING = (Status.FILED, Status.OPERATING, Status.UNDER_NOTICE, Status.CHANGING, Status.SUSPENDED,
            Status.CANCELLING)


def current_fees_by_nursery(session: Session, as_of: dt.date) -> Iterator[CurrentFees]:
    """Yield every charging nursery (and any other with a schedule in force) with its fees on `as_of`.

    Rows come in name order; checks use the fee rules in force on `as_of`.
    """
    rules = rules_on(session, as_of)
    in_force = _in_force(session, as_of)
    items = _items(session, as_of)
    publicised = _publicised(session, as_of)
    starts = _starts(session, as_of) if rules.max_changes is not None else {}
    stmt = (select(Nursery.id, Nursery.name, Nursery.uscc, Street.name.label("street"), Nursery.legal_nature,
                   Nursery.inclusive, Nursery.status)
            .outerjoin(Street, Street.id == Nursery.street_id)
            .where(or_(Nursery.status.in_(CHARGING), Nursery.id.in_(_in_force_query(as_of)
                                                                   .with_only_columns(FeeSchedule.nursery_id))))
            .order_by(Nursery.name, Nursery.id))
    for row in session.execute(stmt):
        schedule = in_force.get(row.id)
        schedule_id, start = schedule if schedule else (None, None)
        own = tuple(items.get(schedule_id, ())) if schedule_id else ()
        findings = _findings(row, rules, as_of, start, own, schedule_id in publicised, starts.get(row.id, []))
        yield CurrentFees(row.id, row.name, row.uscc or "", row.street or "", row.legal_nature, row.inclusive,
                          row.status, schedule_id, start, own, schedule_id in publicised, tuple(findings))


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


def _in_force(session: Session, as_of: dt.date) -> dict[int, tuple[int, dt.date]]:
    return {r.nursery_id: (r.id, r.effective_from) for r in session.execute(_in_force_query(as_of))}


def _items(session: Session, as_of: dt.date) -> dict[int, list[FeeItem]]:
    i = FeeItemRow
    stmt = (select(i.schedule_id, i.service_type, i.kind, i.name, i.amount_fen, i.unit, i.covers)
            .join(FeeSchedule, FeeSchedule.id == i.schedule_id)
            .where(FeeSchedule.effective_from <= as_of,
                   or_(FeeSchedule.effective_to.is_(None), FeeSchedule.effective_to >= as_of))
            .order_by(i.schedule_id, i.position, i.id))
    found: dict[int, list[FeeItem]] = defaultdict(list)
    for schedule_id, *values in session.execute(stmt):
        found[schedule_id].append(FeeItem(*values))
    return found


def _publicised(session: Session, as_of: dt.date) -> set[int]:
    stmt = (select(FeePublicity.schedule_id).distinct()
            .join(FeeSchedule, and_(FeeSchedule.id == FeePublicity.schedule_id, FeeSchedule.effective_from <= as_of))
            .where(FeePublicity.publicised_on <= as_of))
    return set(session.scalars(stmt))


def _starts(session: Session, as_of: dt.date) -> dict[int, list[dt.date]]:
    found: dict[int, list[dt.date]] = defaultdict(list)
    stmt = select(FeeSchedule.nursery_id, FeeSchedule.effective_from).where(FeeSchedule.effective_from <= as_of)
    for nursery_id, start in session.execute(stmt):
        found[nursery_id].append(start)
    return found
