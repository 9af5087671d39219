"""Work queues are a COUNT and an ORDER BY … LIMIT each: the first entries and the true totals,
without reading any queue whole (before: 52,436 rows read to show 100 at 100,000 nurseries)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event, select

from workstation.db.orm import Nursery
from workstation.db.orm.filing import FilingApplication
from workstation.domain.counting import CLOSED
from workstation.domain.filing import FilingState
from workstation.services.common.context import Actor
from workstation.services.filing.queues import work_queues

TODAY = dt.date(2026, 12, 4)


@pytest.fixture(scope="module")
def db(demo_database, tmp_path_factory):
    db = demo_database(tmp_path_factory.mktemp("queues") / "q.db", 300, seed=7, today=TODAY,
                       actor=Actor("tester", "测试员", "SYSTEM"))
    yield db
    db.close()


def test_each_queue_lists_its_first_entries_with_the_true_total(db):
    statements: list[str] = []
    engine = db.factory.kw["bind"]
    listen = lambda _conn, _cursor, statement, *_rest: statements.append(" ".join(statement.split()))  # noqa: E731
    with db.factory() as session:
        accepted = session.execute(select(Nursery.status).join(FilingApplication, FilingApplication.nursery_id == Nursery.id)
                                   .where(FilingApplication.state == FilingState.ACCEPTED)).scalars().all()
        everything = work_queues(session, TODAY, limit=10**9)
        event.listen(engine, "before_cursor_execute", listen)
        try:
            first = work_queues(session, TODAY, limit=3)
        finally:
            event.remove(engine, "before_cursor_execute", listen)
    for whole, short in zip(everything.queues, first.queues, strict=True):
        assert short.total == whole.total == len(whole.entries)
        assert short.entries == whole.entries[:3]
    assert first.queue("awaiting_verification").total == sum(s not in CLOSED for s in accepted)  # open nurseries only
    assert sum(q.total > 3 for q in first.queues) >= 2  # the demo fills some queues beyond the three shown
    listing = [s for s in statements if s.startswith(("SELECT filing_application.id", "SELECT nursery.id", "SELECT anon_"))]
    # no queue is read whole: each list stops at its limit, and the shown entries are read by id
    assert listing and all("LIMIT" in s or "filing_application.id IN (" in s for s in listing)
    assert any("count(" in s and "filing_application" in s for s in statements)  # its total is counted apart



def _plans(engine, run) -> dict[str, list[str]]:
    """Each SELECT `run` sent, with its query plan."""
    seen: list[tuple[str, tuple]] = []
    listen = lambda _c, _cur, statement, parameters, *_: seen.append((statement, tuple(parameters)))  # noqa: E731
    event.listen(engine, "before_cursor_execute", listen)
    try:
        run()
    finally:
        event.remove(engine, "before_cursor_execute", listen)
    with engine.connect() as conn:
        return {statement: [row[3] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)]
                for statement, parameters in seen if statement.startswith("SELECT")}


@pytest.mark.sqlite_only("SQLite query plans")
def test_the_queues_count_in_indexes_and_read_the_not_filed_backlog_along_one(db):
    """After every change in an application dialog the queues are read again: at 100,000 nurseries
    their counts looked up each of ~18,000 overdue applications (or 11,000 registered nurseries) in
    the table. Every count is answered by an index alone; the backlog is read in its order."""
    engine = db.factory.kw["bind"]

    def read() -> None:
        with db.factory() as session:
            work_queues(session, TODAY, limit=3)

    plans = _plans(engine, read)
    counts = {s: p for s, p in plans.items() if "count(" in s}
    assert counts
    for statement, plan in counts.items():
        tables = [step for step in plan if step.startswith(("SEARCH", "SCAN")) and step != "SCAN CONSTANT ROW"]
        assert tables and all("COVERING INDEX" in step for step in tables), (statement, plan)
    backlog = next(p for s, p in plans.items() if s.startswith("SELECT nursery.id") and "ORDER BY coalesce" in s)
    assert backlog[0].startswith("SEARCH nursery USING COVERING INDEX ix_nursery_not_filed (status=?)"), backlog
    assert not any(step == "USE TEMP B-TREE FOR ORDER BY" for step in backlog), backlog


def test_the_queue_counts_are_two_statements(db):
    """After every change in an application dialog the filing page reads the queues again: their
    seven application counts (each listing the closed nurseries anew, the ~18,000 overdue
    notifications walked twice at 100,000 nurseries) are one statement (counted in the indexes, which
    carry whether the nursery is open: migration 20261205_0046), plus the backlog's count."""
    statements: list[str] = []
    engine = db.factory.kw["bind"]
    listen = lambda _conn, _cursor, statement, *_rest: statements.append(" ".join(statement.split()))  # noqa: E731
    with db.factory() as session:
        event.listen(engine, "before_cursor_execute", listen)
        try:
            queues = work_queues(session, TODAY, limit=3)
        finally:
            event.remove(engine, "before_cursor_execute", listen)
    counting = [s for s in statements if "count(" in s or "sum(" in s]
    assert len(counting) == 2, counting
    assert len(statements) <= 14, statements
    assert sum(q.total for q in queues.queues) > 0


@pytest.mark.sqlite_only("SQLite query plans")
def test_no_queue_sorts_every_application_it_matches(db):
    """After another desk's commit every page a read touches is read again (on an encrypted file,
    decrypted): at 100,000 nurseries the overdue receipts (two states at once) were all read whole
    with their nurseries and sorted, to show 200. Each list now walks its deadline index in order
    (one state per statement), sorting only within a day, and reads whole only the entries shown."""
    engine = db.factory.kw["bind"]

    def read() -> None:
        with db.factory() as session:
            work_queues(session, TODAY, limit=3)

    plans = _plans(engine, read)
    for statement, plan in plans.items():
        assert "USE TEMP B-TREE FOR ORDER BY" not in plan, (statement, plan)
    wide = [s for s in plans if "filing_application.due_provisional" in s]
    assert wide and all("filing_application.id IN (" in s or "ORDER BY filing_application.verification_due_on" in s
                        for s in wide), wide


@pytest.mark.parametrize("today", [TODAY, dt.date(2026, 12, 1), dt.date(2027, 1, 8)])
@pytest.mark.parametrize("limit", [1, 2, 5])
def test_short_queues_are_the_heads_of_the_whole_ones(db, today, limit):
    """Every queue's first entries, in order, and its count, at several days and limits."""
    with db.factory() as session:
        whole = work_queues(session, today, limit=10**9)
        short = work_queues(session, today, limit=limit)
    assert sum(len(q.entries) for q in whole.queues) > 3 * limit
    for full, head in zip(whole.queues, short.queues, strict=True):
        assert head.total == full.total == len(full.entries)
        assert head.entries == full.entries[:limit]
