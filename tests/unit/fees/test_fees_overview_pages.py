"""The fee list a page at a time: search, flags and every sort in SQL; one page of rows read."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event

from workstation.domain.enums import InstitutionStatus, LegalNature, ServiceType
from workstation.domain.fees import (
    FeeCap,
    FeeItem,
    FeeItemKind,
    FeeRules,
    FeeUnit,
    PublicityChannel,
    ScheduleDraft,
)
from workstation.services.common.context import Actor
from workstation.services.fees import OVERVIEW_SORT_KEYS, FeeOverviewQuery, FeeRuleService, FeeService
from workstation.services.registry import nursery_filter

D = dt.date
TODAY = D(2026, 11, 23)
FULL, HALF = ServiceType.FULL_DAY, ServiceType.HALF_DAY
CARE, MEAL = FeeItemKind.CARE, FeeItemKind.MEAL


@pytest.fixture
def fees(district, actor) -> FeeService:
    return FeeService(district.factory, actor, today=lambda: TODAY)


@pytest.fixture
def listed(district, fees):
    """Four listed nurseries (a fifth, in intake, is not): amounts whose text order differs from their value."""
    from test_fees_overview import add_nursery  # the fee tests' one way to add a nursery
    FeeRuleService(district.factory, Actor("admin", role="ADMIN"), today=lambda: TODAY).save(
        FeeRules(D(2025, 1, 1), (FeeCap(FULL, FeeUnit.MONTH, 200000),), cap_includes_meals=True))
    f = district.factory
    ids = {name: add_nursery(f, name, nature, inclusive) for name, nature, inclusive in (
        ("甲园", LegalNature.SOCIAL_SERVICE, False), ("乙园", LegalNature.FOR_PROFIT, True),
        ("丙园", LegalNature.FOR_PROFIT, False), ("丁园", LegalNature.SOCIAL_SERVICE, False))}
    add_nursery(f, "戊意向园", status=InstitutionStatus.INTAKE)

    def schedule(name, *items, publicised=True):
        draft = ScheduleDraft(D(2026, 1, 1), tuple(FeeItem(s, k, n, fen, FeeUnit.MONTH) for s, k, n, fen in items))
        saved = fees.add_schedule(ids[name], draft)
        if publicised:
            fees.record_publicity(saved.id, PublicityChannel.NOTICE_BOARD, D(2026, 1, 1))

    schedule("甲园", (FULL, CARE, "保育费", 99000))
    # 1,900 + 300 meals = 2,200 over the 2,000 cap (meals count): 200 yuan over.
    schedule("乙园", (FULL, MEAL, "伙食费", 30000), (FULL, CARE, "保育费", 190000))
    schedule("丙园", (HALF, CARE, "保育费", 50000), publicised=False)  # for-profit: no cap; unpublicised
    return ids  # 丁园: charging, nothing recorded


def names(fees, **query) -> list[str]:
    return [r.name for r in fees.overview_page(FeeOverviewQuery(**query), 0, 50)]


def test_every_column_sorts_in_sql_by_value(fees, listed):
    assert names(fees) == ["丙园", "丁园", "甲园", "乙园"]  # name order (pinyin: bing, ding, jia, yi)
    # 990 < 1,900, then the nurseries without a full-day fee (by name) in either direction
    assert names(fees, sort_key="full_day") == ["甲园", "乙园", "丙园", "丁园"]
    assert names(fees, sort_key="full_day", descending=True) == ["乙园", "甲园", "丁园", "丙园"]
    assert names(fees, sort_key="full_day", text="园") == names(fees, sort_key="full_day")  # the same in SQL with a search
    assert names(fees, sort_key="excess", descending=True)[0] == "乙园"
    # unpublicised, publicised (by name), then the nursery without a fee schedule yet, last either way
    assert names(fees, sort_key="publicity") == ["丙园", "甲园", "乙园", "丁园"]
    assert names(fees, sort_key="publicity", descending=True) == ["乙园", "甲园", "丙园", "丁园"]
    assert names(fees, sort_key="legal_nature") == ["丁园", "甲园", "丙园", "乙园"]  # declared order, then name
    for key in OVERVIEW_SORT_KEYS:  # every key is a whole, duplicate-free order of the same rows
        assert sorted(names(fees, sort_key=key)) == sorted(names(fees))


def test_flags_and_search_are_conditions_counted_in_sql(fees, listed):
    over = FeeOverviewQuery(over_cap_only=True)
    assert fees.overview_count(FeeOverviewQuery()) == 4
    assert (fees.overview_count(over), names(fees, over_cap_only=True)) == (1, ["乙园"])
    assert fees.overview_page(over, 0, 10)[0].excess_fen == 20000  # the same figure the cap check gives
    assert names(fees, unpublicised_only=True) == ["丙园"]
    assert (fees.overview_count(FeeOverviewQuery(text="丙")), names(fees, text="丙")) == (1, ["丙园"])


def test_a_page_reads_only_its_own_rows(district, fees, listed):
    statements: list[str] = []
    engine = district.factory.kw["bind"]
    listen = lambda *args: statements.append(args[2])  # noqa: E731  (conn, cursor, statement, …)
    event.listen(engine, "before_cursor_execute", listen)
    try:
        rows = fees.overview_page(FeeOverviewQuery(sort_key="full_day"), 1, 2)
    finally:
        event.remove(engine, "before_cursor_execute", listen)
    assert [r.name for r in rows] == ["乙园", "丙园"]
    ordered = [s for s in statements if "ORDER BY" in s and "LIMIT" in s and "fee_schedule.main_full_day_fen" in s]
    assert len(ordered) == 1, "the SQL that cuts the page sorts by the amount stored on the schedule"
    # …not by looking up each listed nursery's items.
    assert "fee_item" not in ordered[0] and "fee_publicity" not in ordered[0]
    plans = _plans(engine, lambda: fees.overview_page(FeeOverviewQuery(sort_key="full_day"), 0, 2))
    page = plans[ordered[0]]
    # Walked along the amount's index in order (issue #14: every nursery probed and sorted, 140 ms at 100k).
    assert any("COVERING INDEX ix_fee_schedule_by_full_day" in step for step in page), page
    assert not any("TEMP B-TREE" in step for step in page), page
    searched = _plans(engine, lambda: fees.overview_page(FeeOverviewQuery(text="园", sort_key="full_day"), 0, 2))
    joined = next(plan for statement, plan in searched.items() if statement.startswith("SELECT nursery.id")
                  and "ORDER BY" in statement)
    # With a search, the stored value is read from the join's index: no schedule row per listed nursery.
    assert any(step.startswith("SEARCH in_force USING COVERING INDEX ix_fee_schedule_in_force") for step in joined)
    # Schedules, items and publicity are read for the page's nurseries only.
    detail = [s for s in statements if "FROM fee_item" in s and "ORDER BY fee_item.schedule_id" in s]
    assert detail and all("fee_schedule.nursery_id IN (" in s for s in detail)


# A search goes through the registry's indexes as the SQL plan shows (issue #14: a one-character term
# matching half the district cost a keystroke about 200 ms at 100,000 nurseries).
def _plans(engine, run) -> dict[str, list[str]]:
    """Each statement `run` sent, with its query plan."""
    if engine.dialect.name != "sqlite":
        pytest.skip("SQLite's query plans (the rows above were checked)")
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


def _listed_count(plans: dict[str, list[str]]) -> list[list[str]]:
    return [plan for statement, plan in plans.items() if "count(" in statement and "nursery_gram" in statement]


@pytest.mark.sqlite_only("SQLite's short-term index table and query plans")
@pytest.mark.parametrize("dense", [False, True])
def test_a_short_term_is_counted_from_the_short_term_index(district, fees, listed, monkeypatch, dense):
    if dense:
        monkeypatch.setattr(nursery_filter, "DENSE", 2)  # 园 is in every nursery here: "dense"
    engine = district.factory.kw["bind"]
    plans = _plans(engine, lambda: fees.overview_count(FeeOverviewQuery(text="园")))
    assert fees.overview_count(FeeOverviewQuery(text="园")) == 4  # 戊意向园 (intake, no fees) is not listed
    assert fees.overview_count(FeeOverviewQuery(text="丙园")) == 1
    assert fees.overview_count(FeeOverviewQuery(text="意向")) == 0
    assert fees.overview_count(FeeOverviewQuery(text="园", over_cap_only=True)) == 1  # 乙园
    assert fees.overview_count(FeeOverviewQuery(text="园", unpublicised_only=True)) == 1  # 丙园
    counts = _listed_count(plans)
    assert counts, "a short term is looked up in nursery_gram, not matched with LIKE"
    # The matches are counted in the index alone (托 matches 50,000 of 100,000 nurseries: none is
    # looked up in the table) …
    assert ["SEARCH nursery_gram USING PRIMARY KEY (gram=?)"] in counts, counts
    # … and only the nurseries the list leaves out (neither charging nor with fees in force) are
    # tested against the search, from the status index.
    for plan in counts:
        assert not any(step.startswith("SEARCH nursery USING INTEGER PRIMARY KEY") for step in plan), plan
        assert not any(step.startswith("SCAN nursery") for step in plan), plan
    assert any(plan[0].startswith("SEARCH nursery USING COVERING INDEX ix_nursery_status") for plan in counts), counts
    assert not any(" LIKE " in statement for statement in plans)


@pytest.mark.sqlite_only("SQLite's short-term index table and query plans")
def test_a_dense_short_term_reads_its_page_along_the_sort_order(district, fees, listed, monkeypatch):
    monkeypatch.setattr(nursery_filter, "DENSE", 2)  # 园 is in every listed nursery: "dense" here
    engine = district.factory.kw["bind"]
    query = FeeOverviewQuery(text="园")
    plans = _plans(engine, lambda: fees.overview_page(query, 0, 50))
    assert [r.name for r in fees.overview_page(query, 0, 50)] == ["丙园", "丁园", "甲园", "乙园"]  # pinyin
    assert [r.name for r in fees.overview_page(FeeOverviewQuery(text="园", descending=True), 1, 2)] == ["甲园", "丁园"]
    page = [plan for statement, plan in plans.items() if statement.startswith("SELECT nursery.id")]
    assert page, plans
    # Along the name's pinyin index, each row probed in the short-term index: no sort of every match.
    assert page[0][0] == "SCAN nursery USING INDEX ix_nursery_name_pinyin", page[0]
    assert any(step.startswith("SEARCH nursery_gram USING PRIMARY KEY (gram=? AND nursery_id=?)")
               for step in page[0]), page[0]
    assert not any("TEMP B-TREE" in step for step in page[0]), page[0]


def test_the_sorted_fee_and_first_publicity_follow_items_and_publicity(district, fees, listed):
    """Whoever writes items or publicity (the fee service, the demo, a restore), the schedule's stored
    main fees and first publicity day follow: the list sorts and filters on them."""
    from sqlalchemy import delete, select, update

    from workstation.db.orm.fees import FeePublicity, FeeSchedule

    def stored(name):
        with district.factory() as session:
            row = session.execute(select(FeeSchedule.main_full_day_fen, FeeSchedule.main_half_day_fen,
                                         FeeSchedule.main_hourly_fen, FeeSchedule.first_publicised_on)
                                  .where(FeeSchedule.nursery_id == listed[name])).one()
            return tuple(row)

    assert stored("乙园") == (190000, -1, -1, D(2026, 1, 1))  # the care fee, not the meal listed first
    assert stored("丙园") == (-1, 50000, -1, None)
    draft = ScheduleDraft(D(2026, 3, 1), (FeeItem(HALF, MEAL, "伙食费", 20000, FeeUnit.MONTH),
                                          FeeItem(ServiceType.HOURLY, CARE, "计时费", 3000, FeeUnit.HOUR)))
    saved = fees.add_schedule(listed["丙园"], draft)
    fees.record_publicity(saved.id, PublicityChannel.NOTICE_BOARD, D(2026, 3, 5))
    fees.record_publicity(saved.id, PublicityChannel.NOTICE_BOARD, D(2026, 2, 20))
    with district.factory() as session:
        new = session.execute(select(FeeSchedule.main_half_day_fen, FeeSchedule.main_hourly_fen,
                                     FeeSchedule.first_publicised_on).where(FeeSchedule.id == saved.id)).one()
    assert tuple(new) == (20000, 3000, D(2026, 2, 20))  # no care fee: the first item; the earliest day
    with district.factory.begin() as session:
        session.execute(delete(FeePublicity).where(FeePublicity.schedule_id == saved.id,
                                                   FeePublicity.publicised_on == D(2026, 2, 20)))
    with district.factory() as session:
        assert session.scalar(select(FeeSchedule.first_publicised_on).where(FeeSchedule.id == saved.id)) \
            == D(2026, 3, 5)
    for day, unpublicised in ((D(2026, 12, 1), ["丙园"]), (D(2026, 11, 1), [])):  # after, before today
        with district.factory.begin() as session:
            session.execute(update(FeePublicity).where(FeePublicity.schedule_id == saved.id).values(publicised_on=day))
        assert names(fees, unpublicised_only=True) == unpublicised


def test_the_unfiltered_count_finds_schedules_in_force_in_the_index_alone(district, fees, listed):
    """The fee list's total is counted on every visit and refresh: the nurseries that do not charge
    are listed only with a schedule in force, read from the non-charging range of
    ix_fee_schedule_not_charging (migration 20261205_0040) without reading a schedule row, and no
    nursery is probed by status for one (at 100,000 nurseries ~28,700 probes)."""
    engine = district.factory.kw["bind"]
    plans = _plans(engine, lambda: fees.overview_count(FeeOverviewQuery()))
    assert fees.overview_count(FeeOverviewQuery()) == 4
    steps = [step for plan in plans.values() for step in plan if "fee_schedule" in step]
    assert steps, plans
    assert all("USING COVERING INDEX ix_fee_schedule_not_charging (nursery_charging=?" in step
               for step in steps), steps
    probing = [step for statement, plan in plans.items() if "fee_schedule" in statement
               for step in plan if step.startswith(("SCAN nursery", "SEARCH nursery"))]
    assert probing == [], probing


@pytest.mark.sqlite_only("SQLite query plans")
@pytest.mark.parametrize(("query", "statement"), [
    (FeeOverviewQuery(sort_key="excess", descending=True), "SELECT nursery.id FROM nursery"),
    (FeeOverviewQuery(over_cap_only=True), "SELECT count(*)")], ids=["excess sort", "over-cap count"])
def test_the_over_cap_sort_and_count_read_no_nursery_row(district, fees, listed, query, statement):
    """超指导价 depends on whether the caps apply to a nursery (普惠 or its legal nature): the sort and the
    filter's count read that for every nursery the list may show. From the rows themselves that took
    a sort about 450 ms at 100,000 nurseries; ix_nursery_fee_caps covers the scan."""
    engine = district.factory.kw["bind"]
    plans = _plans(engine, lambda: (fees.overview_count(query), fees.overview_page(query, 0, 50)))
    listing = [plan for text, plan in plans.items()
               if "in_force" in text and " ".join(text.split()).startswith(statement)]
    assert listing, plans
    for plan in listing:
        scans = [step for step in plan if step.startswith(("SCAN nursery", "SEARCH nursery"))]
        assert scans and all("COVERING INDEX" in step or "PRIMARY KEY" in step for step in scans), plan
    assert names(fees, **{k: getattr(query, k) for k in ("sort_key", "descending", "over_cap_only")})[0] == "乙园"


def test_a_page_reads_the_fee_rules_once(district, fees, listed):
    """Every page of the list (each visit, refresh, keystroke and header click) read the rules in force
    twice, with their caps: four statements where two do."""
    statements: list[str] = []
    engine = district.factory.kw["bind"]
    listen = lambda *args: statements.append(" ".join(args[2].split()))  # noqa: E731  (conn, cursor, statement, …)
    event.listen(engine, "before_cursor_execute", listen)
    try:
        rows = fees.overview_page(FeeOverviewQuery(sort_key="excess", descending=True), 0, 10)
    finally:
        event.remove(engine, "before_cursor_execute", listen)
    assert rows[0].name == "乙园" and rows[0].excess_fen == 20000
    assert len([s for s in statements if "FROM fee_rule " in s or s.endswith("FROM fee_rule")]) == 1, statements
    assert len([s for s in statements if "FROM fee_rule_cap" in s]) == 1, statements


@pytest.mark.parametrize("dense", [False, True])
def test_counts_given_the_listed_non_charging_nurseries_are_the_counts_made_without(
        district, fees, listed, monkeypatch, dense):
    """The fee list keeps the few non-charging nurseries it shows (a schedule still in force) while
    nothing is committed; every count made with them is the count made by probing each nursery."""
    from sqlalchemy import update
    from test_fees_overview import add_nursery

    from workstation.db.orm import Nursery

    if dense:
        monkeypatch.setattr(nursery_filter, "DENSE", 2)
    closed = add_nursery(district.factory, "己停办园")
    fees.add_schedule(closed, ScheduleDraft(D(2026, 1, 1), (FeeItem(FULL, CARE, "保育费", 80000, FeeUnit.MONTH),)))
    with district.factory.begin() as session:  # cancelled since: its schedule is still in force
        session.execute(update(Nursery).where(Nursery.id == closed).values(status=InstitutionStatus.CANCELLED))
    others = fees.listed_not_charging(TODAY)
    assert others == frozenset({closed})
    assert fees.listed_not_charging(D(2025, 6, 1)) == frozenset()  # before its schedule began
    for text in ("", "园", "停办", "丙园", "意向", "停办园X"):
        for over_cap, unpublicised in ((False, False), (True, False), (False, True)):
            query = FeeOverviewQuery(text=text, over_cap_only=over_cap, unpublicised_only=unpublicised)
            assert fees.overview_count(query, kept={TODAY: others}) == fees.overview_count(query), query
    kept: dict = {}
    assert fees.overview_count(FeeOverviewQuery(text="园"), kept=kept) == 5  # 己停办园 listed
    assert kept == {TODAY: others}  # looked up in the count's read, for the caller to keep


@pytest.mark.sqlite_only("SQLite's short-term index table")
@pytest.mark.parametrize("dense", [False, True])
def test_a_keystroke_counts_the_short_terms_postings_once(district, fees, listed, monkeypatch, dense):
    """The count asked how many nurseries the index holds for 园, then again whether that is "dense"
    (托: 50,000 postings walked twice per keystroke at 100,000 nurseries). Same counts, one walk."""
    if dense:
        monkeypatch.setattr(nursery_filter, "DENSE", 2)
    statements: list[str] = []
    engine = district.factory.kw["bind"]
    listen = lambda *args: statements.append(" ".join(args[2].split()))  # noqa: E731  (conn, cursor, statement, …)
    event.listen(engine, "before_cursor_execute", listen)
    try:
        count = fees.overview_count(FeeOverviewQuery(text="园"))
    finally:
        event.remove(engine, "before_cursor_execute", listen)
    assert count == 4
    postings = [s for s in statements if s.startswith("SELECT count(*)") and s.endswith("WHERE nursery_gram.gram = ?")]
    assert len(postings) == 1, statements
