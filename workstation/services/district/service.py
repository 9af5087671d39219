"""District settings: division code, name, population, streets, approval-bureau routing."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from workstation.db.orm import Department, District, Street
from workstation.domain.district import DistrictSettings, StreetInfo
from workstation.domain.enums import DepartmentKind, LegalNature
from workstation.domain.errors import ConflictError, ValidationError
from workstation.domain.normalize import clean_text
from workstation.domain.permissions import Action
from workstation.domain.routing import APPROVAL_ELIGIBLE
from workstation.domain.validators import validate_county_code, validate_street_code
from workstation.services.common.context import Actor
from workstation.services.common.uow import reading, require, writing

__all__ = ["DistrictService", "DistrictSettings", "StreetInfo"]


# Departments every new district starts with (registration organs and inspecting departments).
DEFAULT_DEPARTMENTS: tuple[tuple[DepartmentKind, str], ...] = (
    (DepartmentKind.HEALTH, "卫生健康委员会"),
    (DepartmentKind.STAFFING_OFFICE, "区委机构编制委员会办公室"),
    (DepartmentKind.CIVIL_AFFAIRS, "民政局"),
    (DepartmentKind.MARKET_REGULATION, "市场监督管理局"),
    (DepartmentKind.ADMIN_APPROVAL, "行政审批局"),
    (DepartmentKind.FIRE, "消防救援大队"),
    (DepartmentKind.POLICE, "公安分局"),
    (DepartmentKind.EMERGENCY, "应急管理局"),
    (DepartmentKind.HEALTH_SUPERVISION, "卫生健康综合行政执法支队"),
    (DepartmentKind.MCH, "妇幼保健院"),
)


class DistrictService:
    """Read and set up the district this workstation serves (one per database)."""

    def __init__(self, factory: sessionmaker[Session], actor: Actor) -> None:
        self._factory = factory
        self._actor = actor

    def get(self) -> DistrictSettings | None:
        """The district settings, or None before the first run has captured them."""
        with reading(self._factory, self._actor) as session:
            district = _load(session)
            return _to_dto(district) if district else None

    def initialize(
        self,
        division_code: str,
        name: str,
        streets: Sequence[tuple[str, str]] = (),
        resident_population: int | None = None,
        approval_natures: Iterable[LegalNature] = (),
    ) -> DistrictSettings:
        """Create the district with its streets and default departments (first run; SETTINGS_EDIT)."""
        require(self._actor, Action.SETTINGS_EDIT)
        code = validate_county_code(division_code)
        name = _require_name(name)
        natures = _check_natures(approval_natures)
        street_rows = _check_streets(code, streets)
        _check_population(resident_population)
        with writing(self._factory, self._actor, Action.SETTINGS_EDIT) as session:
            if _load(session) is not None:
                raise ConflictError("本数据库已设置辖区，不能重复初始化。")
            who = self._actor.username
            district = District(
                division_code=code,
                name=name,
                resident_population=resident_population,
                approval_natures=[n.value for n in natures],
                created_by=who,
                updated_by=who,
            )
            district.streets = [
                Street(code=s.code, name=s.name, resident_population=s.resident_population,
                       created_by=who, updated_by=who)
                for s in street_rows
            ]
            district.departments = [
                Department(kind=kind, name=f"{name}{label}", created_by=who, updated_by=who)
                for kind, label in DEFAULT_DEPARTMENTS
            ]
            session.add(district)
            session.flush()
            return _to_dto(district)


def _load(session: Session) -> District | None:
    stmt = select(District).options(selectinload(District.streets)).order_by(District.id).limit(1)
    return session.scalars(stmt).first()


def _to_dto(district: District) -> DistrictSettings:
    return DistrictSettings(
        division_code=district.division_code,
        name=district.name,
        resident_population=district.resident_population,
        approval_natures=tuple(LegalNature(v) for v in district.approval_natures or ()),
        streets=tuple(StreetInfo(s.code, s.name, s.resident_population) for s in district.streets),
    )


def _require_name(name: str) -> str:
    name = clean_text(name)
    if not name:
        raise ValidationError("请填写辖区名称。", "name")
    if len(name) > 100:
        raise ValidationError("辖区名称过长（最多100字）。", "name")
    return name


def _check_natures(natures: Iterable[LegalNature]) -> tuple[LegalNature, ...]:
    result = tuple(dict.fromkeys(natures))
    for nature in result:
        if nature not in APPROVAL_ELIGIBLE:
            raise ValidationError(f"行政审批局不办理“{nature.zh}”的登记。", "approval_natures")
    return result


def _check_streets(county: str, streets: Sequence[tuple[str, str]]) -> list[StreetInfo]:
    seen: set[str] = set()
    rows = []
    for index, (code, name) in enumerate(streets, start=1):
        field = f"streets[{index}]"
        code = validate_street_code(code, county, field)
        name = clean_text(name)
        if not name:
            raise ValidationError(f"第{index}个街道（乡镇）缺少名称。", field)
        if code in seen:
            raise ValidationError(f"街道（乡镇）代码“{code}”重复。", field)
        seen.add(code)
        rows.append(StreetInfo(code, name))
    return rows


def _check_population(population: int | None) -> None:
    if population is not None and population < 0:
        raise ValidationError("常住人口不能为负数。", "resident_population")
