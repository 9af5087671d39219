"""收费公示: rows with equal values in the sorted column follow the nursery's name in pinyin order, in both
directions (the tie-break goes the column's way, so each order stays one index walk: migration 20261205_0048),
read along the column's index (no search) and by the general SQL (a search) alike. The nurseries are added in
code point order, so an order by id would put 中 first and 阿 last."""

from __future__ import annotations

import datetime as dt
import importlib

import pytest
from sqlalchemy import select, update
from test_fees_overview import add_nursery

from workstation.db.orm import Nursery, Street
from workstation.db.orm.fees import FeeSchedule
from workstation.db.repositories.fee_overview import OVERVIEW_SORT_KEYS, overview_page
from workstation.db.repositories.fee_sorted import SCHEDULE_SORT_COLUMNS
from workstation.domain.enums import LegalNature, ServiceType
from workstation.domain.fees import FeeItem, FeeItemKind, FeeUnit, PublicityChannel, ScheduleDraft
from workstation.domain.pinyin_order import KEY_LENGTH
from workstation.services.fees import FeeOverviewQuery, FeeService

TODAY = dt.date(2026, 11, 23)
WITH_FEES = ["中心托育园", "长江托育园", "北斗托育园", "阿福托育园"]  # code point order, added in it
WITHOUT = ["云朵托育园", "白云托育园"]  # charging, no schedule recorded
VALUED = ["阿福托育园", "北斗托育园", "长江托育园", "中心托育园"]  # a fu, bei dou, chang jiang, zhong xin
UNVALUED = ["白云托育园", "云朵托育园"]  # bai yun, yun duo
ALL = ["阿福托育园", "白云托育园", "北斗托育园", "长江托育园", "云朵托育园", "中心托育园"]


@pytest.fixture
def fees(district, actor) -> FeeService:
    return FeeService(district.factory, actor, today=lambda: TODAY)


@pytest.fixture
def equal(district, fees) -> dict[str, int]:
    """Six nurseries alike in every sorted column; four with the same schedule, publicised the same day."""
    ids = {name: add_nursery(district.factory, name) for name in [*WITH_FEES, *WITHOUT]}
    items = tuple(FeeItem(service, FeeItemKind.CARE, "保育费", 150000, FeeUnit.MONTH) for service in ServiceType)
    for name in WITH_FEES:
        saved = fees.add_schedule(ids[name], ScheduleDraft(dt.date(2026, 1, 1), items))
        fees.record_publicity(saved.id, PublicityChannel.NOTICE_BOARD, dt.date(2026, 1, 1))
    return ids


def expected(key: str, descending: bool) -> list[str]:
    if key in SCHEDULE_SORT_COLUMNS or key == "publicity":  # nurseries without a value last either way
        first, last = VALUED, UNVALUED
        return [*first[::-1], *last[::-1]] if descending else [*first, *last]
    return ALL[::-1] if descending else ALL


def _names(district, ids: dict[str, int], key: str, descending: bool, where) -> list[str]:
    by_id = {i: name for name, i in ids.items()}
    with district.factory() as session:
        return [by_id[r.nursery_id] for r in overview_page(session, TODAY, where, sort_key=key, descending=descending,
                                                           offset=0, limit=50)]


@pytest.mark.parametrize("key", OVERVIEW_SORT_KEYS)
@pytest.mark.parametrize("descending", [False, True])
def test_ties_follow_the_name_in_pinyin_order(district, fees, equal, key, descending):
    want = expected(key, descending)
    assert _names(district, equal, key, descending, []) == want  # along the column's index
    assert _names(district, equal, key, descending, [Nursery.id > 0]) == want  # the general SQL
    for offset in range(len(want)):  # page by page, as the list reads it
        page = fees.overview_page(FeeOverviewQuery(sort_key=key, descending=descending), offset, 1)
        assert [r.name for r in page] == want[offset:offset + 1], offset


def test_a_renamed_nursery_moves_among_equal_fees(district, fees, equal):
    with district.factory.begin() as session:  # the name key follows the name (db/orm/sort_keys.py)
        session.get(Nursery, equal["阿福托育园"]).name = "紫藤托育园"  # a fu -> zi teng
    with district.factory() as session:
        keys = session.execute(select(FeeSchedule.nursery_pinyin, Nursery.name_pinyin)
                               .join(Nursery, Nursery.id == FeeSchedule.nursery_id)).all()
        assert len(keys) == 4 and all(copy == own for copy, own in keys)
    names = [r.name for r in fees.overview_page(FeeOverviewQuery(sort_key="full_day"), 0, 50)]
    assert names == ["北斗托育园", "长江托育园", "中心托育园", "紫藤托育园", *UNVALUED]


def test_a_schedule_moved_to_another_nursery_takes_its_name_key(district, fees, equal):
    with district.factory.begin() as session:
        session.execute(update(FeeSchedule).where(FeeSchedule.nursery_id == equal["阿福托育园"])
                        .values(nursery_id=equal["白云托育园"]))
    with district.factory() as session:
        moved = session.scalar(select(FeeSchedule.nursery_pinyin).where(FeeSchedule.nursery_id == equal["白云托育园"]))
        assert moved == session.scalar(select(Nursery.name_pinyin).where(Nursery.id == equal["白云托育园"]))


def test_the_migration_key_length_is_the_domain_s():
    migration = importlib.import_module("migrations.versions.20261205_0048_fee_list_name_ties")
    assert migration.KEY_LENGTH == KEY_LENGTH


def test_the_migration_ranks_legal_natures_as_the_program_does():
    migration = importlib.import_module("migrations.versions.20261205_0048_fee_list_name_ties")
    assert migration.LEGAL_NATURES == tuple(n.value for n in LegalNature)


@pytest.mark.parametrize("descending", [False, True])
def test_nurseries_without_a_street_come_where_sqlite_puts_them_on_both_engines(district, fees, equal, descending):
    """所属街道 may be empty: no street first ascending, last descending (as on SQLite), on PostgreSQL too,
    each street's nurseries by name."""
    with district.factory.begin() as session:
        first, second = session.scalars(select(Street.id).order_by(Street.id)).all()[:2]
        session.execute(update(Nursery).where(Nursery.id.in_([equal["阿福托育园"], equal["中心托育园"]]))
                        .values(street_id=first))
        session.execute(update(Nursery).where(Nursery.id == equal["北斗托育园"]).values(street_id=second))
    want = ["白云托育园", "长江托育园", "云朵托育园", "阿福托育园", "中心托育园", "北斗托育园"]
    want = want[::-1] if descending else want
    assert _names(district, equal, "street", descending, []) == want
    assert _names(district, equal, "street", descending, [Nursery.id > 0]) == want
    page = [r.name for r in fees.overview_page(FeeOverviewQuery(sort_key="street", descending=descending), 2, 3)]
    assert page == want[2:5]
