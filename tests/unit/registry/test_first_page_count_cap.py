"""The registry's first page with a count cap, the same on SQLite and PostgreSQL (`make test` runs
this module on both engines against the same demo).

A search matching more than the cap gives its first rows and a lower bound (`exact` False) without
counting every match; another order of the same search reuses a known count.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event, text
from test_engines import ON_POSTGRES

from workstation.services.common.context import Actor
from workstation.services.registry.listing import RegistryQuery, RegistryService

TODAY = dt.date(2026, 6, 30)
CAP = 50


@pytest.fixture(scope="module")
def db(tmp_path_factory, demo_database):
    made = demo_database(tmp_path_factory.mktemp("cap") / "demo.db", 300, seed=3, today=TODAY,
                         actor=Actor(username="tester"))
    yield made
    made.close()


@pytest.fixture
def statements(db):
    seen: list[str] = []

    def grab(conn, cursor, statement, parameters, context, executemany):
        seen.append(" ".join(statement.split()).lower())

    engine = db.factory.kw["bind"]
    event.listen(engine, "before_cursor_execute", grab)
    yield seen
    event.remove(engine, "before_cursor_execute", grab)


def _uncapped_counts(seen: list[str]) -> list[str]:
    return [s for s in seen if "count(" in s and "limit" not in s
            and "from nursery" in s.replace("(", " ").replace(")", " ")]


# Of the 300 demo nurseries: a long term, a longer one, a short and a long one
@pytest.mark.parametrize("text", ["九龙坡", "重庆市九龙坡区", "育 九龙坡区"])
@pytest.mark.parametrize("sort_key", ["name", "places_total", "status"])
def test_many_matches_give_the_first_rows_and_a_lower_bound(db, statements, text, sort_key):
    service = RegistryService(db.factory)
    query = RegistryQuery(text=text, sort_key=sort_key, descending=True)
    statements.clear()

    first = service.first_page(query, 20, count_cap=CAP)

    assert (first.exact, first.total) == (False, CAP + 1)
    assert _uncapped_counts(statements) == []  # nothing counted every match
    assert [r.id for r in first.rows] == [r.id for r in service.page(query, 0, 20)]
    assert service.count(query) > CAP


@pytest.mark.parametrize("text", ["宝贝", "托育 宝贝", "没有这种名字", "九龙坡 宝贝"])
def test_few_matches_are_counted_exactly(db, text):
    service = RegistryService(db.factory)
    query = RegistryQuery(text=text)
    first = service.first_page(query, 20, count_cap=CAP)
    assert first.exact and first.total == service.count(query) <= CAP
    assert first.rows == service.page(query, 0, 20)


@pytest.mark.skipif(ON_POSTGRES, reason="SQLite's short-term index (a server's: the two tests below)")
@pytest.mark.parametrize("text", ["托育", "托", "m", "区"])
def test_short_terms_are_counted_exactly_at_once(db, text):
    # the short-term index counts them without reading rows, whatever the term
    service = RegistryService(db.factory)
    query = RegistryQuery(text=text)
    first = service.first_page(query, 20, count_cap=CAP)
    assert first.exact and first.total == service.count(query) > CAP


@pytest.mark.skipif(not ON_POSTGRES, reason="a server's grams index (WS_TEST_DB=postgresql)")
@pytest.mark.parametrize("sort_key", ["name", "places_total"])
def test_on_a_server_a_short_term_most_nurseries_hold_is_counted_up_to_the_cap(db, statements, sort_key,
                                                                               monkeypatch):
    # 区: every one of the 300 (the grams bitmap would visit each row); tested on the rows as read.
    # The 300 nurseries stand for a district: "most" is scaled to the cap of 50 (5 x 50 < 300 planned).
    monkeypatch.setattr("workstation.services.registry.capped_count.WALK_FOR_COUNT_OVER", 5)
    with db.factory.begin() as session:  # the statistics autovacuum keeps on a server in use
        session.execute(text("ANALYZE nursery"))
    service = RegistryService(db.factory)
    query = RegistryQuery(text="区", sort_key=sort_key)
    statements.clear()

    first = service.first_page(query, 20, count_cap=CAP)

    assert (first.exact, first.total) == (False, CAP + 1)
    assert _uncapped_counts(statements) == []
    assert [r.id for r in first.rows] == [r.id for r in service.page(query, 0, 20)]
    assert service.count(query) == 300


@pytest.mark.skipif(not ON_POSTGRES, reason="a server's grams index (WS_TEST_DB=postgresql)")
@pytest.mark.parametrize("text", ["宝", "鑫"])
def test_on_a_server_a_rare_short_term_is_counted_exactly_at_once(db, text):
    service = RegistryService(db.factory)
    query = RegistryQuery(text=text)
    first = service.first_page(query, 20, count_cap=CAP)
    assert first.exact and first.total == service.count(query) <= CAP
    assert first.rows == service.page(query, 0, 20)


def test_a_filter_with_the_search_is_capped_the_same(db):
    service = RegistryService(db.factory)
    everything = RegistryQuery(text="九龙坡区")
    one_street = RegistryQuery(text="九龙坡区", street_code=_a_street(service))
    for query in (everything, one_street):
        first = service.first_page(query, 10, count_cap=CAP)
        exact = service.count(query)
        assert first.exact == (exact <= CAP)
        assert first.total == min(exact, CAP + 1)
        assert first.rows == service.page(query, 0, 10)


def test_another_order_of_a_counted_search_is_not_counted_again(db, statements):
    service = RegistryService(db.factory)
    total = service.first_page(RegistryQuery(text="托育"), 20).total  # the search, counted
    query = RegistryQuery(text="托育", sort_key="places_total")  # then a header click
    statements.clear()

    first = service.first_page(query, 20, total=total)

    assert (first.exact, first.total) == (True, total)
    assert [s for s in statements if "count(" in s] == []
    assert first.rows == service.page(query, 0, 20)


def _a_street(service: RegistryService) -> str:
    return service.streets()[0].code
