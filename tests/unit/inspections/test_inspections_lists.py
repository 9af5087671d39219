"""The 监督检查 lists read a page at a time: the count, the order (overdue first across pages), the
nursery filter, sorting in SQL, the inspector's own inspections, and the index each one walks."""

from __future__ import annotations

import datetime as dt

import pytest
from inspections_support import INSPECTOR, OTHER_INSPECTOR, Clock, nursery, record, service, start
from sqlalchemy import event

from workstation.domain.inspections import ItemResult
from workstation.services.inspections import FindingQuery, InspectionQuery
from workstation.services.inspections.queues import InspectionQueues

D = dt.date
R = ItemResult


@pytest.fixture
def clock():
    return Clock(D(2025, 9, 26))


@pytest.fixture
def five_open(district, clock):
    """Five open findings (due 16 Sep, 9 Oct, 23 Oct ×2, and one reported) and a closed one, on 30 Sep."""
    svc = service(district, clock)
    record(svc, start(svc, nursery(district, 1), D(2025, 9, 1), ("food",)), {"SP-02": R.FAIL})     # due 16 Sep
    record(svc, start(svc, nursery(district, 2), D(2025, 9, 26)), {"XF-02": R.FAIL})               # due 23 Oct
    record(svc, start(svc, nursery(district, 3), D(2025, 9, 2), ("comprehensive",)), {"ZH-06": R.PARTIAL})  # 9 Oct
    record(svc, start(svc, nursery(district, 4), D(2025, 9, 26)), {"XF-03": R.FAIL})               # due 23 Oct
    late = record(svc, start(svc, nursery(district, 5), D(2025, 9, 2), ("food",)), {"SP-02": R.FAIL})  # 17 Sep
    closed = record(svc, start(svc, nursery(district, 6), D(2025, 9, 1)), {"XF-03": R.FAIL})
    record(svc, svc.start_reinspection(closed.id, D(2025, 9, 29), ["赵检查"]))  # closed: not listed
    clock.today = D(2025, 9, 30)
    return InspectionQueues(district.factory, INSPECTOR, today=clock.date), late


def names(rows) -> list[str]:
    return [r.nursery_name for r in rows]


def test_pages_follow_the_one_order_overdue_first_and_the_count_is_complete(five_open):
    queues, _late = five_open
    expected = ["测试托育园1", "测试托育园5", "测试托育园3", "测试托育园2", "测试托育园4"]
    first = queues.findings_first_page(FindingQuery(), 2)
    assert first.total == 5 and names(first.rows) == expected[:2]
    assert [r.overdue for r in first.rows] == [True, True]
    # Pages that start inside, at the end of, and past the overdue segment.
    assert names(queues.findings_page(FindingQuery(), 1, 2)) == expected[1:3]
    assert names(queues.findings_page(FindingQuery(), 2, 2)) == expected[2:4]
    assert names(queues.findings_page(FindingQuery(), 4, 2)) == expected[4:]
    assert queues.findings_page(FindingQuery(), 5, 2) == []
    assert names(queues.findings_page(FindingQuery(descending=True), 0, 5)) == expected[::-1]


def test_sorting_by_a_column_and_filtering_by_nursery_happen_in_sql(five_open, district):
    queues, late = five_open
    by_name = queues.findings_page(FindingQuery(sort_key="nursery", descending=True), 0, 10)
    assert names(by_name) == ["测试托育园5", "测试托育园4", "测试托育园3", "测试托育园2", "测试托育园1"]
    by_deadline = queues.findings_page(FindingQuery(sort_key="deadline"), 0, 10)
    assert [r.deadline for r in by_deadline] == sorted(r.deadline for r in by_deadline)
    only = queues.findings_first_page(FindingQuery(nursery_id=late.nursery_id), 10)
    assert only.total == 1 and names(only.rows) == ["测试托育园5"]
    with pytest.raises(ValueError):
        FindingQuery(sort_key="color")


@pytest.mark.sqlite_only("SQLite's query plan (EXPLAIN QUERY PLAN)")
def test_the_default_order_reads_only_the_state_deadline_index(five_open, district):
    queues, _late = five_open
    statements = []

    def seen(conn, cursor, statement, parameters, context, executemany):
        if "FROM finding" in statement and "count(" not in statement and "finding.id IN (" not in statement:
            statements.append((statement, parameters))

    event.listen(district.engine, "before_cursor_execute", seen)
    try:
        queues.findings_page(FindingQuery(), 1, 2)  # across both segments: overdue, then the rest
    finally:
        event.remove(district.engine, "before_cursor_execute", seen)
    assert len(statements) == 2
    with district.engine.connect() as conn:
        for statement, parameters in statements:
            plan = " ".join(row[-1] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters))
            # the bounded set of open findings, from the covering index: never a scan of every finding
            assert "COVERING INDEX ix_finding_state_deadline" in plan and "SCAN finding" not in plan, plan


def test_my_inspections_are_counted_and_paged_newest_first(district, clock):
    mine, theirs = service(district, clock), service(district, clock, OTHER_INSPECTOR)
    ids = [start(mine, nursery(district, n), D(2025, 9, n)).id for n in range(1, 6)]
    start(theirs, nursery(district, 9), D(2025, 9, 9))
    queues = InspectionQueues(district.factory, INSPECTOR)
    first = queues.inspections_first_page(InspectionQuery(), 2)
    assert first.total == 5 and [r.id for r in first.rows] == ids[::-1][:2]
    assert [r.id for r in queues.inspections_page(InspectionQuery(), 2, 10)] == ids[::-1][2:]
    assert [r.id for r in queues.inspections_page(InspectionQuery(descending=False), 0, 10)] == ids
    by_name = queues.inspections_page(InspectionQuery(sort_key="nursery", descending=False), 0, 10)
    assert [r.nursery_name for r in by_name] == sorted(r.nursery_name for r in by_name)


def test_a_page_counts_each_recheck_date_once_per_distinct_start_day(five_open, monkeypatch):
    """Two findings due 23 Oct share one walk of the working-day calendar (a page of 200 rows shares
    few deadlines); the dates stay those of each finding."""
    from workstation.services.inspections import lists

    queues, _late = five_open
    starts: list[dt.date] = []
    original = lists.recheck_due
    monkeypatch.setattr(lists, "recheck_due", lambda rules, deadline, reported, calendar: (
        starts.append(deadline), original(rules, deadline, reported, calendar))[1])

    rows = queues.findings_first_page(FindingQuery(), 10).rows
    assert len(rows) == 5 and len(starts) == len(set(starts)) == 4  # 16 Sep, 17 Sep, 9 Oct, 23 Oct
    by_name = {r.nursery_name: r for r in rows}
    assert by_name["测试托育园2"].recheck_due == by_name["测试托育园4"].recheck_due
    assert queues.open_findings() and len(starts) == 8  # the home queue: once per start day too


def test_a_page_of_findings_reads_their_columns_without_building_orm_findings(five_open, district):
    """A page of 200 open findings built and tracked 200 ORM objects it only read columns of."""
    from workstation.db.orm.inspections import Finding
    from workstation.services.inspections import lists

    queues, _late = five_open
    expected = queues.findings_first_page(FindingQuery(), 10).rows
    built: list[int] = []
    listen = lambda target, _context: built.append(target.id)  # noqa: E731
    event.listen(Finding, "load", listen)
    try:
        with district.factory() as session:
            rows = lists.finding_rows(session, [r.id for r in expected], D(2025, 9, 30))
    finally:
        event.remove(Finding, "load", listen)
    assert built == []
    assert tuple(rows) == expected  # the same rows, re-check clocks included
