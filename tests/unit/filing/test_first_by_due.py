"""The filing queues' first entries chosen along the deadline index and the names' index (#17): the same
applications in the same order as the join that read a nursery row per candidate, on both engines, and (on a
file) without that join once a day has many candidates."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from workstation.db.readers import SessionReader
from workstation.domain.counting import CLOSED
from workstation.domain.filing_states import CLOCK_STATES, FilingKind, FilingState
from workstation.services.common.context import Actor
from workstation.services.filing import first_by_due as module
from workstation.services.filing.first_by_due import first_by_due

TODAY = dt.date(2026, 12, 4)
RECEIPTS = (f"a.state IN ({', '.join('?' * len(CLOCK_STATES))})", tuple(sorted(s.value for s in CLOCK_STATES)),
            "a.due_on")
NOTICES = ("a.state = ? AND a.kind != ?", (FilingState.ACCEPTED.value, FilingKind.CANCELLATION.value),
           "a.verification_due_on")


@pytest.fixture(scope="module")
def district(demo_database, tmp_path_factory):
    """A demo district where a few nurseries share one name and a few are closed (applications kept)."""
    db = demo_database(tmp_path_factory.mktemp("first") / "d.db", 400, seed=7, today=TODAY,
                       actor=Actor("tester", "测试员", "SYSTEM"))
    with db.factory.begin() as session:
        ids = [r[0] for r in session.execute(text(
            "SELECT DISTINCT nursery_id FROM filing_application WHERE due_on IS NOT NULL "
            "OR verification_due_on IS NOT NULL ORDER BY nursery_id"))]
        session.execute(text("UPDATE nursery SET name_pinyin = 'a tie' WHERE id IN (:a, :b, :c)"),
                        {"a": ids[3], "b": ids[10], "c": ids[25]})
        session.execute(text("UPDATE nursery SET status = :s WHERE id IN (:a, :b)"),
                        {"s": sorted(CLOSED, key=lambda s: s.value)[0].value, "a": ids[5], "b": ids[40]})
    return db


def _days(db) -> list[tuple[str, str]]:
    with db.factory() as session:
        rows = session.execute(text("SELECT min(due_on), max(due_on), min(verification_due_on), "
                                    "max(verification_due_on) FROM filing_application")).one()
    return [("<", str(rows[1])), ("<", str(TODAY)), ("=", str(rows[0])), ("<", "2030-01-01"), ("=", str(rows[2]))]


@pytest.mark.parametrize("limit", [1, 3, 20, 1000])
def test_walking_the_names_gives_the_joins_applications_in_its_order(district, monkeypatch, limit):
    reader = SessionReader(district.factory)
    monkeypatch.setattr(module, "_BATCH", 7)  # batches end inside a run of one name, and the walk goes on
    for op, day in _days(district):
        for where, params, due in (RECEIPTS, NOTICES):
            joined = first_by_due(reader.rows, where, params, due, op, day, limit, walk_over=10**9)
            walked = first_by_due(reader.rows, where, params, due, op, day, limit, walk_over=0)
            assert walked == joined, (op, day, due)


@pytest.mark.sqlite_only("SQLite's query plans")
def test_a_day_with_many_candidates_reads_no_nursery_row_per_candidate(district, monkeypatch):
    """Only the shown entries are read whole (on an encrypted file each nursery row is a page decrypted);
    the join ordered every candidate by reading its nursery's row."""
    import workstation.services.filing.served as served

    monkeypatch.setattr(module, "WALK_OVER", 0)  # every day counts as one with many candidates
    plans: list[tuple[str, str]] = []
    reader = SessionReader(district.factory)
    real = reader.rows

    def rows(sql, params=()):
        plans.extend((sql, str(step[-1])) for step in real("EXPLAIN QUERY PLAN " + sql, params))
        return real(sql, params)

    reader.rows = rows  # type: ignore[method-assign]
    served.read_work_queues(reader, TODAY, limit=5)
    by_row = {sql for sql, step in plans if "USING INTEGER PRIMARY KEY" in step and " n " in f" {step} "}
    assert by_row, "the shown entries are read whole"
    assert all("a.id IN (" in sql or "verification_due_on IS NULL" in sql for sql in by_row), by_row
