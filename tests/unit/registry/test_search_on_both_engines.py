"""The registry's search finds the same nurseries for the same data on SQLite and PostgreSQL.

SQLite answers from its FTS5 trigram and short-term tables, PostgreSQL with ILIKE through pg_trgm
indexes and, for terms of one or two characters, the GIN index of each row's grams (db/search_index.py). `make test` runs this module on both engines against the same demo
(its ids are the demo's own, equal on both), so pinning each search's ids here pins both engines.
"""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from sqlalchemy import event, select, text

from workstation.db.orm import Nursery
from workstation.services.common.context import Actor
from workstation.services.registry.listing import RegistryQuery, RegistryService

TODAY = dt.date(2026, 6, 30)
FIELDS = ("name", "alias", "uscc", "address", "legal_rep_name")
# typed -> (how many match, sha256 of their ids in order, first 12 hex digits); the same on both engines
PINNED = {
    "托育": (204, 'a79d6c1baeae'),
    "宝贝": (24, 'c7f1fcc747ec'),
    "托": (225, 'fde9fad01105'),
    "园": (119, '3f6bedee8b09'),
    "91": (189, '0c3e21585afd'),
    "ma": (199, '8c892fbc84f3'),
    "MA6": (107, '6f9615c486a8'),
    "街道 托育": (184, '52fdbada6720'),
    "重庆市九龙坡区": (300, '3ed224803781'),
    "没有这种名字": (0, 'e3b0c44298fc'),
    # one or two characters with ASCII letters in either case, and beside a longer term
    "MA": (199, '8c892fbc84f3'),
    "m": (253, '98c939fc40ef'),
    "育 宝贝": (18, '0014e845df78'),
    "区": (300, '3ed224803781'),
}


@pytest.fixture(scope="module")
def db(tmp_path_factory, demo_database):
    made = demo_database(tmp_path_factory.mktemp("engines") / "demo.db", 300, seed=3, today=TODAY,
                         actor=Actor(username="tester"))
    yield made
    made.close()


def _reference(db, terms: list[str]) -> list[int]:
    """Ids matching every term in some field, ASCII case folded (as both engines search)."""
    def fold(value: str) -> str:
        return "".join(c.lower() if c.isascii() else c for c in value)

    with db.factory() as session:
        rows = session.execute(select(Nursery.id, *(getattr(Nursery, f) for f in FIELDS))).all()
    return sorted(row[0] for row in rows
                  if all(any(fold(term) in fold(value or "") for value in row[1:]) for term in terms))


def _digest(ids: list[int]) -> tuple[int, str]:
    return len(ids), hashlib.sha256(",".join(map(str, ids)).encode()).hexdigest()[:12]


@pytest.mark.parametrize("typed", list(PINNED))
def test_a_search_finds_the_same_nurseries_on_either_engine(db, typed):
    service = RegistryService(db.factory)
    query = RegistryQuery(text=typed, sort_key="id")
    total = service.count(query)
    found = [row.id for row in service.page(query, 0, max(total, 1), total)]
    assert found == _reference(db, typed.split())
    assert _digest(found) == PINNED[typed]


def test_on_postgresql_a_row_holds_the_grams_sqlite_indexes_for_it(db):
    """ws_search_grams (migration 20261205_0035) lists what SQLite's nursery_gram holds for the row,
    apart from grams holding the newline that joins the fields (no search term holds one)."""
    if db.engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL's grams function (SQLite's table: test_registry_short_terms)")
    from workstation.db.postgres.search_grams import row_grams
    from workstation.db.sqlite.search_grams import grams_of

    with db.factory() as session:
        rows = session.execute(select(row_grams(), *(getattr(Nursery, f) for f in FIELDS))).all()
    assert len(rows) == 300
    for held, *values in rows:
        assert {gram for gram in held if "\n" not in gram} == grams_of(values, 1000)


def test_on_postgresql_a_short_term_is_counted_and_found_through_the_grams_index(db):
    if db.engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL's plan (SQLite's plans: test_registry_service)")
    from workstation.db.postgres.search_grams import count_by_index
    from workstation.services.registry.search import TextSearch

    seen: list[str] = []

    def record(_conn, _cursor, statement, *_rest) -> None:
        seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        RegistryService(db.factory).first_page(RegistryQuery(text="托", sort_key="name"), 50)
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    assert any("ws_search_grams" in sql for sql in seen) and not any("ILIKE" in sql for sql in seen)
    search = TextSearch.parse("托", use_fts=False, fold_case=True, row_grams=True)
    count = search.index_count().compile(db.engine, compile_kwargs={"literal_binds": True})
    with db.factory() as session:
        assert count_by_index(session, search.index_count()) == len(_reference(db, ["托"]))
        assert session.scalar(text("SELECT current_setting('enable_seqscan')")) == "on"  # set back after the count
        session.execute(text("SELECT set_config('enable_seqscan', 'off', true)"))
        plan = "\n".join(session.scalars(text(f"EXPLAIN {count}")).all())
    # At 300 rows the planner may take any index as the bitmap; at 100,000 it takes the grams index (bench)
    assert "Seq Scan" not in plan and "Bitmap Index Scan" in plan


def test_on_postgresql_a_search_uses_the_trigram_indexes_and_no_planner_trick(db):
    if db.engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL's plan (SQLite's plans: test_registry_service)")
    seen: list[str] = []

    def record(_conn, _cursor, statement, *_rest) -> None:
        seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        RegistryService(db.factory).first_page(RegistryQuery(text="宝贝", sort_key="name"), 50)
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    assert seen and not any("+ 0" in sql or "+ %(" in sql for sql in seen)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("SET enable_seqscan = off")  # 300 rows: show the index applies, not its cost
        plan = "\n".join(conn.execute(
            text("EXPLAIN SELECT id FROM nursery WHERE name ILIKE :p OR address ILIKE :p"), {"p": "%宝贝%"}).scalars())
    assert "ix_nursery_name_trgm" in plan and "ix_nursery_address_trgm" in plan
