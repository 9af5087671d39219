"""Demo nurseries: every nursery planned first (filing numbers need them all), then built as plain
dicts and bulk-inserted batch by batch. Used by services/demo.py inside its one transaction."""

from __future__ import annotations

import datetime as dt
import math
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from itertools import accumulate

from sqlalchemy import insert
from sqlalchemy.orm import Session

from workstation.db.base import utcnow
from workstation.db.id_blocks import IdSource
from workstation.db.orm import Nursery, NurseryClass, NurseryServiceType
from workstation.demo import names as text
from workstation.demo.stamps import office_time
from workstation.domain.codes import make_uscc
from workstation.domain.enums import ClassType, DemonstrationLevel, LegalNature, ServiceType
from workstation.domain.enums import InstitutionKind as Kind
from workstation.domain.enums import InstitutionStatus as Status
from workstation.domain.errors import DomainError
from workstation.domain.routing import Route

BATCH_SIZE = 5000


NATURES = text.Weighted([(LegalNature.FOR_PROFIT, 65), (LegalNature.SOCIAL_SERVICE, 20),
                 (LegalNature.PUBLIC_INSTITUTION, 10), (LegalNature.INDIVIDUAL_BUSINESS, 5)])
KINDS = {
    LegalNature.FOR_PROFIT: text.Weighted([(Kind.STANDALONE, 58), (Kind.HOME_BASED, 12), (Kind.COMMUNITY, 8),
                                   (Kind.EMPLOYER_RUN, 6), (Kind.KINDERGARTEN_CLASS, 8),
                                   (Kind.COMPREHENSIVE_CENTRE, 8)]),
    LegalNature.SOCIAL_SERVICE: text.Weighted([(Kind.STANDALONE, 35), (Kind.KINDERGARTEN_CLASS, 35), (Kind.COMMUNITY, 20),
                                       (Kind.COMPREHENSIVE_CENTRE, 5), (Kind.EMPLOYER_RUN, 5)]),
    LegalNature.PUBLIC_INSTITUTION: text.Weighted([(Kind.KINDERGARTEN_CLASS, 45), (Kind.COMMUNITY, 25),
                                           (Kind.EMPLOYER_RUN, 20), (Kind.COMPREHENSIVE_CENTRE, 10)]),
    LegalNature.INDIVIDUAL_BUSINESS: text.Weighted([(Kind.HOME_BASED, 70), (Kind.STANDALONE, 30)]),
}
STATUSES = text.Weighted([(Status.OPERATING, 45), (Status.FILED, 18), (Status.REGISTERED, 12), (Status.FILING, 6),
                  (Status.INTAKE, 6), (Status.UNDER_NOTICE, 2), (Status.CHANGING, 3), (Status.SUSPENDED, 2),
                  (Status.CANCELLING, 1), (Status.CANCELLED, 3), (Status.CLOSED_UNFILED, 2)])
LEVELS = text.Weighted([(DemonstrationLevel.COUNTY, 60), (DemonstrationLevel.MUNICIPAL, 28),
                (DemonstrationLevel.PROVINCIAL, 11), (DemonstrationLevel.NATIONAL, 1)])
FILED = frozenset({Status.FILED, Status.OPERATING, Status.UNDER_NOTICE, Status.CHANGING, Status.SUSPENDED,
                   Status.CANCELLING, Status.CANCELLED})
# Share of places taken, by status (closed, suspended and not-yet-registered nurseries have none).
OCCUPANCY = {Status.OPERATING: (0.45, 1.0), Status.FILED: (0.4, 1.0), Status.UNDER_NOTICE: (0.4, 1.0),
             Status.CHANGING: (0.45, 1.0), Status.REGISTERED: (0.0, 0.8), Status.FILING: (0.0, 0.8),
             Status.CANCELLING: (0.0, 0.3)}
USCC_PREFIX = {LegalNature.PUBLIC_INSTITUTION: "12", LegalNature.SOCIAL_SERVICE: "52",
               LegalNature.FOR_PROFIT: "91", LegalNature.INDIVIDUAL_BUSINESS: "92"}
INCLUSIVE_SHARE = {LegalNature.PUBLIC_INSTITUTION: 0.95, LegalNature.SOCIAL_SERVICE: 0.6,
                   LegalNature.FOR_PROFIT: 0.25, LegalNature.INDIVIDUAL_BUSINESS: 0.05}
# The first nurseries cover every legal nature and kind, so even a small demo shows them all.
COVER = ((LegalNature.FOR_PROFIT, Kind.STANDALONE), (LegalNature.SOCIAL_SERVICE, Kind.KINDERGARTEN_CLASS),
         (LegalNature.PUBLIC_INSTITUTION, Kind.COMMUNITY), (LegalNature.INDIVIDUAL_BUSINESS, Kind.HOME_BASED),
         (LegalNature.FOR_PROFIT, Kind.EMPLOYER_RUN), (LegalNature.PUBLIC_INSTITUTION, Kind.COMPREHENSIVE_CENTRE))

# Class type: (national maximum size, children per caregiver, name stem) — domain.md §5.1.
CLASS_RULES = {ClassType.INFANT: (10, 3, "乳儿"), ClassType.TODDLER_YOUNG: (15, 5, "托小"),
               ClassType.TODDLER_OLD: (20, 7, "托大"), ClassType.MIXED: (18, 5, "混龄")}
HOME_PLACES, HOME_RATIO = 5, 3  # domain.md §4
# Classes per kind: (class type, fewest, most).
CLASS_MIX = {
    Kind.STANDALONE: ((ClassType.INFANT, 0, 1), (ClassType.TODDLER_YOUNG, 1, 3), (ClassType.TODDLER_OLD, 1, 3),
                      (ClassType.MIXED, 0, 1)),
    Kind.COMPREHENSIVE_CENTRE: ((ClassType.INFANT, 1, 2), (ClassType.TODDLER_YOUNG, 2, 4),
                                (ClassType.TODDLER_OLD, 2, 4), (ClassType.MIXED, 0, 2)),
    Kind.KINDERGARTEN_CLASS: ((ClassType.TODDLER_YOUNG, 0, 1), (ClassType.TODDLER_OLD, 1, 3), (ClassType.MIXED, 0, 1)),
    Kind.COMMUNITY: ((ClassType.INFANT, 0, 1), (ClassType.TODDLER_YOUNG, 1, 2), (ClassType.TODDLER_OLD, 1, 2)),
    Kind.EMPLOYER_RUN: ((ClassType.INFANT, 0, 1), (ClassType.TODDLER_YOUNG, 1, 2), (ClassType.TODDLER_OLD, 1, 3)),
    Kind.HOME_BASED: ((ClassType.MIXED, 1, 1),),
}
ORDINALS = "一二三四五六七八九十"
OFFICE_HOURS = (9, 10, 11, 14, 15, 16)


class DemoCancelled(DomainError):
    """The user cancelled demo generation; nothing was written."""


@dataclass(slots=True)
class Plan:
    """What is decided for every nursery before rows are built (filing numbers need them all)."""

    nature: LegalNature
    kind: Kind
    status: Status
    registered_at: dt.date | None
    filed_at: dt.datetime | None
    filing_no: str = ""


@dataclass(frozen=True)
class Context:
    """The district the rows go into, loaded once per run."""

    division: str
    place: text.Place
    streets: list[tuple[int | None, str]]
    street_weights: list[int]
    organ_ids: dict[str, int]
    routes: dict[LegalNature, Route]

def new_uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))

def _plan_all(rng: random.Random, count: int, today: dt.date, division: str) -> list[Plan]:
    plans = [_plan_one(rng, i, today) for i in range(count)]
    serials: dict[int, int] = {}
    for plan in sorted((p for p in plans if p.filed_at), key=lambda p: p.filed_at):
        year = plan.filed_at.year
        serials[year] = serials.get(year, 0) + 1
        plan.filing_no = f"{division}-{year}-{serials[year]:04d}"
    return plans


def _plan_one(rng: random.Random, index: int, today: dt.date) -> Plan:
    if index < len(COVER):
        nature, kind = COVER[index]
    else:
        nature = NATURES(rng)
        kind = KINDS[nature](rng)
    status = STATUSES(rng)
    if status is Status.INTAKE:
        return Plan(nature, kind, status, None, None)
    days_back = {Status.REGISTERED: (10, 700), Status.FILING: (20, 400)}.get(status, (60, 6 * 365))
    registered = today - dt.timedelta(days=rng.randint(*days_back))
    filed = None
    if status in FILED:
        day = min(registered + dt.timedelta(days=rng.randint(15, 240)), today - dt.timedelta(days=5))
        filed = office_time(day, rng.choice(OFFICE_HOURS), rng.randrange(0, 60, 5))
    return Plan(nature, kind, status, registered, filed)


class Writer:
    """Builds the rows of one run and inserts them batch by batch."""

    def __init__(self, session: Session, ctx: Context, seed: int, today: dt.date, who: str) -> None:
        self.session = session
        self.ctx = ctx
        self.today = today
        self.now = utcnow()
        self.who = who
        self.rng = random.Random(f"demo:{seed}:rows")
        self.uuid_rng = random.Random(f"demo:{seed}:uuid")
        self.plan_rng = random.Random(f"demo:{seed}:plan")
        self.names: set[str] = set()
        self.usccs: set[str] = set()
        self.street_cum = list(accumulate(ctx.street_weights))
        self.ids = IdSource(session)  # assigned by the database: a later save never meets them

    def run(self, total: int, progress: Callable[[int, int], None] | None,
            is_cancelled: Callable[[], bool] | None) -> None:
        plans = _plan_all(self.plan_rng, total, self.today, self.ctx.division)
        for start in range(0, total, BATCH_SIZE):
            if is_cancelled is not None and is_cancelled():
                raise DemoCancelled("已取消生成演示数据，数据库未作任何改动。")
            nurseries, classes, services = [], [], []
            for plan in plans[start:start + BATCH_SIZE]:
                self.build(plan, self.ids.take(Nursery), nurseries, classes, services)
            # Core inserts: the ORM bulk path drops None values, splitting executemany into single rows.
            self.session.execute(insert(Nursery.__table__), nurseries)
            self.session.execute(insert(NurseryClass.__table__), classes)
            self.session.execute(insert(NurseryServiceType.__table__), services)
            if progress is not None:
                progress(min(start + BATCH_SIZE, total), total)

    def build(self, plan: Plan, nursery_id: int, nurseries: list, classes: list, services: list) -> None:
        rng = self.rng
        street_id, street = rng.choices(self.ctx.streets, cum_weights=self.street_cum)[0]
        naming = self.unique_name(plan, street)
        types = text.service_types(rng, plan.kind)
        rooms = self.classes(plan, nursery_id)
        classes.extend(rooms)
        services.extend({"nursery_id": nursery_id, "service_type": t} for t in types)
        places = sum(c["capacity"] for c in rooms)
        row = {"id": nursery_id, "name": naming.name, "alias": text.alias(rng, plan.kind, naming.mark, street),
               "sponsor": naming.sponsor, "street_id": street_id, "places_total": places}
        row.update(self.identity(plan, types))
        floor = rng.randint(1, 6) if plan.kind is Kind.HOME_BASED else None  # home points use a flat
        row["address"] = text.address(rng, self.ctx.place, street, floor)
        row.update(text.people(rng, plan.nature, plan.kind, self.today))
        row.update(text.premises(rng, plan.nature, places, floor, plan.registered_at, self.today))
        row.update(_designations(rng, plan, places, types))
        row.update(self.bookkeeping())
        nurseries.append(row)

    def unique_name(self, plan: Plan, street: str) -> text.Naming:
        for _ in range(12):
            naming = text.nursery_name(self.rng, plan.nature, plan.kind, self.ctx.place, street)
            if naming.name not in self.names:
                break
        else:  # a crowded demo: make it a branch (分园/分公司) on its street
            naming = naming._replace(name=self.branch_name(naming.name, street))
        self.names.add(naming.name)
        return naming

    def branch_name(self, name: str, street: str) -> str:
        unit = "分公司" if name.endswith("公司") else "分园"
        candidate, number = f"{name}{text.short_street(street)}{unit}", 1
        while candidate in self.names:
            number += 1
            candidate = f"{name}{text.short_street(street)}第{number}{unit}"
        return candidate

    def identity(self, plan: Plan, types: list[ServiceType]) -> dict:
        route = self.ctx.routes[plan.nature]
        organ = route.organ
        registered = plan.registered_at
        founded = registered
        if registered and plan.kind is Kind.KINDERGARTEN_CLASS:
            founded = registered - dt.timedelta(days=self.rng.randint(0, 15 * 365))
        return {
            "legal_nature": plan.nature, "kind": plan.kind, "status": plan.status,
            "uscc": self.uscc(plan.nature) if registered else None,
            "registration_organ_kind": organ,
            "registration_organ_id": self.ctx.organ_ids.get(organ.value) if organ else None,
            "registration_certificate": route.certificate,
            "registered_at": registered, "founded_at": founded,
            "business_scope": text.business_scope(self.rng, plan.nature, plan.kind, types),
            "filing_no": plan.filing_no, "filed_at": plan.filed_at,
        }

    def uscc(self, nature: LegalNature) -> str:
        while True:
            code = make_uscc(USCC_PREFIX[nature], self.ctx.division, text.subject_code(self.rng, nature))
            if code not in self.usccs:
                self.usccs.add(code)
                return code

    def classes(self, plan: Plan, nursery_id: int) -> list[dict]:
        rng = self.rng
        low, high = OCCUPANCY.get(plan.status, (0.0, 0.0))
        rows = []
        for class_type, fewest, most in CLASS_MIX[plan.kind]:
            limit, ratio, stem = CLASS_RULES[class_type]
            for number in range(rng.randint(fewest, most)):
                if plan.kind is Kind.HOME_BASED:
                    capacity, ratio = rng.choice((HOME_PLACES - 1, HOME_PLACES, HOME_PLACES)), HOME_RATIO
                else:
                    capacity = limit - rng.choice((0, 0, 0, 1, 2, 3, 5))
                enrolled = min(capacity, round(capacity * rng.uniform(low, high)))
                rows.append({"id": self.ids.take(NurseryClass), "nursery_id": nursery_id, "class_type": class_type,
                             "name": f"{stem}{ORDINALS[number]}班", "capacity": capacity,
                             "enrolled": enrolled, "caregivers": _caregivers(rng, enrolled, ratio)})
        return rows

    def bookkeeping(self) -> dict:
        return {"uuid": new_uuid(self.uuid_rng), "created_at": self.now, "created_by": self.who,
                "updated_at": self.now, "updated_by": self.who, "version": 1, "notes": ""}


def _caregivers(rng: random.Random, enrolled: int, ratio: int) -> int:
    """Mostly enough caregivers for the ratio; a few classes are short, some have one extra."""
    need = math.ceil(enrolled / ratio)
    roll = rng.random()
    if need > 1 and roll < 0.04:
        return need - 1
    return need + 1 if enrolled and roll > 0.85 else need


def _designations(rng: random.Random, plan: Plan, places: int, types: list[ServiceType]) -> dict:
    filed = plan.status in FILED and plan.status is not Status.CANCELLED
    inclusive = filed and rng.random() < INCLUSIVE_SHARE[plan.nature]
    share = 1.0 if plan.nature is LegalNature.PUBLIC_INSTITUTION else rng.uniform(0.3, 1.0)
    showcase = filed and places >= 40 and rng.random() < 0.03
    meals = ServiceType.FULL_DAY in types and rng.random() < (0.6 if plan.kind is Kind.HOME_BASED else 0.9)
    return {"inclusive": inclusive, "places_inclusive": round(places * share) if inclusive else 0,
            "demonstration_level": LEVELS(rng) if showcase else None, "provides_meals": meals}
