"""Demo data: a realistic district registry with many nurseries, reproducible from a seed.

Rows are built as plain dicts and bulk-inserted (Core executemany) in batches inside one
transaction, so 10,000 nurseries take seconds and a cancelled run leaves nothing behind.
Each concern draws from its own seeded random stream, so the same seed gives the same rows.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session, sessionmaker

from workstation.db.orm import Department, District, Nursery, Street
from workstation.demo import names as text
from workstation.demo.fees import add_demo_fees
from workstation.demo.filings import add_demo_filings
from workstation.demo.inspections import add_demo_inspections
from workstation.demo.nurseries import Context, DemoCancelled, Writer, new_uuid
from workstation.demo.staff import add_demo_staff
from workstation.domain.errors import ConflictError, ValidationError
from workstation.domain.permissions import Action
from workstation.services.audit import record_event, records_bulk_itself
from workstation.services.common.context import Actor
from workstation.services.common.uow import reading, require, writing
from workstation.services.district import DistrictService
from workstation.services.registry import routes_in

__all__ = ["DemoCancelled", "DemoResult", "DemoService"]


@dataclass(frozen=True)
class DemoResult:
    """What a demo run produced, for the CLI and the first-run dialog."""

    district_name: str
    division_code: str
    nurseries: int
    streets: int


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
                Writer(session, ctx, seed, today, self._actor.username).run(nurseries, progress, is_cancelled)
                add_demo_fees(session, seed, today, self._actor.username)
                add_demo_filings(session, seed, today, self._actor.username)
                add_demo_inspections(session, seed, today, self._actor.username)
                add_demo_staff(session, seed, today, self._actor.username)
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

def _stamp_district(session: Session, created: tuple[int, list[int]], rng: random.Random) -> None:
    """Give the new district rows seed-derived uuids and the street populations initialize() has no field for."""
    district_id, populations = created
    session.execute(update(District).where(District.id == district_id).values(uuid=new_uuid(rng)))
    streets = session.scalars(select(Street.id).where(Street.district_id == district_id).order_by(Street.code))
    for street_id, population in zip(streets.all(), populations, strict=True):
        session.execute(update(Street).where(Street.id == street_id)
                        .values(uuid=new_uuid(rng), resident_population=population))
    departments = session.scalars(select(Department.id).where(Department.district_id == district_id)
                                  .order_by(Department.id))
    for department_id in departments.all():
        session.execute(update(Department).where(Department.id == department_id).values(uuid=new_uuid(rng)))


def _load_context(session: Session) -> Context:
    district = session.scalars(select(District).order_by(District.id).limit(1)).one()
    streets = session.execute(select(Street.id, Street.name, Street.resident_population)
                              .where(Street.district_id == district.id).order_by(Street.code)).all()
    organs: dict[str, int] = {}
    for kind, dept_id in session.execute(select(Department.kind, Department.id)
                                         .where(Department.district_id == district.id).order_by(Department.id)):
        organs.setdefault(kind.value, dept_id)
    return Context(
        division=district.division_code,
        place=text.place_for(district.division_code, district.name),
        streets=[(s.id, s.name) for s in streets] or [(None, "")],
        street_weights=[s.resident_population or 1 for s in streets] or [1],
        organ_ids=organs,
        routes=routes_in(session),
    )

