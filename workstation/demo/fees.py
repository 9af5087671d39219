"""Demo fee data: district guidance prices (two versions) and every filed nursery's fee history.

Runs inside the demo's transaction after the nurseries are written; rows are bulk-inserted.
Some inclusive or non-profit nurseries charge above the cap and some latest schedules were
never publicised, so the fees page has something to flag. Same seed, same rows.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections import defaultdict

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from workstation.db.base import utcnow
from workstation.db.id_blocks import IdSource
from workstation.db.orm import Nursery, NurseryServiceType
from workstation.db.orm.fees import FeeItemRow, FeePublicity, FeeRule, FeeRuleCap, FeeSchedule
from workstation.domain.enums import ServiceType
from workstation.domain.fees import DEFAULT_UNIT, FeeItemKind, FeeUnit, PublicityChannel, cap_applies
from workstation.services.fees import CHARGING

# Guidance caps in fen per service type (units as DEFAULT_UNIT), and the later, raised version.
BATCH_SIZE = 5000  # nurseries whose fee rows are built before they are inserted
CAPS = {ServiceType.FULL_DAY: 200000, ServiceType.HALF_DAY: 120000, ServiceType.HOURLY: 4000,
        ServiceType.TEMPORARY: 15000}
RAISE = 1.05
# Market prices in yuan (low, high) per service type.
MARKET = {ServiceType.FULL_DAY: (2600, 6200), ServiceType.HALF_DAY: (1500, 3200), ServiceType.HOURLY: (45, 90),
          ServiceType.TEMPORARY: (160, 320)}
COVERS = {ServiceType.FULL_DAY: "全日保育照护、早期发展活动", ServiceType.HALF_DAY: "上午或下午半日保育照护",
          ServiceType.HOURLY: "按实际托育时长计费", ServiceType.TEMPORARY: "当日保育照护（不含餐）"}
OVER_CAP_SHARE = 0.15
UNPUBLICISED_SHARE = 0.18
CHANNELS = (PublicityChannel.NOTICE_BOARD, PublicityChannel.NOTICE_BOARD, PublicityChannel.ONLINE,
            PublicityChannel.PARENT_LETTER)


def add_demo_fees(session: Session, seed: int, today: dt.date, who: str) -> None:
    """Write fee rules and fee schedules (with items and publicity) for the demo's filed nurseries."""
    writer = _FeeWriter(session, seed, today, who)
    writer.rules()
    writer.schedules()


class _FeeWriter:
    def __init__(self, session: Session, seed: int, today: dt.date, who: str) -> None:
        self.session, self.today, self.who, self.now = session, today, who, utcnow()
        self.rng = random.Random(f"demo:{seed}:fees")
        self.uuid_rng = random.Random(f"demo:{seed}:fees-uuid")
        self.rows: dict[str, list[dict]] = defaultdict(list)
        self.ids = IdSource(session)  # assigned by the database: a later save never meets them

    def rules(self) -> None:
        if self.session.scalar(select(func.count()).select_from(FeeRule)):
            return
        for years_back, factor in ((3, 1.0), (0, RAISE)):
            start = dt.date(self.today.year - years_back, 1, 1)
            rule_id = self.session.execute(insert(FeeRule.__table__).values(
                effective_from=start, cap_includes_meals=False, max_changes=None, window_months=12,
                health_phone="", price_phone="", note="演示：区卫生健康委、发展改革委联合发布的普惠托育指导价",
                **self.bookkeeping())).inserted_primary_key[0]
            self.session.execute(insert(FeeRuleCap.__table__), [
                {"rule_id": rule_id, "service_type": st, "unit": DEFAULT_UNIT[st], "cap_fen": _round(cap * factor)}
                for st, cap in CAPS.items()])

    def schedules(self) -> None:
        types: dict[int, list[ServiceType]] = defaultdict(list)
        for nursery_id, service_type in self.session.execute(
                select(NurseryServiceType.nursery_id, NurseryServiceType.service_type)):
            types[nursery_id].append(service_type)
        stmt = (select(Nursery.id, Nursery.legal_nature, Nursery.inclusive, Nursery.filed_at, Nursery.provides_meals)
                .where(Nursery.status.in_(CHARGING), Nursery.filed_at.is_not(None)).order_by(Nursery.id))
        for number, row in enumerate(self.session.execute(stmt).all(), start=1):
            offered = sorted(types.get(row.id, []), key=list(ServiceType).index)
            if offered:
                self.nursery(row, offered)
            if number % BATCH_SIZE == 0:
                self.flush()
        self.flush()

    def flush(self) -> None:
        """Insert the rows built so far (in batches: a large demo's rows never all at once)."""
        for table in (FeeSchedule, FeeItemRow, FeePublicity):
            if self.rows[table.__tablename__]:
                self.session.execute(insert(table.__table__), self.rows[table.__tablename__])
                self.rows[table.__tablename__].clear()

    def nursery(self, row, offered: list[ServiceType]) -> None:
        starts = self.starts(row.filed_at.date())
        capped = cap_applies(row.legal_nature, row.inclusive)
        over = capped and self.rng.random() < OVER_CAP_SHARE
        prices = {st: self.first_price(st, capped) for st in offered}
        for number, start in enumerate(starts):
            latest = number == len(starts) - 1
            end = starts[number + 1] - dt.timedelta(days=1) if not latest else None
            schedule_id = self.schedule(row.id, start, end)
            if latest and capped:
                prices = self.latest_capped(prices, over)
            self.items(schedule_id, prices, row.provides_meals)
            if self.rng.random() >= (UNPUBLICISED_SHARE if latest else 0.04):
                self.publicity(schedule_id, start)
            prices = {st: _round(p * self.rng.uniform(1.0, 1.06)) for st, p in prices.items()}

    def latest_capped(self, prices: dict[ServiceType, int], over: bool) -> dict[ServiceType, int]:
        """Above today's cap by 3-25 % when `over`, else at most the cap."""
        caps = {st: _round(CAPS[st] * RAISE) for st in prices}
        if over:
            return {st: _round(caps[st] * self.rng.uniform(1.03, 1.25)) for st in prices}
        return {st: min(p, caps[st]) for st, p in prices.items()}

    def starts(self, filed: dt.date) -> list[dt.date]:
        first = min(filed + dt.timedelta(days=self.rng.randint(0, 30)), self.today)
        changes = self.rng.choice((0, 0, 1, 1, 2))
        later = {dt.date(first.year + n, self.rng.choice((1, 3, 9)), 1) for n in range(1, changes + 1)}
        return [first, *sorted(d for d in later if first < d <= self.today)]

    def first_price(self, service_type: ServiceType, capped: bool) -> int:
        if capped:
            return _round(CAPS[service_type] * self.rng.uniform(0.7, 0.97))
        low, high = MARKET[service_type]
        return _round(self.rng.uniform(low, high) * 100)

    def schedule(self, nursery_id: int, start: dt.date, end: dt.date | None) -> int:
        schedule_id = self.ids.take(FeeSchedule)
        self.rows["fee_schedule"].append({"id": schedule_id, "nursery_id": nursery_id, "effective_from": start,
                                          "effective_to": end, "note": "", **self.bookkeeping()})
        return schedule_id

    def items(self, schedule_id: int, prices: dict[ServiceType, int], meals: bool) -> None:
        rows: list[dict] = []
        for service_type, price in prices.items():
            unit = DEFAULT_UNIT[service_type]
            rows.append(_item(schedule_id, len(rows), service_type, FeeItemKind.CARE, "保育费", price, unit,
                              COVERS[service_type]))
            if meals and service_type is ServiceType.FULL_DAY:
                rows.append(_item(schedule_id, len(rows), service_type, FeeItemKind.MEAL, "伙食费",
                                  _round(self.rng.uniform(300, 700) * 100), unit, "早餐、午餐、午点，专款专用"))
        if self.rng.random() < 0.2:
            first = next(iter(prices))
            rows.append(_item(schedule_id, len(rows), first, FeeItemKind.OTHER, "报名建档费",
                              self.rng.choice((10000, 20000, 30000)), FeeUnit.SESSION, "一次性收取"))
        self.rows["fee_item"].extend(rows)

    def publicity(self, schedule_id: int, start: dt.date) -> None:
        day = min(start - dt.timedelta(days=self.rng.randint(3, 20)), self.today)
        self.rows["fee_publicity"].append({
            "id": self.ids.take(FeePublicity), "schedule_id": schedule_id, "channel": self.rng.choice(CHANNELS),
            "publicised_on": day, "note": "", "evidence_name": "", "evidence_sha256": "", **self.bookkeeping()})

    def bookkeeping(self) -> dict:
        return {"uuid": str(uuid.UUID(int=self.uuid_rng.getrandbits(128), version=4)), "created_at": self.now,
                "created_by": self.who, "updated_at": self.now, "updated_by": self.who, "version": 1}


def _item(schedule_id: int, position: int, service_type: ServiceType, kind: FeeItemKind, name: str,
          amount: int, unit, covers: str) -> dict:
    return {"schedule_id": schedule_id, "position": position, "service_type": service_type, "kind": kind,
            "name": name, "amount_fen": amount, "unit": unit, "covers": covers}


def _round(fen: float) -> int:
    """Whole ten yuan for monthly-size amounts, whole yuan for small ones (as nurseries price)."""
    step = 1000 if fen >= 50000 else 100
    return max(step, int(round(fen / step)) * step)
