"""20261205_0040: whether a schedule's nursery charges, stored on the schedule by triggers, so the fee
list finds its "listed but not charging" nurseries in an index instead of probing every non-charging
nursery; the list stays what the probe gave, day after day (a schedule starting tomorrow, one ending
today, nurseries leaving and re-entering a charging status)."""

from __future__ import annotations

import datetime as dt

import pytest
from alembic import command
from fee_probe_reference import CHARGING_SQL
from fee_probe_reference import listed_by_probe as _listed_by_probe
from fee_probe_reference import matching as _matching
from sqlalchemy import event, select, text, update

from workstation.db import migrate
from workstation.db.orm import Nursery
from workstation.db.orm.fees import FeeSchedule
from workstation.db.repositories.fees import CHARGING
from workstation.domain.enums import InstitutionStatus
from workstation.services.common.context import Actor
from workstation.services.fees import OVERVIEW_SORT_KEYS, FeeOverviewQuery, FeeService

TODAY = dt.date(2026, 12, 5)
DAYS = (TODAY - dt.timedelta(days=1), TODAY, TODAY + dt.timedelta(days=1), TODAY + dt.timedelta(days=40))
STALE = (f"SELECT count(*) FROM fee_schedule s JOIN nursery n ON n.id = s.nursery_id WHERE s.nursery_charging <> "
         f"CASE WHEN n.status IN ({CHARGING_SQL}) THEN 1 ELSE 0 END")


def _config(conn):
    config = migrate._alembic_config()
    config.attributes["connection"] = conn
    return config


def _set_status(db, nursery_id: int, status: InstitutionStatus) -> None:
    with db.factory.begin() as session:
        session.execute(update(Nursery).where(Nursery.id == nursery_id).values(status=status))


@pytest.fixture
def district(demo_database, tmp_path):
    db = demo_database(tmp_path / "d.db", 120, seed=7, today=TODAY, actor=Actor("tester"))
    yield db
    db.close()


def _with_schedule(session, charging: bool) -> list[int]:
    statuses = [s for s in InstitutionStatus if (s in CHARGING) == charging]
    return list(session.scalars(select(Nursery.id).where(Nursery.status.in_(statuses),
                                                         Nursery.id.in_(select(FeeSchedule.nursery_id)))
                                .order_by(Nursery.id)))


def test_the_list_is_what_the_probe_gave_on_every_day(district):
    with district.factory() as session:
        charging = _with_schedule(session, True)
        not_charging = list(session.scalars(select(Nursery.id).where(Nursery.status.not_in(CHARGING))
                                            .order_by(Nursery.id)))
    cancelled, ends_today, back, *_ = charging
    starts_tomorrow = not_charging[0]
    with district.factory.begin() as session:
        # Ends today, and a schedule of the same nursery from tomorrow on is none (it closed).
        session.execute(update(FeeSchedule).where(FeeSchedule.nursery_id == ends_today,
                                                  FeeSchedule.effective_to.is_(None)).values(effective_to=TODAY))
        session.add(FeeSchedule(nursery_id=starts_tomorrow, effective_from=TODAY + dt.timedelta(days=1), note=""))
    _set_status(district, cancelled, InstitutionStatus.CANCELLED)  # open schedule: still listed
    _set_status(district, ends_today, InstitutionStatus.CLOSED_UNFILED)  # listed today, not tomorrow
    _set_status(district, back, InstitutionStatus.CANCELLED)
    _set_status(district, back, InstitutionStatus.OPERATING)  # charging again
    fees = FeeService(district.factory, Actor("tester"), today=lambda: TODAY)
    with district.factory() as session:
        assert session.scalar(text(STALE)) == 0
        term = session.get(Nursery, cancelled).name
    seen_others = set()
    for day in DAYS:
        with district.factory() as session:
            expected = _listed_by_probe(session, day)
            matching = _matching(session, term)
        listed_others = fees.listed_not_charging(day)
        assert listed_others is not None
        seen_others |= {(day, i) for i in listed_others}
        with district.factory() as session:
            not_charging_now = set(session.scalars(select(Nursery.id).where(Nursery.status.not_in(CHARGING))))
        assert set(listed_others) == expected & not_charging_now, day
        for kept in (None, {}):
            assert fees.overview_count(FeeOverviewQuery(), day, kept=kept) == len(expected), day
            assert fees.overview_count(FeeOverviewQuery(text=term), day, kept=kept) == len(expected & matching), day
        for key in OVERVIEW_SORT_KEYS:
            page = fees.overview_page(FeeOverviewQuery(sort_key=key), 0, 1000, day)
            assert {r.nursery_id for r in page} == expected, (day, key)
        searched = fees.overview_page(FeeOverviewQuery(text=term), 0, 1000, day)
        assert {r.nursery_id for r in searched} == expected & matching, day
    # The cases happened: each non-charging nursery listed exactly on the days its schedule is in force.
    assert {(d, i) for d, i in seen_others if i in (cancelled, ends_today, starts_tomorrow)} == {
        *((d, cancelled) for d in DAYS), (DAYS[0], ends_today), (TODAY, ends_today),
        (DAYS[2], starts_tomorrow), (DAYS[3], starts_tomorrow)}


def test_every_status_is_stored_as_charging_or_not(district):
    """The migration's own list of charging statuses is the program's (repositories.fees.CHARGING)."""
    with district.factory() as session:
        nursery_id = _with_schedule(session, True)[0]
    for status in InstitutionStatus:
        _set_status(district, nursery_id, status)
        with district.factory() as session:
            stored = set(session.scalars(select(FeeSchedule.nursery_charging)
                                         .where(FeeSchedule.nursery_id == nursery_id)))
        assert stored == {int(status in CHARGING)}, status


def test_upgrade_stores_each_schedules_charging_state(demo_database, tmp_path):
    db = demo_database(tmp_path / "d.db", 120, seed=7, today=TODAY, actor=Actor("tester"))
    try:
        with db.engine.begin() as conn:
            command.downgrade(_config(conn), "20261205_0039")
            # A nursery that stopped charging with its schedule still open, as the old program left it.
            conn.exec_driver_sql("UPDATE nursery SET status = 'CANCELLED' WHERE id = "
                                 "(SELECT min(nursery_id) FROM fee_schedule)")
            command.upgrade(_config(conn), "head")
            assert conn.exec_driver_sql(STALE).scalar_one() == 0
            assert conn.exec_driver_sql("SELECT count(*) FROM fee_schedule WHERE nursery_charging = 0").scalar_one()
    finally:
        db.close()


def test_a_server_walks_the_sort_order_for_a_short_term_matching_many(district, monkeypatch):
    """On PostgreSQL a one- or two-character term was tested through the grams index, priced at ~500
    matches whatever the term: 托's 72,000 matches at 100,000 nurseries were read whole and sorted
    (~150 ms a page). Told the count, a search matching many tests its rows with LIKE instead, which
    the planner prices right and walks along the sort index; the rows are the same."""
    from workstation.services.fees import overview as fee_overview

    if district.engine.dialect.name != "postgresql":
        pytest.skip("the server's grams index (SQLite probes its short-term table row by row already)")
    monkeypatch.setattr(fee_overview, "DENSE_LISTED", 10)
    fees = FeeService(district.factory, Actor("tester"), today=lambda: TODAY)
    query = FeeOverviewQuery(text="园")
    listed = fees.overview_count(query)
    assert listed > 10
    seen: list[str] = []
    listen = lambda *args: seen.append(args[2])  # noqa: E731  (conn, cursor, statement, …)
    event.listen(district.engine, "before_cursor_execute", listen)
    try:
        walked = fees.overview_page(query, 0, 30, listed=listed)
    finally:
        event.remove(district.engine, "before_cursor_execute", listen)
    page = [s for s in seen if s.startswith("SELECT nursery.id") and "ORDER BY" in s]
    assert page and "ws_search_grams" not in page[0] and "LIKE" in page[0], page
    assert [r.nursery_id for r in walked] == [r.nursery_id for r in fees.overview_page(query, 0, 30)]


@pytest.mark.sqlite_only("SQLite query plans")
def test_a_long_term_matching_many_walks_the_name_index(district, monkeypatch):
    """A term of three or more characters matching many nurseries (托育园: 6,000 at 100,000) read
    every match's row to sort them, a page per row to decrypt on an encrypted district. Told the count,
    the page walks the name index and probes each id in the set of matches, as the registry does."""
    from workstation.services.fees import overview as fee_overview

    monkeypatch.setattr(fee_overview, "DENSE_LISTED", 10)
    fees = FeeService(district.factory, Actor("tester"), today=lambda: TODAY)
    with district.factory() as session:
        term = session.scalar(select(Nursery.address).limit(1))[:3]
    query = FeeOverviewQuery(text=term)
    listed = fees.overview_count(query)
    assert listed > 10
    seen: list[tuple[str, tuple]] = []
    listen = lambda _c, _cur, statement, parameters, *_: seen.append((statement, parameters))  # noqa: E731
    event.listen(district.engine, "before_cursor_execute", listen)
    try:
        walked = fees.overview_page(query, 0, 5, listed=listed)
    finally:
        event.remove(district.engine, "before_cursor_execute", listen)
    statement, parameters = next((s, p) for s, p in seen if s.startswith("SELECT nursery.id") and "ORDER BY" in s)
    with district.engine.connect() as conn:
        plan = [row[3] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)]
    assert any(step.startswith("SCAN nursery USING INDEX ix_nursery_name_pinyin") for step in plan), plan
    assert not any("TEMP B-TREE FOR ORDER BY" in step for step in plan), plan
    assert [r.nursery_id for r in walked] == [r.nursery_id for r in fees.overview_page(query, 0, 5)]


def test_a_server_counts_a_search_in_one_read_of_its_matches(district):
    """On a server each count through the search indexes reads every match's row (托: 72,000 at
    100,000 nurseries). The list's count of a search read them twice (all matches, then the
    non-charging ones among them); now once, the charging ones counted in the same read."""
    if district.engine.dialect.name != "postgresql":
        pytest.skip("the server's search indexes (SQLite counts its index entries alone)")
    fees = FeeService(district.factory, Actor("tester"), today=lambda: TODAY)
    seen: list[str] = []
    listen = lambda *args: seen.append(args[2])  # noqa: E731  (conn, cursor, statement, …)
    for term in ("园", "幼儿园"):
        seen.clear()
        event.listen(district.engine, "before_cursor_execute", listen)
        try:
            counted = fees.overview_count(FeeOverviewQuery(text=term), kept={})
        finally:
            event.remove(district.engine, "before_cursor_execute", listen)
        reads = [s for s in seen if "count(" in s and "FROM nursery" in s]
        assert len(reads) == 1, reads
        with district.factory() as session:
            assert counted == len(_listed_by_probe(session, TODAY) & _matching(session, term))
