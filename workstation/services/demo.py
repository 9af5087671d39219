"""Demo data: a realistic district registry with many nurseries, reproducible from a seed.

Rows are built as plain dicts and bulk-inserted (Core executemany) in batches inside one
transaction, so 10,000 nurseries take seconds and a cancelled run leaves nothing behind.
Each concern draws from its own seeded random stream, so the same seed gives the same rows.
"""

from __future__ import annotations

import datetime as dt
import math
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from itertools import accumulate

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session, sessionmaker

from ..db.base import utcnow
from ..db.orm import Department, District, Nursery, NurseryClass, NurseryServiceType, Street
from ..domain.codes import make_uscc
from ..domain.enums import ClassType, DemonstrationLevel, LegalNature, ServiceType
from ..domain.enums import InstitutionKind as Kind
from ..domain.enums import InstitutionStatus as Status
from ..domain.errors import ConflictError, DomainError, ValidationError
from ..domain.permissions import Action
from ..domain.routing import Route
from . import demo_names as text
from .audit import record_event, records_bulk_itself
from .context import Actor
from .demo_fees import add_demo_fees
from .demo_filings import add_demo_filings
from .demo_inspections import add_demo_inspections
from .district import DistrictService
from .routing import routes_in
from .uow import reading, require, writing

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


@dataclass(frozen=True)
class DemoResult:
    """What a demo run produced, for the CLI and the first-run dialog."""

    district_name: str
    division_code: str
    nurseries: int
    streets: int


class DemoCancelled(DomainError):
    """The user cancelled demo generation; nothing was written."""


@dataclass(slots=True)
class _Plan:
    """What is decided for every nursery before rows are built (filing numbers need them all)."""

    nature: LegalNature
    kind: Kind
    status: Status
    registered_at: dt.date | None
    filed_at: dt.datetime | None
    filing_no: str = ""


@dataclass(frozen=True)
class _Context:
    """The district the rows go into, loaded once per run."""

    division: str
    place: text.Place
    streets: list[tuple[int | None, str]]
    street_weights: list[int]
    organ_ids: dict[str, int]
    routes: dict[LegalNature, Route]


class DemoService:
    """Fill an empty registry with a demo district and nurseries (CLI `demo`, first-run demo).

    Dates are counted back from `today` (default: the real date); pass it to reproduce rows exactly.
    """

    def __init__(self, factory: sessionmaker[Session], actor: Actor, today: dt.date | None = None) -> None:
        self._factory = factory
        self._actor = actor
        self._today = today

    def generate(
        self,
        nurseries: int,
        seed: int = 1,
        progress: Callable[[int, int], None] | None = None,
        is_cancelled: Callable[[], bool] | None = None,
    ) -> DemoResult:
        """Create `nurseries` demo nurseries (and the district when missing), same rows for the same seed.

        Raises ConflictError when nurseries already exist and DemoCancelled when cancelled.
        """
        require(self._actor, Action.DEMO_DATA)
        if nurseries <= 0:
            raise ValidationError("演示机构数量应为正整数。", "nurseries")
        with reading(self._factory, self._actor) as session:
            _refuse_non_empty(session)
        created = self._ensure_district(random.Random(f"demo:{seed}:district"))
        try:
            with writing(self._factory, self._actor, Action.DEMO_DATA) as session:
                records_bulk_itself(session)
                _refuse_non_empty(session)
                if created is not None:
                    _stamp_district(session, created, random.Random(f"demo:{seed}:uuid-district"))
                ctx = _load_context(session)
                today = self._today or dt.date.today()
                _Writer(session, ctx, seed, today, self._actor.username).run(nurseries, progress, is_cancelled)
                add_demo_fees(session, seed, today, self._actor.username)
                add_demo_filings(session, seed, today, self._actor.username)
                add_demo_inspections(session, seed, today, self._actor.username)
                streets = sum(1 for street_id, _ in ctx.streets if street_id is not None)
                record_event(session, self._actor, "demo", "nursery", "",
                             {"nurseries": nurseries, "seed": seed, "district": ctx.place.district})
                return DemoResult(ctx.place.district, ctx.division, nurseries, streets)
        except BaseException:
            if created is not None:
                self._drop_district(created[0])
            raise

    def _ensure_district(self, rng: random.Random) -> tuple[int, list[int]] | None:
        """Create the demo district when there is none; return (its id, street populations)."""
        with reading(self._factory, self._actor) as session:
            if session.scalar(select(func.count()).select_from(District)):
                return None
        streets, population = text.demo_streets(rng)
        DistrictService(self._factory, self._actor).initialize(
            text.DEMO_DIVISION, text.DEMO_DISTRICT, streets,
            resident_population=sum(population), approval_natures=text.approval_natures(rng),
        )
        with reading(self._factory, self._actor) as session:
            return session.scalar(select(District.id)), population

    def _drop_district(self, district_id: int) -> None:
        """Undo the district created for a run that failed or was cancelled."""
        with writing(self._factory, self._actor, Action.DEMO_DATA) as session:
            records_bulk_itself(session)
            record_event(session, self._actor, "delete", "district", district_id,
                         {"streets": "all", "departments": "all"}, "撤销未完成的演示数据生成所建的辖区")
            session.execute(delete(Street).where(Street.district_id == district_id))
            session.execute(delete(Department).where(Department.district_id == district_id))
            session.execute(delete(District).where(District.id == district_id))


def _refuse_non_empty(session: Session) -> None:
    if session.scalar(select(func.count()).select_from(Nursery)):
        raise ConflictError("登记库中已有托育机构。演示数据只能生成到空的登记库中，请换用新的数据库文件。")


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _stamp_district(session: Session, created: tuple[int, list[int]], rng: random.Random) -> None:
    """Give the new district rows seed-derived uuids and the street populations initialize() has no field for."""
    district_id, populations = created
    session.execute(update(District).where(District.id == district_id).values(uuid=_uuid(rng)))
    streets = session.scalars(select(Street.id).where(Street.district_id == district_id).order_by(Street.code))
    for street_id, population in zip(streets.all(), populations, strict=True):
        session.execute(update(Street).where(Street.id == street_id)
                        .values(uuid=_uuid(rng), resident_population=population))
    departments = session.scalars(select(Department.id).where(Department.district_id == district_id)
                                  .order_by(Department.id))
    for department_id in departments.all():
        session.execute(update(Department).where(Department.id == department_id).values(uuid=_uuid(rng)))


def _load_context(session: Session) -> _Context:
    district = session.scalars(select(District).order_by(District.id).limit(1)).one()
    streets = session.execute(select(Street.id, Street.name, Street.resident_population)
                              .where(Street.district_id == district.id).order_by(Street.code)).all()
    organs: dict[str, int] = {}
    for kind, dept_id in session.execute(select(Department.kind, Department.id)
                                         .where(Department.district_id == district.id).order_by(Department.id)):
        organs.setdefault(kind.value, dept_id)
    return _Context(
        division=district.division_code,
        place=text.place_for(district.division_code, district.name),
        streets=[(s.id, s.name) for s in streets] or [(None, "")],
        street_weights=[s.resident_population or 1 for s in streets] or [1],
        organ_ids=organs,
        routes=routes_in(session),
    )


def _plan_all(rng: random.Random, count: int, today: dt.date, division: str) -> list[_Plan]:
    plans = [_plan_one(rng, i, today) for i in range(count)]
    serials: dict[int, int] = {}
    for plan in sorted((p for p in plans if p.filed_at), key=lambda p: p.filed_at):
        year = plan.filed_at.year
        serials[year] = serials.get(year, 0) + 1
        plan.filing_no = f"{division}-{year}-{serials[year]:04d}"
    return plans


def _plan_one(rng: random.Random, index: int, today: dt.date) -> _Plan:
    if index < len(COVER):
        nature, kind = COVER[index]
    else:
        nature = NATURES(rng)
        kind = KINDS[nature](rng)
    status = STATUSES(rng)
    if status is Status.INTAKE:
        return _Plan(nature, kind, status, None, None)
    days_back = {Status.REGISTERED: (10, 700), Status.FILING: (20, 400)}.get(status, (60, 6 * 365))
    registered = today - dt.timedelta(days=rng.randint(*days_back))
    filed = None
    if status in FILED:
        day = min(registered + dt.timedelta(days=rng.randint(15, 240)), today - dt.timedelta(days=5))
        filed = dt.datetime.combine(day, dt.time(rng.choice(OFFICE_HOURS), rng.randrange(0, 60, 5)))
    return _Plan(nature, kind, status, registered, filed)


class _Writer:
    """Builds the rows of one run and inserts them batch by batch."""

    def __init__(self, session: Session, ctx: _Context, seed: int, today: dt.date, who: str) -> None:
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
        self.class_id = 0  # next explicit nursery_class id, set in run()

    def run(self, total: int, progress: Callable[[int, int], None] | None,
            is_cancelled: Callable[[], bool] | None) -> None:
        plans = _plan_all(self.plan_rng, total, self.today, self.ctx.division)
        next_id = (self.session.scalar(select(func.max(Nursery.id))) or 0) + 1
        self.class_id = (self.session.scalar(select(func.max(NurseryClass.id))) or 0) + 1
        for start in range(0, total, BATCH_SIZE):
            if is_cancelled is not None and is_cancelled():
                raise DemoCancelled("已取消生成演示数据，数据库未作任何改动。")
            nurseries, classes, services = [], [], []
            for offset, plan in enumerate(plans[start:start + BATCH_SIZE]):
                self.build(plan, next_id + start + offset, nurseries, classes, services)
            # Core inserts: the ORM bulk path drops None values, splitting executemany into single rows.
            self.session.execute(insert(Nursery.__table__), nurseries)
            self.session.execute(insert(NurseryClass.__table__), classes)
            self.session.execute(insert(NurseryServiceType.__table__), services)
            if progress is not None:
                progress(min(start + BATCH_SIZE, total), total)

    def build(self, plan: _Plan, nursery_id: int, nurseries: list, classes: list, services: list) -> None:
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

    def unique_name(self, plan: _Plan, street: str) -> text.Naming:
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

    def identity(self, plan: _Plan, types: list[ServiceType]) -> dict:
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

    def classes(self, plan: _Plan, nursery_id: int) -> list[dict]:
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
                rows.append({"id": self.class_id, "nursery_id": nursery_id, "class_type": class_type,
                             "name": f"{stem}{ORDINALS[number]}班", "capacity": capacity,
                             "enrolled": enrolled, "caregivers": _caregivers(rng, enrolled, ratio)})
                self.class_id += 1
        return rows

    def bookkeeping(self) -> dict:
        return {"uuid": _uuid(self.uuid_rng), "created_at": self.now, "created_by": self.who,
                "updated_at": self.now, "updated_by": self.who, "version": 1, "notes": ""}


def _caregivers(rng: random.Random, enrolled: int, ratio: int) -> int:
    """Mostly enough caregivers for the ratio; a few classes are short, some have one extra."""
    need = math.ceil(enrolled / ratio)
    roll = rng.random()
    if need > 1 and roll < 0.04:
        return need - 1
    return need + 1 if enrolled and roll > 0.85 else need


def _designations(rng: random.Random, plan: _Plan, places: int, types: list[ServiceType]) -> dict:
    filed = plan.status in FILED and plan.status is not Status.CANCELLED
    inclusive = filed and rng.random() < INCLUSIVE_SHARE[plan.nature]
    share = 1.0 if plan.nature is LegalNature.PUBLIC_INSTITUTION else rng.uniform(0.3, 1.0)
    showcase = filed and places >= 40 and rng.random() < 0.03
    meals = ServiceType.FULL_DAY in types and rng.random() < (0.6 if plan.kind is Kind.HOME_BASED else 0.9)
    return {"inclusive": inclusive, "places_inclusive": round(places * share) if inclusive else 0,
            "demonstration_level": LEVELS(rng) if showcase else None, "provides_meals": meals}
