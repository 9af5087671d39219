"""The clock queues (已逾期, 今日到期, 下一工作日到期) choose their first entries from the three deadline lists
together (#17): on a file SQLite merges the lists as it walks their indexes and stops at the limit, so a
nursery page is read for the entries shown (and their day's), not for the first `limit` of every list:
after another desk's commit each page read is decrypted again on an encrypted district."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event

from workstation.services.common.context import Actor
from workstation.services.filing.queues import work_queues

TODAY = dt.date(2026, 12, 4)


@pytest.fixture(scope="module")
def db(demo_database, tmp_path_factory):
    db = demo_database(tmp_path_factory.mktemp("merge") / "m.db", 300, seed=11, today=TODAY,
                       actor=Actor("tester", "测试员", "SYSTEM"))
    yield db
    db.close()


def _listings(db, day: dt.date, limit: int) -> list[tuple[str, tuple]]:
    """The statements choosing the clock queues' entries (by the nursery's name), with their parameters."""
    seen: list[tuple[str, tuple]] = []
    engine = db.factory.kw["bind"]
    listen = lambda _c, _cur, statement, parameters, *_: seen.append((statement, tuple(parameters)))  # noqa: E731
    event.listen(engine, "before_cursor_execute", listen)
    try:
        with db.factory() as session:
            work_queues(session, day, limit=limit)
    finally:
        event.remove(engine, "before_cursor_execute", listen)
    return [(s, p) for s, p in seen if "AS pinyin" in s and "UNION ALL" in s]


@pytest.mark.sqlite_only("SQLite query plans")
def test_the_deadline_lists_are_merged_in_order_and_stop_at_the_limit(db):
    listings = _listings(db, TODAY, 3)
    assert len(listings) == 3  # one statement per clock queue
    engine = db.factory.kw["bind"]
    with engine.connect() as conn:
        for statement, parameters in listings:
            plan = [row[3] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)]
            assert plan[0] == "MERGE (UNION ALL)", plan  # read in order, as far as the limit
            assert "USE TEMP B-TREE FOR ORDER BY" not in plan, plan  # no part is sorted whole
            assert statement.count("LIMIT") == 1, statement  # no part reads its own first `limit`


@pytest.mark.parametrize("day", [TODAY, dt.date(2026, 12, 1), dt.date(2027, 1, 8)])
@pytest.mark.parametrize("limit", [1, 4])
def test_merged_lists_show_the_same_entries_as_whole_queues(db, day, limit):
    with db.factory() as session:
        whole = work_queues(session, day, limit=10**9)
        short = work_queues(session, day, limit=limit)
    clocks = ("overdue", "due_today", "due_next")
    assert sum(len(whole.queue(key).entries) for key in clocks) > limit
    for key in clocks:
        full, head = whole.queue(key), short.queue(key)
        assert head.total == full.total == len(full.entries)
        assert head.entries == full.entries[:limit]
        assert list(full.entries) == sorted(full.entries, key=lambda e: (e.due_on, e.due_on is None))  # by date
