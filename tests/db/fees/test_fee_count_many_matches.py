"""收费公示's count of a search matching many nurseries through the FTS index (托育园: 8,400 at 100,000).

The count takes the non-charging matches off the index's total. Tested per match, SQLite probed the
status index once per match and non-charging status (托育园 12 ms, 有限公司 89 ms CPU at 100,000); now
it reads the ~28,700 non-charging nurseries along that index and tests each in the set of matches.
"""

from __future__ import annotations

import datetime as dt

import pytest
from fee_probe_reference import listed_by_probe as _listed_by_probe
from fee_probe_reference import matching as _matching
from sqlalchemy import event, select, update

from workstation.db.orm import Nursery
from workstation.db.orm.fees import FeeSchedule
from workstation.db.repositories.fees import CHARGING
from workstation.domain.enums import InstitutionStatus
from workstation.services.common.context import Actor
from workstation.services.fees import FeeOverviewQuery, FeeService
from workstation.services.fees import overview as fee_overview

TODAY = dt.date(2026, 12, 5)
DAYS = (TODAY - dt.timedelta(days=1), TODAY, TODAY + dt.timedelta(days=1), TODAY + dt.timedelta(days=40))


@pytest.fixture
def district(demo_database, tmp_path):
    db = demo_database(tmp_path / "d.db", 150, seed=11, today=TODAY, actor=Actor("tester"))
    yield db
    db.close()


def _terms(district) -> list[str]:
    with district.factory() as session:
        addresses = session.scalars(select(Nursery.address).order_by(Nursery.id).limit(3)).all()
        name = session.scalar(select(Nursery.name).order_by(Nursery.id.desc()).limit(1))
    return [*(a[:3] for a in addresses), name[-3:], f"{addresses[0][:3]} {name[-2:]}", "托育", "无此机构名"]


def _no_longer_charging_with_schedules(district) -> None:
    """Non-charging nurseries with a schedule ending today, starting tomorrow, and one still open."""
    with district.factory() as session:
        charging = session.scalars(select(FeeSchedule.nursery_id).join(Nursery, Nursery.id == FeeSchedule.nursery_id)
                                   .where(Nursery.status.in_(CHARGING), FeeSchedule.effective_to.is_(None))
                                   .order_by(FeeSchedule.nursery_id).limit(2)).all()
        idle = session.scalar(select(Nursery.id).where(Nursery.status.not_in(CHARGING)).order_by(Nursery.id))
    ends_today, still_open = charging
    with district.factory.begin() as session:
        session.execute(update(FeeSchedule).where(FeeSchedule.nursery_id == ends_today,
                                                  FeeSchedule.effective_to.is_(None)).values(effective_to=TODAY))
        session.add(FeeSchedule(nursery_id=idle, effective_from=TODAY + dt.timedelta(days=1), note=""))
        for nursery_id, status in ((ends_today, InstitutionStatus.CLOSED_UNFILED),
                                   (still_open, InstitutionStatus.CANCELLED)):
            session.execute(update(Nursery).where(Nursery.id == nursery_id).values(status=status))


@pytest.mark.parametrize("walk_from", [0, 10**9])
def test_the_count_of_a_search_is_the_probes_on_every_day(district, monkeypatch, walk_from):
    """Either way of counting (along the status index, or per match) gives what probing every nursery gives."""
    monkeypatch.setattr(fee_overview, "WALK_NOT_CHARGING_FROM", walk_from, raising=False)
    _no_longer_charging_with_schedules(district)
    fees = FeeService(district.factory, Actor("tester"), today=lambda: TODAY)
    for day in DAYS:
        with district.factory() as session:
            listed = _listed_by_probe(session, day)
            expected = {term: len(listed & set.intersection(*(_matching(session, t) for t in term.split())))
                        for term in _terms(district)}
        assert any(expected.values())
        for kept in (None, {}):
            counted = {term: fees.overview_count(FeeOverviewQuery(text=term), day, kept=kept) for term in expected}
            assert counted == expected, (day, kept)


@pytest.mark.sqlite_only("SQLite query plans")
def test_many_matches_count_their_non_charging_ones_along_the_status_index(district, monkeypatch):
    monkeypatch.setattr(fee_overview, "WALK_NOT_CHARGING_FROM", 0, raising=False)
    fees = FeeService(district.factory, Actor("tester"), today=lambda: TODAY)
    term = _terms(district)[0]
    seen: list[tuple[str, tuple]] = []
    listen = lambda _c, _cur, statement, parameters, *_: seen.append((statement, parameters))  # noqa: E731
    event.listen(district.engine, "before_cursor_execute", listen)
    try:
        fees.overview_count(FeeOverviewQuery(text=term), kept={})
    finally:
        event.remove(district.engine, "before_cursor_execute", listen)
    statement, parameters = next((s, p) for s, p in seen
                                 if "count(" in s and "nursery.status IN" in s and "nursery_fts" in s)
    with district.engine.connect() as conn:
        plan = [row[3] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)]
    assert "SEARCH nursery USING COVERING INDEX ix_nursery_status (status=?)" in plan, plan
    assert not any("rowid=?" in step for step in plan), plan  # no probe per match


@pytest.mark.parametrize("cap", [0, 3, 10**6])
def test_a_count_up_to_a_cap_is_exact_below_it_and_a_lower_bound_above(district, cap):
    """On a server a search listing more than the cap answers (cap + 1, not exact) at once, the exact count
    being for another thread; anything it calls exact is the exact count. A file counts exactly always
    (its search index counts cheaply)."""
    _no_longer_charging_with_schedules(district)
    fees = FeeService(district.factory, Actor("tester"), today=lambda: TODAY)
    server = district.engine.dialect.name == "postgresql"
    capped = 0
    for term in ["", *_terms(district)]:
        for query in (FeeOverviewQuery(text=term), FeeOverviewQuery(text=term, over_cap_only=True)):
            exact = fees.overview_count(query, TODAY)
            for kept in (None, {}):
                found, is_exact = fees.overview_count_up_to(query, TODAY, cap=cap, kept=kept)
                if is_exact:
                    assert found == exact, (term, query, cap)
                else:
                    assert server and query.text and not query.over_cap_only, (term, query)
                    assert (found, exact > cap) == (cap + 1, True), (term, cap)
                    capped += 1
    assert (capped > 0) == (server and cap < 10**6), capped


def test_whether_the_list_shows_a_nursery_is_what_the_list_shows(district):
    """overview_lists (one nursery tested: the panel below keeps a nursery listed beyond the rows read)."""
    _no_longer_charging_with_schedules(district)
    fees = FeeService(district.factory, Actor("tester"), today=lambda: TODAY)
    with district.factory() as session:
        every = session.scalars(select(Nursery.id).order_by(Nursery.id)).all()
    for term in ["", *_terms(district)[:4]]:
        for query in (FeeOverviewQuery(text=term), FeeOverviewQuery(text=term, over_cap_only=True)):
            shown = {r.nursery_id for r in fees.overview_page(query, 0, 10**6, TODAY)}
            assert {n for n in every[::7] if fees.overview_lists(query, n, TODAY)} == shown & set(every[::7]), query
