"""Demo data generator (services/demo.py): reproducible, valid and realistic rows."""

from __future__ import annotations

import datetime as dt
import math
import random
import re
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from workstation.db.orm import Department, District, Nursery, NurseryClass, NurseryServiceType, Street
from workstation.db.session import open_database
from workstation.demo import DemoCancelled, DemoService
from workstation.demo import names as demo_names
from workstation.demo import nurseries as demo_nurseries
from workstation.domain.enums import (
    ClassType,
    InstitutionKind,
    InstitutionStatus,
    LegalNature,
    PremisesType,
)
from workstation.domain.errors import ConflictError, ValidationError
from workstation.domain.routing import route_for
from workstation.domain.validators import (
    uscc_nature_warning,
    uscc_org_code_warning,
    validate_phone,
    validate_resident_id,
    validate_uscc,
)
from workstation.services.common.context import Actor
from workstation.services.district.service import DistrictService

TODAY = dt.date(2026, 11, 23)
ACTOR = Actor(username="tester")
TIMESTAMPS = {"created_at", "updated_at"}
CLASS_LIMITS = {ClassType.INFANT: (10, 3), ClassType.TODDLER_YOUNG: (15, 5),
                ClassType.TODDLER_OLD: (20, 7), ClassType.MIXED: (18, 5)}
FILED = {InstitutionStatus.FILED, InstitutionStatus.OPERATING, InstitutionStatus.UNDER_NOTICE,
         InstitutionStatus.CHANGING, InstitutionStatus.SUSPENDED, InstitutionStatus.CANCELLING,
         InstitutionStatus.CANCELLED}


def _generate(path: Path, count: int, seed: int, **kwargs):
    db = open_database(path)
    DemoService(db.factory, ACTOR, today=TODAY).generate(count, seed=seed, **kwargs)
    return db


def _rows(db, model, order) -> list[dict]:
    with db.factory() as session:
        result = session.execute(select(model.__table__).order_by(*order)).mappings().all()
    return [{k: v for k, v in row.items() if k not in TIMESTAMPS} for row in result]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory, demo_database):
    """One database with 300 demo nurseries (seed 3), shared by the read-only checks.

    A copy of the session's demo (conftest `demo_database`, also used by test_filing_demo).
    """
    db = demo_database(tmp_path_factory.mktemp("demo") / "demo.db", 300, seed=3, today=TODAY, actor=ACTOR)
    yield db
    db.close()


@pytest.fixture(scope="module")
def nurseries(demo_db) -> list[dict]:
    return _rows(demo_db, Nursery, [Nursery.id])


@pytest.fixture(scope="module")
def classes(demo_db) -> list[dict]:
    return _rows(demo_db, NurseryClass, [NurseryClass.id])


def test_same_seed_gives_identical_rows(tmp_path: Path) -> None:
    first = _generate(tmp_path / "a.db", 120, seed=11)
    second = _generate(tmp_path / "b.db", 120, seed=11)
    try:
        for model, order in ((District, [District.id]), (Street, [Street.id]), (Department, [Department.id]),
                             (Nursery, [Nursery.id]), (NurseryClass, [NurseryClass.id]),
                             (NurseryServiceType, [NurseryServiceType.nursery_id,
                                                   NurseryServiceType.service_type])):
            assert _rows(first, model, order) == _rows(second, model, order), model.__name__
    finally:
        first.close()
        second.close()


def test_different_seed_gives_different_rows(tmp_path: Path, nurseries: list[dict]) -> None:
    other = _generate(tmp_path / "other.db", 300, seed=4)
    try:
        theirs = _rows(other, Nursery, [Nursery.id])
    finally:
        other.close()
    assert [r["name"] for r in theirs] != [r["name"] for r in nurseries]
    assert [r["uscc"] for r in theirs] != [r["uscc"] for r in nurseries]


def test_demo_district_is_realistic(demo_db) -> None:
    with demo_db.factory() as session:
        district = session.scalars(select(District)).one()
        streets = session.scalars(select(Street)).all()
    assert (district.division_code, district.name) == ("500107", "九龙坡区")
    assert 8 <= len(streets) <= 12
    assert all(re.fullmatch(r"500107[01]\d\d", s.code) for s in streets)
    assert 1_100_000 <= district.resident_population <= 1_300_000
    assert sum(s.resident_population for s in streets) == pytest.approx(district.resident_population, abs=20)


def test_every_uscc_is_valid_unique_and_fits_the_nature(nurseries: list[dict]) -> None:
    codes = [r["uscc"] for r in nurseries if r["uscc"]]
    assert len(codes) == len(set(codes)) > 250
    for row in nurseries:
        code = row["uscc"]
        if code is None:
            assert row["status"] is InstitutionStatus.INTAKE
            continue
        assert validate_uscc(code) == code
        assert code[2:8] == "500107"
        assert uscc_nature_warning(code, row["legal_nature"]) is None
        assert uscc_org_code_warning(code) is None


def test_every_legal_nature_and_kind_is_present(nurseries: list[dict]) -> None:
    assert {r["legal_nature"] for r in nurseries} == set(LegalNature) - {LegalNature.OTHER}
    assert {r["kind"] for r in nurseries} == set(InstitutionKind)
    natures = Counter(r["legal_nature"] for r in nurseries)
    assert natures[LegalNature.FOR_PROFIT] > natures[LegalNature.SOCIAL_SERVICE] > natures[
        LegalNature.INDIVIDUAL_BUSINESS]


def test_statuses_are_spread_and_filing_fields_follow_them(nurseries: list[dict]) -> None:
    statuses = Counter(r["status"] for r in nurseries)
    assert statuses.most_common(1)[0][0] is InstitutionStatus.OPERATING
    for status in (InstitutionStatus.REGISTERED, InstitutionStatus.FILED, InstitutionStatus.INTAKE):
        assert statuses[status] > 0
    for row in nurseries:
        if row["status"] in FILED:
            assert re.fullmatch(r"500107-(\d{4})-\d{4,}", row["filing_no"])
            assert row["filing_no"][7:11] == str(row["filed_at"].year)
            assert row["registered_at"] <= row["filed_at"].date() <= TODAY
        else:
            assert row["filing_no"] == "" and row["filed_at"] is None
        if row["registered_at"]:
            assert TODAY - dt.timedelta(days=6 * 366) <= row["registered_at"] <= TODAY
    filing_nos = [r["filing_no"] for r in nurseries if r["filing_no"]]
    assert len(filing_nos) == len(set(filing_nos))


def test_registration_organ_follows_the_route(demo_db, nurseries: list[dict]) -> None:
    _assert_routes(demo_db, nurseries)


def test_routes_use_the_approval_bureau_of_an_existing_district(tmp_path: Path) -> None:
    db = open_database(tmp_path / "approval.db")
    try:
        DistrictService(db.factory, ACTOR).initialize(
            "500107", "九龙坡区", [("500107001", "杨家坪街道")],
            approval_natures=[LegalNature.FOR_PROFIT])
        result = DemoService(db.factory, ACTOR, today=TODAY).generate(60, seed=2)
        assert (result.district_name, result.streets, result.nurseries) == ("九龙坡区", 1, 60)
        rows = _rows(db, Nursery, [Nursery.id])
        _assert_routes(db, rows)
        organs = {r["registration_organ_kind"] for r in rows if r["legal_nature"] is LegalNature.FOR_PROFIT}
        assert organs == {route_for(LegalNature.FOR_PROFIT, [LegalNature.FOR_PROFIT]).organ}
    finally:
        db.close()


def _assert_routes(db, rows: list[dict]) -> None:
    with db.factory() as session:
        district = session.scalars(select(District)).one()
        kinds = dict(session.execute(select(Department.id, Department.kind)).all())
    approval = [LegalNature(v) for v in district.approval_natures]
    for row in rows:
        route = route_for(row["legal_nature"], approval)
        assert row["registration_organ_kind"] is route.organ
        assert kinds[row["registration_organ_id"]].value == route.organ.value
        assert row["registration_certificate"] == route.certificate


def test_classes_respect_the_size_limits_and_mostly_the_ratios(nurseries: list[dict], classes: list[dict]) -> None:
    by_id = {r["id"]: r for r in nurseries}
    short = 0
    for row in classes:
        limit, ratio = CLASS_LIMITS[row["class_type"]]
        nursery = by_id[row["nursery_id"]]
        if nursery["kind"] is InstitutionKind.HOME_BASED:
            limit, ratio = 5, 3
        assert 0 < row["capacity"] <= limit
        assert 0 <= row["enrolled"] <= row["capacity"]
        short += row["caregivers"] < math.ceil(row["enrolled"] / ratio)
    assert short <= 0.1 * len(classes)
    places = Counter()
    for row in classes:
        places[row["nursery_id"]] += row["capacity"]
    assert all(places[r["id"]] == r["places_total"] for r in nurseries)


def test_nursery_fields_are_plausible(demo_db, nurseries: list[dict]) -> None:
    with demo_db.factory() as session:
        street_ids = set(session.scalars(select(Street.id)))
        with_services = set(session.scalars(select(NurseryServiceType.nursery_id)))
    for row in nurseries:
        assert row["street_id"] in street_ids
        assert row["id"] in with_services
        assert "3岁以下婴幼儿照护服务" in row["business_scope"]
        assert 0 <= row["places_inclusive"] <= row["places_total"] <= 200
        assert row["inclusive"] or row["places_inclusive"] == 0
        assert validate_resident_id(row["legal_rep_id_no"], today=TODAY) == row["legal_rep_id_no"]
        for field in ("phone", "legal_rep_phone", "director_phone"):
            validate_phone(row[field], field)
        assert row["created_by"] == row["updated_by"] == ACTOR.username
        assert row["legal_rep_name"] and row["director_name"] and row["address"].startswith("重庆市九龙坡区")
        if row["premises_type"] is PremisesType.LEASED:
            assert row["lease_end"] is not None


def test_home_based_points_are_small_dwellings(nurseries: list[dict]) -> None:
    homes = [r for r in nurseries if r["kind"] is InstitutionKind.HOME_BASED]
    assert homes
    for row in homes:
        assert row["places_total"] <= 5
        assert row["premises_type"] is PremisesType.HOME
        assert "托育" in row["name"]
        assert row["legal_nature"] in (LegalNature.FOR_PROFIT, LegalNature.INDIVIDUAL_BUSINESS)


def test_names_fit_the_legal_nature(nurseries: list[dict]) -> None:
    assert len({r["name"] for r in nurseries}) == len(nurseries)
    for row in nurseries:
        name, nature = row["name"], row["legal_nature"]
        if nature is LegalNature.FOR_PROFIT:
            assert name.endswith("有限公司")
        elif nature is LegalNature.INDIVIDUAL_BUSINESS:
            assert name.endswith("（个体工商户）")
        elif nature is LegalNature.SOCIAL_SERVICE:
            assert name.endswith(("中心", "幼儿园"))


def test_generate_refuses_a_registry_that_has_nurseries(demo_db) -> None:
    with pytest.raises(ConflictError, match="已有托育机构"):
        DemoService(demo_db.factory, ACTOR).generate(5)


def test_generate_refuses_a_non_positive_count(database) -> None:
    with pytest.raises(ValidationError):
        DemoService(database.factory, ACTOR).generate(0)


def test_progress_is_reported_per_batch_and_ends_at_total(database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(demo_nurseries, "BATCH_SIZE", 40)
    calls: list[tuple[int, int]] = []
    result = DemoService(database.factory, ACTOR).generate(100, progress=lambda d, t: calls.append((d, t)))
    assert calls == [(40, 100), (80, 100), (100, 100)]
    assert result.nurseries == 100
    with database.factory() as session:
        assert session.scalar(select(func.count()).select_from(Nursery)) == 100


def test_cancel_leaves_the_database_as_it_was(database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(demo_nurseries, "BATCH_SIZE", 40)
    asked = iter([False, False, True])
    with pytest.raises(DemoCancelled):
        DemoService(database.factory, ACTOR).generate(200, is_cancelled=lambda: next(asked))
    with database.factory() as session:
        for model in (Nursery, NurseryClass, District, Street, Department):
            assert session.scalar(select(func.count()).select_from(model)) == 0, model.__name__


def test_cancel_keeps_an_existing_district(district) -> None:
    with pytest.raises(DemoCancelled):
        DemoService(district.factory, ACTOR).generate(10, is_cancelled=lambda: True)
    with district.factory() as session:
        assert session.scalar(select(func.count()).select_from(Nursery)) == 0
        assert session.scalars(select(District.name)).one() == "九龙坡区"


def test_demo_district_plans_are_valid_for_many_seeds() -> None:
    for seed in range(300):
        streets, population = demo_names.demo_streets(random.Random(f"demo:{seed}:district"))
        assert 8 <= len(streets) == len(population) <= 12
        assert len({code for code, _ in streets}) == len(streets)
        assert 1_100_000 <= sum(population) <= 1_300_000
