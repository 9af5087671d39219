"""Names sort in pinyin order on both engines (阿, 白, 北, 长, 中 as a, b, b, c, z): the registry and the fee
list by name, whatever way the row was written (ORM save, bulk insert, rename, bulk import update)."""

from __future__ import annotations

import datetime as dt

from filing_support import add_nursery
from sqlalchemy import insert, select

from workstation.db.orm import Nursery
from workstation.domain.enums import InstitutionKind, InstitutionStatus, LegalNature
from workstation.domain.pinyin_order import name_sort_key
from workstation.services.common.context import Actor
from workstation.services.fees import FeeOverviewQuery, FeeService
from workstation.services.imports.matched import write_changes
from workstation.services.registry.listing import RegistryQuery, RegistryService

TODAY = dt.date(2026, 12, 4)
ORDER = ["阿里托育园", "白云托育园", "北辰托育园", "长江托育园", "中华托育园"]


def _written_every_way(factory) -> None:
    # ORM saves, neither in pinyin nor in code point order (code points: 中 < 北 < 白 < 长 < 阿)
    for number, name in ((1, "中华托育园"), (2, "长江托育园"), (3, "阿里托育园")):
        add_nursery(factory, number, status=InstitutionStatus.FILED, name=name)
    with factory.begin() as session:  # a bulk insert (demo, import) gives no key itself
        session.execute(insert(Nursery), [{"name": "白云托育园", "legal_nature": LegalNature.FOR_PROFIT,
                                           "kind": InstitutionKind.STANDALONE, "status": InstitutionStatus.FILED}])
    renamed = add_nursery(factory, 4, status=InstitutionStatus.FILED, name="左岸托育园")
    with factory.begin() as session:  # renamed by an import's bulk update
        row = session.execute(select(*Nursery.__table__.c).where(Nursery.id == renamed)).one()
        write_changes(session, [(row, {"name": "北辰托育园"})], "tester")


def test_registry_and_fee_list_sort_names_in_pinyin_order(district, actor):
    _written_every_way(district.factory)
    registry = RegistryService(district.factory)
    rows = registry.page(RegistryQuery(sort_key="name"), 0, 10)
    assert [r.name for r in rows] == ORDER
    descending = registry.page(RegistryQuery(sort_key="name", descending=True), 0, 10)
    assert [r.name for r in descending] == ORDER[::-1]
    fees = FeeService(district.factory, Actor("tester", "测试员", "SYSTEM"), today=lambda: TODAY)
    assert [r.name for r in fees.overview_page(FeeOverviewQuery(sort_key="name"), 0, 10)] == ORDER
    assert [r.name for r in fees.overview()] == ORDER


def test_a_renamed_nursery_moves_to_its_new_place(district):
    _written_every_way(district.factory)
    with district.factory.begin() as session:
        session.scalars(select(Nursery).where(Nursery.name == "中华托育园")).one().name = "安心托育园"
    names = [r.name for r in RegistryService(district.factory).page(RegistryQuery(sort_key="name"), 0, 10)]
    assert names[:2] == ["阿里托育园", "安心托育园"]


def test_the_key_is_toneless_pinyin():
    assert name_sort_key("长江托育") == "chang jiang tuo yu"
    assert name_sort_key("ABC幼儿园") == "abc you er yuan"
    assert name_sort_key(None) is None
