"""Registry service: search (FTS and LIKE), filters, stable sorting, paging, plans, indexes."""

from __future__ import annotations

import pytest
from sqlalchemy import event, func, insert, select

from workstation.db.orm import Nursery, NurseryServiceType, Street
from workstation.domain.enums import (
    DemonstrationLevel,
    InstitutionKind,
    InstitutionStatus,
    LegalNature,
    ServiceType,
)
from workstation.domain.pinyin_order import name_sort_key
from workstation.services.registry import listing as registry_module
from workstation.services.registry import search as registry_search
from workstation.services.registry.listing import SORT_KEYS, RegistryQuery, RegistryService
from workstation.services.registry.search import (
    ENUM_SORT_KEYS,
    SEARCH_COLUMNS,
    Plan,
    TextSearch,
    choose_plan,
    filter_conditions,
    fts_phrase,
    order_by,
    search_terms,
)

BRANDS = ("乐贝", "童趣", "彩虹", "启蒙", "禾苗")
STATUSES = list(InstitutionStatus)
SPECIAL = [  # rows the searches below look for
    {"name": "重庆市九龙坡区小星星托育中心", "alias": "星星屋", "uscc": "91500107MA60ABCD1X",
     "legal_rep_name": "欧阳娜娜", "address": "杨家坪正街88号"},
    {"name": "重庆市九龙坡区星光婴幼儿照护服务中心", "alias": "", "uscc": "52500107MJP12345XY",
     "legal_rep_name": "冉小红", "address": "谢家湾正街1号"},
    {"name": "九龙坡区50%折扣_托育园", "alias": "", "uscc": None, "legal_rep_name": "王五",
     "address": "石杨路\"1\"号"},
]


def _rows(street_ids: list[int]) -> list[dict]:
    rows = [{"name": f"重庆市九龙坡区{BRANDS[i % 5]}托育园{i:02d}", "alias": BRANDS[i % 5] if i % 3 else "",
             "uscc": f"92500107{i:09d}X" if i % 4 else None, "legal_rep_name": f"张{i:02d}",
             "address": f"九龙大道{i}号"} for i in range(40)]
    rows += [dict(row) for row in SPECIAL]
    for i, row in enumerate(rows):
        row.update(
            legal_nature=list(LegalNature)[i % 5], kind=list(InstitutionKind)[i % 6],
            status=STATUSES[(i * 7) % len(STATUSES)], street_id=street_ids[i % 2] if i % 5 else None,
            places_total=(i * 37) % 90, places_inclusive=(i * 11) % 30, inclusive=i % 3 == 0,
            demonstration_level=list(DemonstrationLevel)[i % 4] if i % 6 == 0 else None,
        )
    return rows


@pytest.fixture
def registry(district):
    """A RegistryService over 43 nurseries in the `district` database."""
    with district.factory.begin() as session:
        street_ids = list(session.scalars(select(Street.id).order_by(Street.code)))
        session.execute(insert(Nursery), _rows(street_ids))
        ids = list(session.scalars(select(Nursery.id).order_by(Nursery.id)))
        types = list(ServiceType)
        session.execute(insert(NurseryServiceType),
                        [{"nursery_id": id_, "service_type": types[n % 4]} for n, id_ in enumerate(ids)])
    return RegistryService(district.factory)


@pytest.fixture(params=["fts", "like"])
def any_registry(request, registry):
    """The registry with the trigram index, and with LIKE only (as without FTS5 trigram)."""
    if request.param == "like":
        registry._use_fts = False
    return registry


def names(service: RegistryService, query: RegistryQuery) -> list[str]:
    return [row.name for row in service.page(query, 0, 1000)]


def all_rows(service: RegistryService, query: RegistryQuery, chunk: int = 7) -> list:
    total = service.count(query)
    return [row for offset in range(0, total, chunk) for row in service.page(query, offset, chunk, total)]


class TestSearch:
    @pytest.mark.parametrize(("text", "expected"), [
        ("星", {"重庆市九龙坡区小星星托育中心", "重庆市九龙坡区星光婴幼儿照护服务中心"}),
        ("星星", {"重庆市九龙坡区小星星托育中心"}),
        ("小星星", {"重庆市九龙坡区小星星托育中心"}),
        ("婴幼儿照护", {"重庆市九龙坡区星光婴幼儿照护服务中心"}),
    ])
    def test_chinese_terms_of_one_two_and_more_characters(self, any_registry, text, expected):
        query = RegistryQuery(text=text)
        assert set(names(any_registry, query)) == expected
        assert any_registry.count(query) == len(expected)

    def test_alias_address_and_legal_representative(self, any_registry):
        assert names(any_registry, RegistryQuery(text="星星屋")) == ["重庆市九龙坡区小星星托育中心"]
        assert names(any_registry, RegistryQuery(text="杨家坪正街")) == ["重庆市九龙坡区小星星托育中心"]
        assert names(any_registry, RegistryQuery(text="欧阳娜娜")) == ["重庆市九龙坡区小星星托育中心"]
        assert names(any_registry, RegistryQuery(text="冉")) == ["重庆市九龙坡区星光婴幼儿照护服务中心"]

    @pytest.mark.parametrize("text", ["91500107MA60ABCD1X", "ma60abcd", "ＭＡ６０ＡＢ", "ｍａ６０", "1X", "MA"])
    def test_uscc_in_any_case_and_width(self, any_registry, text):
        assert "重庆市九龙坡区小星星托育中心" in names(any_registry, RegistryQuery(text=text))

    def test_all_terms_must_match(self, any_registry):
        assert names(any_registry, RegistryQuery(text="星 杨家坪")) == ["重庆市九龙坡区小星星托育中心"]
        assert names(any_registry, RegistryQuery(text="小星星  冉小红")) == []

    @pytest.mark.parametrize("text", ["50%", "%", "_托", '"1"号', '石杨路"1', "AND", "星 OR", "NEAR(", "*"])
    def test_operators_and_wildcards_are_literal(self, any_registry, text):
        found = names(any_registry, RegistryQuery(text=text))
        assert found == [r.name for r in all_rows(any_registry, RegistryQuery()) if _contains_all(r, text)]

    def test_blank_text_is_no_search(self, registry):
        assert registry.count(RegistryQuery(text="  \u3000 ")) == 43

    @pytest.mark.sqlite_only("drops SQLite's FTS5 table")
    def test_falls_back_to_like_without_fts_table(self, district, registry):
        with district.engine.begin() as conn:
            for trigger in ("nursery_fts_ai", "nursery_fts_ad", "nursery_fts_au"):
                conn.exec_driver_sql(f"DROP TRIGGER {trigger}")
            conn.exec_driver_sql("DROP TABLE nursery_fts")
        fresh = RegistryService(district.factory)
        assert names(fresh, RegistryQuery(text="小星星")) == ["重庆市九龙坡区小星星托育中心"]
        assert fresh._use_fts is False

    def test_terms_are_normalised(self):
        assert search_terms("  ＡＢ１\u3000小星  小星 ") == ("AB1", "小星")
        assert fts_phrase('a"b') == '"a""b"'
        search = TextSearch.parse("小星星 星 ab", use_fts=True, fold_case=False)
        assert search.fts_query == '"小星星"' and search.like_terms == ("星", "ab")


def _contains_all(row, text: str) -> bool:
    values = [(getattr(row, column) or "").upper() for column in SEARCH_COLUMNS]
    return all(any(term.upper() in value for value in values) for term in search_terms(text))


class TestFilters:
    def _check(self, registry, field, value, predicate):
        query = RegistryQuery(**{field: value})
        rows = all_rows(registry, query)
        everything = all_rows(registry, RegistryQuery())
        assert rows == [r for r in everything if predicate(r)]
        assert 0 < len(rows) < 43

    def test_street(self, registry):
        self._check(registry, "street_code", "500107002", lambda r: r.street_name == "谢家湾街道")

    @pytest.mark.parametrize("field", ["legal_nature", "kind", "status"])
    def test_enumerations(self, registry, field):
        value = {"legal_nature": LegalNature.FOR_PROFIT, "kind": InstitutionKind.COMMUNITY,
                 "status": InstitutionStatus.OPERATING}[field]
        self._check(registry, field, value, lambda r: getattr(r, field) == value)

    @pytest.mark.parametrize("value", [True, False])
    def test_inclusive(self, registry, value):
        self._check(registry, "inclusive", value, lambda r: r.inclusive is value)

    @pytest.mark.parametrize("value", [True, False])
    def test_demonstration(self, registry, value):
        self._check(registry, "demonstration", value, lambda r: (r.demonstration_level is not None) is value)

    def test_service_type(self, registry):
        rows = all_rows(registry, RegistryQuery(service_type=ServiceType.HOURLY))
        assert len(rows) == 11  # every fourth nursery, from the third

    def test_filters_combine_with_search(self, any_registry):
        query = RegistryQuery(text="星", street_code="500107002")
        assert [r.street_name for r in any_registry.page(query, 0, 50)] == ["谢家湾街道"]


def _expected_order(rows, key: str, descending: bool):
    def sort_value(row):
        if key in ENUM_SORT_KEYS:
            value = getattr(row, key)
            return -1 if value is None else list(ENUM_SORT_KEYS[key]).index(value)
        if key == "street":
            return (row.street_name is not None, row.street_name or "")  # streets were set up in name order
        if key == "name":
            return name_sort_key(row.name)  # pinyin order (domain/pinyin_order.py)
        value = getattr(row, key)
        return (value is not None, value if value is not None else "")
    return sorted(rows, key=lambda r: (sort_value(r), r.id), reverse=descending)


class TestSortingAndPaging:
    @pytest.mark.parametrize("key", SORT_KEYS)
    @pytest.mark.parametrize("descending", [False, True])
    def test_every_key_sorts_stably_with_id_tie_breaker(self, registry, key, descending):
        query = RegistryQuery(sort_key=key, descending=descending)
        rows = all_rows(registry, query)
        assert [r.id for r in rows] == [r.id for r in _expected_order(rows, key, descending)]
        assert len({r.id for r in rows}) == registry.count(query) == 43

    def test_unknown_sort_key_is_refused(self):
        with pytest.raises(ValueError):
            RegistryQuery(sort_key="name; DROP TABLE nursery")

    @pytest.mark.parametrize("chunk", [1, 5, 16, 43, 100])
    def test_pages_join_up_across_boundaries(self, registry, chunk):
        query = RegistryQuery(sort_key="status", descending=True)
        whole = registry.page(query, 0, 100)
        assert all_rows(registry, query, chunk) == whole
        assert registry.page(query, 40, 10) == whole[40:]
        assert registry.page(query, 43, 10, 43) == [] and registry.page(query, 0, 0) == []

    @pytest.mark.parametrize("text", ["托育", "星", "九龙坡", "托育园", "9250", "张0", "无此机构"])
    @pytest.mark.parametrize("key", ["name", "status", "places_total"])
    def test_every_plan_gives_the_same_pages(self, any_registry, text, key):
        query = RegistryQuery(text=text, sort_key=key)
        total = any_registry.count(query)
        # total hints that make the service choose LIST, DIRECT and WALK (None).
        for hint in (total, 10**9, None):
            assert [r.id for r in all_rows_hinted(any_registry, query, total, hint)] == \
                   [r.id for r in any_registry.page(query, 0, 100)]

    @pytest.mark.parametrize("text", ["", "托育", "星", "九龙坡", "92500107", "无此机构"])
    @pytest.mark.parametrize("window", [1, 3, 1000])
    def test_first_page_is_count_and_page(self, any_registry, monkeypatch, text, window):
        monkeypatch.setattr(registry_search, "FIRST_WINDOW", window)
        query = RegistryQuery(text=text, sort_key="legal_rep_name", descending=True)
        first = any_registry.first_page(query, 5)
        assert first.total == any_registry.count(query)
        assert first.rows == any_registry.page(query, 0, 5)


class TestIdSnapshot:
    QUERIES = [RegistryQuery(status=InstitutionStatus.FILED, sort_key="places_total"),
               RegistryQuery(text="托育", sort_key="name", descending=True),
               RegistryQuery(text="九龙坡 星", inclusive=False, sort_key="status")]

    @pytest.mark.parametrize("query", QUERIES)
    def test_pages_cut_from_ordered_ids_equal_offset_pages(self, any_registry, monkeypatch, query):
        expected = all_rows(any_registry, query)
        monkeypatch.setattr(registry_module, "SNAPSHOT_FROM", 0)
        any_registry.first_page(query, 3)
        assert all_rows(any_registry, query) == expected
        assert any_registry._snapshot is not None and any_registry._snapshot[0] == query

    def test_first_page_starts_a_new_reading(self, district, registry, monkeypatch):
        monkeypatch.setattr(registry_module, "SNAPSHOT_FROM", 0)
        query = RegistryQuery(text="新机构", sort_key="id")
        assert registry.page(query, 0, 10) == []
        with district.factory.begin() as session:
            session.execute(insert(Nursery), [{**_rows([1, 2])[0], "name": "新机构托育园", "uscc": None}])
        assert registry.page(query, 0, 10) == []  # the ids read before
        first = registry.first_page(query, 10)
        assert [r.name for r in first.rows] == ["新机构托育园"] and first.total == 1
        assert [r.name for r in registry.page(query, 0, 10)] == ["新机构托育园"]


def all_rows_hinted(service, query, total, hint):
    return [row for offset in range(0, total, 4) for row in service.page(query, offset, 4, hint)]


@pytest.mark.sqlite_only("SQLite's query plans (EXPLAIN QUERY PLAN)")
class TestPlans:
    def test_choice(self):
        like = TextSearch.parse("园", use_fts=True, fold_case=False)
        fts = TextSearch.parse("托育园", use_fts=True, fold_case=False)
        assert choose_plan(like, None, 100_000, 200) is Plan.WALK
        assert choose_plan(like, 1500, 100_000, 200) is Plan.LIST
        assert choose_plan(like, 60_000, 100_000, 200) is Plan.DIRECT
        assert choose_plan(like, 60_000, 100_000, 50_000) is Plan.WALK
        assert choose_plan(like, 5_000, 100_000, 200) is Plan.WALK
        assert choose_plan(fts, 60_000, 100_000, 200) is Plan.WALK
        assert choose_plan(fts, 1500, 100_000, 200) is Plan.LIST

    def test_dense_short_terms_are_probed_row_by_row_along_the_sort_index(self):
        short = TextSearch.parse("托育 园", use_fts=True, fold_case=False, use_grams=True)
        mixed = TextSearch.parse("托育 九龙坡", use_fts=True, fold_case=False, use_grams=True)
        assert choose_plan(short, 60_000, 100_000, 200) is Plan.PROBE  # ~330 probes, not 60,000 ids
        assert choose_plan(short, 5_000, 100_000, 200) is Plan.WALK  # sparse: collect the ids
        assert choose_plan(mixed, 60_000, 100_000, 200) is Plan.WALK  # the trigram index is not probed

    def test_a_page_of_a_dense_short_term_reads_no_list_of_matching_ids(self, district, registry, monkeypatch):
        """The sort click of a search matching most nurseries (托育 on 68% of 100k): each entry of
        the sort index is probed in the short-term index; collecting every match first cost an
        encrypted district 25 ms a click (every page of the gram table decrypted)."""
        monkeypatch.setattr(registry_search, "SMALL_RESULT", 0)  # as with 100k nurseries: not looked up
        query = RegistryQuery(text="托育", sort_key="address", descending=True)
        total = registry.count(query)
        assert total > 20  # dense in the 43 nurseries
        statements = []

        def record(conn, cursor, statement, *args):
            statements.append(statement)
        event.listen(district.engine, "before_cursor_execute", record)
        try:
            first = registry.first_page(query, 10, total=total)
        finally:
            event.remove(district.engine, "before_cursor_execute", record)
        page = [s for s in statements if "ORDER BY nursery.address DESC" in s]
        assert len(page) == 1 and "EXISTS (SELECT" in page[0], page
        plan = _plan_sql(district, page[0], ("托育", 10, 0))
        assert "CORRELATED SCALAR SUBQUERY" in plan and "LIST SUBQUERY" not in plan.split("ix_nursery_address")[-1], plan
        assert first.rows == registry.page(query, 0, 10, None)  # the rows the collected ids give

    def test_fts_only_search_reads_ids_from_the_index_alone(self):
        sql = str(TextSearch.parse("托育园", use_fts=True, fold_case=False).matching_ids())
        assert "FROM nursery_fts" in sql and "FROM nursery " not in sql + " "

    @pytest.mark.parametrize("key", SORT_KEYS)
    def test_every_sort_key_walks_an_index(self, district, key):
        """Migration 0003's indexes (enum ranks included) match the ORDER BY: no sorting of the table."""
        for descending in (False, True):
            plan = _plan(district, select(Nursery.id).order_by(
                *order_by(RegistryQuery(sort_key=key, descending=descending))).limit(200))
            assert "USE TEMP B-TREE FOR ORDER BY" not in plan, plan
            assert "USING" in plan or key == "id", plan

    @pytest.mark.parametrize("key", ["legal_nature", "kind", "status"])
    def test_enum_filters_use_the_rank_index(self, district, key):
        query = RegistryQuery(**{key: list(ENUM_SORT_KEYS[key])[1]})
        plan = _plan(district, select(func.count()).select_from(Nursery).where(*filter_conditions(query)))
        assert f"ix_nursery_{key}_rank" in plan, plan


def _plan_sql(district, sql: str, params: tuple) -> str:
    with district.engine.connect() as conn:
        return " | ".join(row[3] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params))


def _plan(district, stmt) -> str:
    sql = str(stmt.compile(district.engine, compile_kwargs={"literal_binds": True}))
    with district.engine.connect() as conn:
        return " | ".join(row[3] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}"))


def test_streets_for_the_filter(registry):
    assert [(s.code, s.name) for s in registry.streets()] == [("500107001", "杨家坪街道"), ("500107002", "谢家湾街道")]
