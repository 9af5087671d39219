"""Each filing application carries its nursery's name key and whether the nursery is open (migration
20261205_0046, kept by triggers), so the queues' first entries and counts are ranges of the deadline indexes
(#17: on an encrypted file every nursery page read after another desk's commit is decrypted again). The keys
follow every write, the queues stay those of the join, on both engines and through both readers."""

from __future__ import annotations

import datetime as dt
import importlib

import pytest
from sqlalchemy import inspect, text

from workstation.db.readers import SessionReader, open_reader
from workstation.domain.counting import CLOSED
from workstation.domain.enums import InstitutionStatus
from workstation.domain.filing_states import CLOCK_STATES, FilingKind, FilingState
from workstation.domain.pinyin_order import KEY_LENGTH
from workstation.services.common.context import Actor
from workstation.services.filing.queues import work_queues
from workstation.services.filing.served import read_work_queues

TODAY = dt.date(2026, 12, 4)
SHUT = sorted(CLOSED, key=lambda s: s.value)[0].value
WRONG_KEYS = text(
    "SELECT count(*) FROM filing_application AS a JOIN nursery AS n ON n.id = a.nursery_id "
    "WHERE a.nursery_open <> CASE WHEN n.status IN ('CANCELLED', 'CLOSED_UNFILED') THEN 0 ELSE 1 END "
    "OR (a.nursery_pinyin IS NULL) <> (n.name_pinyin IS NULL) OR a.nursery_pinyin <> n.name_pinyin")


@pytest.fixture
def district(demo_database, tmp_path_factory):
    """A demo district where a few nurseries share one name and a few are closed (applications kept)."""
    db = demo_database(tmp_path_factory.mktemp("keys") / "d.db", 300, seed=7, today=TODAY,
                       actor=Actor("tester", "测试员", "SYSTEM"))
    yield db
    db.close()


def _queued_nurseries(db) -> list[int]:
    with db.factory() as session:
        return [r[0] for r in session.execute(text(
            "SELECT DISTINCT nursery_id FROM filing_application WHERE due_on IS NOT NULL "
            "OR verification_due_on IS NOT NULL ORDER BY nursery_id"))]


def _tie_and_close(db) -> list[int]:
    """Three nurseries of the queues share one name key and two are closed, written with plain SQL; their ids."""
    ids = _queued_nurseries(db)
    with db.factory.begin() as session:
        session.execute(text("UPDATE nursery SET name_pinyin = 'a tie' WHERE id IN (:a, :b, :c)"),
                        {"a": ids[3], "b": ids[10], "c": ids[25]})
        session.execute(text("UPDATE nursery SET status = :s WHERE id IN (:a, :b)"),
                        {"s": SHUT, "a": ids[5], "b": ids[40]})
    return ids


def _wrong_keys(db) -> int:
    with db.factory() as session:
        return int(session.execute(WRONG_KEYS).scalar_one())


def _expected(db, today: dt.date) -> dict[str, set[int]]:
    """The clock queues and 待核实 from the nursery rows themselves (the join), by queue key."""
    from workstation.services.calendar import load_calendar

    shut = {s.value for s in CLOSED}
    clock = {s.value for s in CLOCK_STATES}
    with db.factory() as session:
        next_day = load_calendar(session).next_working_day(today)
        rows = session.execute(text(
            "SELECT a.id, a.state, a.kind, a.due_on, a.verification_due_on, n.status FROM filing_application AS a "
            "JOIN nursery AS n ON n.id = a.nursery_id")).all()
    found: dict[str, set[int]] = {"overdue": set(), "due_today": set(), "due_next": set(),
                                  "awaiting_verification": set()}
    for app_id, state, kind, due, verify, status in rows:
        if status in shut:
            continue
        due = dt.date.fromisoformat(str(due)[:10]) if due else None
        verify = dt.date.fromisoformat(str(verify)[:10]) if verify else None
        notice = state == FilingState.ACCEPTED.value and kind != FilingKind.CANCELLATION.value
        for day in ([due] if state in clock and due else []) + ([verify] if notice and verify else []):
            key = "overdue" if day < today else "due_today" if day == today else "due_next" if day == next_day else ""
            if key:
                found[key].add(app_id)
        if state == FilingState.ACCEPTED.value:
            found["awaiting_verification"].add(app_id)
    return found


def _in_order(db, queue) -> bool:
    with db.factory() as session:
        pinyin = dict(session.execute(text("SELECT id, name_pinyin FROM nursery")).all())
    keys = [(e.due_on or dt.date.max, pinyin[e.nursery_id] or "") for e in queue.entries]
    return keys == sorted(keys)


def test_the_migration_names_the_programs_closed_statuses_and_key_width():
    migration = importlib.import_module("migrations.versions.20261205_0046_filing_queue_keys")
    assert set(migration.CLOSED) == {s.value for s in CLOSED}
    assert migration.KEY_LENGTH == KEY_LENGTH


def test_the_keys_follow_renames_closures_reopenings_and_new_applications(district):
    """Written with plain SQL, as a restore, an import or another program would: the triggers keep up."""
    assert _wrong_keys(district) == 0
    ids = _tie_and_close(district)
    with district.factory.begin() as session:
        session.execute(text("UPDATE nursery SET name_pinyin = NULL WHERE id = :a"), {"a": ids[7]})
    with district.factory() as session:
        keys = dict(session.execute(text(
            "SELECT nursery_id, nursery_pinyin FROM filing_application WHERE nursery_id IN (:a, :b)"),
            {"a": ids[3], "b": ids[7]}).all())
        shut = session.execute(text("SELECT DISTINCT nursery_open FROM filing_application WHERE nursery_id = :a"),
                               {"a": ids[5]}).scalars().all()
    assert keys == {ids[3]: "a tie", ids[7]: None}
    assert shut == [0]
    with district.factory.begin() as session:
        session.execute(text("UPDATE nursery SET status = :s WHERE id = :a"),
                        {"s": InstitutionStatus.OPERATING.value, "a": ids[5]})
        copied = ", ".join(c["name"] for c in inspect(session.connection()).get_columns("filing_application")
                           if c["name"] not in {"id", "uuid", "nursery_id", "nursery_open", "nursery_pinyin", "receipt_no"})
        session.execute(text(f"INSERT INTO filing_application (uuid, nursery_id, {copied}) "
                             f"SELECT 'k-1', :n, {copied} FROM filing_application LIMIT 1"), {"n": ids[40]})
        session.execute(text("UPDATE filing_application SET nursery_id = :n WHERE id = "
                             "(SELECT min(id) FROM filing_application WHERE nursery_id = :m)"), {"n": ids[40], "m": ids[3]})
    assert _wrong_keys(district) == 0


@pytest.mark.parametrize("today", [TODAY, dt.date(2026, 12, 31), dt.date(2027, 1, 8)])
def test_both_readers_leave_out_closed_nurseries_and_order_ties_alike(district, today):
    _tie_and_close(district)
    expected = _expected(district, today)
    assert sum(map(len, expected.values())) > 0
    with district.factory() as session:
        whole = work_queues(session, today, limit=10**9)
        for queue in whole.queues:
            if queue.key in expected:
                assert {e.application_id for e in queue.entries} == expected[queue.key], queue.key
                assert queue.total == len(expected[queue.key]), queue.key
            assert _in_order(district, queue), queue.key
        reader = open_reader(district.location)  # the start-up reader: sqlite3 on a file, the wire on a server
        try:
            served = {limit: read_work_queues(reader, today, limit=limit) for limit in (1, 3, 10**9)}
        finally:
            reader.close()
        for limit in (1, 3, 10**9):
            orm = work_queues(session, today, limit=limit)
            assert orm.queues == served[limit].queues
            for short, full in zip(orm.queues, whole.queues, strict=True):
                assert short.total == full.total
                assert short.entries == full.entries[:limit]


@pytest.mark.sqlite_only("SQLite's query plans")
def test_no_nursery_row_is_read_per_candidate(district):
    """Only the entries shown are read whole with their nurseries; choosing and counting them reads the
    applications' indexes alone (no nursery row, no sort of a whole day's candidates)."""
    plans: list[tuple[str, str]] = []
    reader = SessionReader(district.factory)
    real = reader.rows

    def rows(sql, params=()):
        plans.extend((sql, str(step[-1])) for step in real("EXPLAIN QUERY PLAN " + sql, params))
        return real(sql, params)

    reader.rows = rows  # type: ignore[method-assign]
    read_work_queues(reader, TODAY, limit=5)
    joined = {sql for sql, step in plans if "nursery" in step.split(" USING")[0].split()[-1:]}
    assert joined, "the shown entries are read whole"
    assert all("a.id IN (" in sql or "FROM nursery WHERE" in sql or "verification_due_on IS NULL" in sql
               for sql in joined), joined
    chosen = {sql for sql, _step in plans if sql.startswith("SELECT a.id FROM")}
    assert chosen
    for sql in chosen:
        steps = [step for s, step in plans if s == sql]
        assert any("_queue" in step for step in steps), steps


def test_check_names_an_application_whose_keys_were_edited_by_hand(district):
    """A direct edit of the copied keys is found by `check`, as a wrong enrolment total is."""
    from pathlib import Path

    from workstation.services.audit import check_database, check_server

    def check():
        url = district.engine.url
        if district.engine.dialect.name == "postgresql":
            return check_server(url.render_as_string(hide_password=False))
        district.engine.dispose()
        return check_database(Path(url.database))

    assert not [p for p in check().problems if "排序键" in p]
    with district.engine.begin() as conn:
        app_id = conn.exec_driver_sql("SELECT min(id) FROM filing_application").scalar_one()
        conn.exec_driver_sql(f"UPDATE filing_application SET nursery_open = 1 - nursery_open WHERE id = {app_id}")
    wrong = [p for p in check().problems if "排序键" in p]
    assert len(wrong) == 1 and f"（编号 {app_id}）" in wrong[0], wrong
