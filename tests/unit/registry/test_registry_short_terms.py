"""Search terms of one or two characters (too short for the trigram index) are answered by the
short-term index: the same nurseries as LIKE would find, without reading every row (issue #14)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event, select, text, update

from workstation.db.orm import Nursery, Street
from workstation.services.common.context import Actor
from workstation.services.registry.listing import RegistryQuery, RegistryService

TODAY = dt.date(2026, 6, 30)
FIELDS = ("name", "alias", "uscc", "address", "legal_rep_name")


@pytest.fixture(scope="module")
def db(tmp_path_factory, demo_database):
    made = demo_database(tmp_path_factory.mktemp("short") / "demo.db", 300, seed=3, today=TODAY,
                         actor=Actor(username="tester"))
    yield made
    made.close()


def _expected(db, terms: list[str], street_id: int | None = None) -> list[int]:
    """Ids matching every term in some field, as SQLite's LIKE matches (ASCII case folded)."""
    def fold(value: str) -> str:
        return "".join(c.lower() if c.isascii() else c for c in value)

    with db.factory() as session:
        rows = session.execute(select(Nursery.id, Nursery.street_id, *(getattr(Nursery, f) for f in FIELDS))).all()
    return sorted(row[0] for row in rows
                  if (street_id is None or row[1] == street_id)
                  and all(any(fold(term) in fold(value or "") for value in row[2:]) for term in terms))


def _statements(db, run) -> list[tuple[str, tuple]]:
    seen: list[tuple[str, tuple]] = []

    def record(_conn, _cursor, statement, parameters, _context, _executemany):
        seen.append((statement, tuple(parameters)))

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        run()
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    return seen


@pytest.mark.sqlite_only("SQLite's short-term index table (nursery_gram)")
@pytest.mark.parametrize("typed", ["托", "育园", "园", "x", "X", "91", "9", "育婴", "宁", "zq", "托 园", "街 91"])
def test_short_terms_find_what_like_finds_without_reading_every_row(db, typed):
    service = RegistryService(db.factory)
    query = RegistryQuery(text=typed, sort_key="id")
    expected = _expected(db, typed.split())
    statements = _statements(db, lambda: service.first_page(query, 50))
    first = service.first_page(query, 50)
    assert first.total == len(expected)
    assert [row.id for row in first.rows] == expected[:50]
    assert [row.id for row in service.page(query, 50, 500, first.total)] == expected[50:550]
    assert not any(" LIKE " in statement for statement, _ in statements), statements
    with db.engine.connect() as conn:  # matches are looked up in the index; no statement reads every row
        plans = {statement: [row[3] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)]
                 for statement, parameters in statements}
    counts = [plan for statement, plan in plans.items() if "count(" in statement and "nursery_gram" in statement]
    assert counts
    for plan in counts:
        assert any(step.startswith("SEARCH nursery_gram USING PRIMARY KEY") for step in plan), plan
    for plan in plans.values():
        assert "SCAN nursery" not in plan, plan


@pytest.mark.sqlite_only("SQLite's short-term index table (nursery_gram)")
def test_short_term_filter_and_edit_keep_the_index_in_step(db):
    service = RegistryService(db.factory)
    with db.factory.begin() as session:
        street = session.scalars(select(Street).order_by(Street.id)).first()
        target = session.scalar(select(Nursery.id).where(Nursery.street_id == street.id).order_by(Nursery.id))
        session.execute(update(Nursery).where(Nursery.id == target).values(name="Ωψ托育中心", version=Nursery.version + 1))
    assert [r.id for r in service.first_page(RegistryQuery(text="ωψ", sort_key="id"), 50).rows] == []
    assert [r.id for r in service.first_page(RegistryQuery(text="Ωψ", sort_key="id"), 50).rows] == [target]
    filtered = service.first_page(RegistryQuery(text="托", street_code=street.code, sort_key="id"), 500)
    assert [r.id for r in filtered.rows] == _expected(db, ["托"], street.id)
    with db.factory.begin() as session:
        session.execute(update(Nursery).where(Nursery.id == target).values(name="晨光幼苗园", version=Nursery.version + 1))
    assert service.count(RegistryQuery(text="Ωψ")) == 0
    assert target in [r.id for r in service.first_page(RegistryQuery(text="幼苗", sort_key="id"), 500).rows]
    with db.engine.connect() as conn:  # the index holds the edited nursery's new characters, not the old
        grams = {g for (g,) in conn.execute(text("SELECT gram FROM nursery_gram WHERE nursery_id = :id"),
                                            {"id": target})}
    assert {"幼苗", "晨"} <= grams and "Ωψ" not in grams
