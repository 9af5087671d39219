"""An edit of a nursery rewrites only the search-index entries its changed fields call for (issue #14:
the push import's commit spent most of its time re-writing every gram of every updated nursery)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from workstation.services.common.context import Actor

FIELDS = ("name", "alias", "uscc", "address", "legal_rep_name")


pytestmark = pytest.mark.sqlite_only("SQLite's FTS5 and short-term index tables and their triggers")


@pytest.fixture
def db(tmp_path, demo_database):
    made = demo_database(tmp_path / "demo.db", 12, seed=5, today=dt.date(2026, 6, 30), actor=Actor(username="tester"))
    yield made
    made.close()


def _expected_grams(conn, nursery_id: int) -> set[str]:
    """Every character and pair of adjacent characters of the searched fields, ASCII folded as LIKE folds."""
    values = conn.execute(text(f"SELECT {', '.join(FIELDS)} FROM nursery WHERE id = :id"), {"id": nursery_id}).one()
    grams = set()
    for value in values:
        folded = "".join(c.lower() if c.isascii() else c for c in value or "")
        grams |= {folded[i:i + size] for size in (1, 2) for i in range(len(folded) - size + 1)}
    return grams


def _indexed(conn, nursery_id: int) -> set[str]:
    return {g for (g,) in conn.execute(text("SELECT gram FROM nursery_gram WHERE nursery_id = :id"), {"id": nursery_id})}


def _writes(conn, statement: str, **params) -> int:
    """Rows the statement wrote, its triggers' writes included (the FTS index's shadow tables too)."""
    before = conn.execute(text("SELECT total_changes()")).scalar_one()
    conn.execute(text(statement), params)
    return conn.execute(text("SELECT total_changes()")).scalar_one() - before


def _gram_writes(conn, statement: str, **params) -> int:
    """Rows of the short-term index the statement inserted or deleted."""
    conn.execute(text("CREATE TEMP TABLE IF NOT EXISTS gram_writes (n INTEGER)"))
    conn.execute(text("DELETE FROM gram_writes"))
    conn.execute(text("INSERT INTO gram_writes VALUES (0)"))
    for event in ("INSERT", "DELETE"):
        conn.execute(text(f"CREATE TEMP TRIGGER IF NOT EXISTS count_gram_{event.lower()} AFTER {event} "
                          "ON main.nursery_gram BEGIN UPDATE gram_writes SET n = n + 1; END"))
    conn.execute(text(statement), params)
    return conn.execute(text("SELECT n FROM gram_writes")).scalar_one()


def test_an_address_edit_writes_only_the_grams_that_appear(db):
    with db.engine.begin() as conn:
        nursery_id, address = conn.execute(text("SELECT id, address FROM nursery ORDER BY id LIMIT 1")).one()
        assert _indexed(conn, nursery_id) == _expected_grams(conn, nursery_id)
        added = {"Ж", address[-1] + "Ж"} - _expected_grams(conn, nursery_id)
        writes = _gram_writes(conn, "UPDATE nursery SET address = :a WHERE id = :id", a=address + "Ж", id=nursery_id)
        assert writes == len(added)  # not every gram of the nursery deleted and inserted again
        assert _indexed(conn, nursery_id) == _expected_grams(conn, nursery_id)
        hits = conn.execute(text("SELECT rowid FROM nursery_fts WHERE nursery_fts MATCH :t"),
                            {"t": f'"{address[-2:]}Ж"'}).scalars().all()
        assert hits == [nursery_id]


def test_an_update_to_the_same_values_leaves_both_search_indexes_alone(db):
    with db.engine.begin() as conn:
        nursery_id = conn.execute(text("SELECT id FROM nursery ORDER BY id LIMIT 1")).scalar_one()
        writes = _writes(conn, "UPDATE nursery SET name = name, address = address, uscc = uscc WHERE id = :id",
                         id=nursery_id)
        assert writes == 1
        assert _indexed(conn, nursery_id) == _expected_grams(conn, nursery_id)


def test_edits_of_several_fields_keep_exactly_the_grams_of_the_new_values(db):
    with db.engine.begin() as conn:
        ids = conn.execute(text("SELECT id FROM nursery ORDER BY id LIMIT 3")).scalars().all()
        edits = [
            # A gram leaving one field but still in another stays; case-only changes fold to the same grams.
            {"name": "Ab托育园", "alias": "托育", "address": ""},
            {"name": "aB托育园", "alias": "", "legal_rep_name": "张AB"},
            {"uscc": "91500107MA5UXXXX1X", "address": "九龙坡区杨家坪正街1号", "name": "杨家坪托育"},
        ]
        for nursery_id in ids:
            for edit in edits:
                edit = {**edit, "uscc": f"{edit['uscc']}{nursery_id}"} if "uscc" in edit else edit
                sets = ", ".join(f"{field} = :{field}" for field in edit)
                before = _expected_grams(conn, nursery_id)
                writes = _gram_writes(conn, f"UPDATE nursery SET {sets} WHERE id = :id", id=nursery_id, **edit)
                after = _expected_grams(conn, nursery_id)
                assert _indexed(conn, nursery_id) == after, (nursery_id, edit)
                assert writes == len(before ^ after), (nursery_id, edit)
