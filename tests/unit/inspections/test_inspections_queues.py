"""Views: overdue flagged on the working-day calendar, open findings overdue first, home counts,
the inspector's own inspections and the nursery's timeline."""

from __future__ import annotations

import datetime as dt

import pytest
from inspections_support import INSPECTOR, OTHER_INSPECTOR, Clock, nursery, record, service, start

from workstation.domain.inspections import ItemResult, RectificationState
from workstation.services.inspections.queues import InspectionQueues, timeline
from workstation.services.registry.timeline import TimelineService

D = dt.date
R, RS = ItemResult, RectificationState


@pytest.fixture
def clock():
    return Clock(D(2025, 9, 26))


def test_overdue_is_flagged_on_the_working_day_calendar(district, clock):
    # Fire: 15 working days from Friday 26 September 2025 = Thursday 23 October (by hand, National Day off,
    # 28 Sep and 11 Oct worked). Counting weekdays only would wrongly give 17 October.
    svc = service(district, clock)
    record(svc, start(svc, nursery(district), clock.today), {"XF-02": R.FAIL})
    queues = InspectionQueues(district.factory, INSPECTOR, today=clock.date)
    for today, overdue in ((D(2025, 10, 20), False), (D(2025, 10, 23), False), (D(2025, 10, 24), True)):
        clock.today = today
        (row,) = queues.open_findings()
        assert row.deadline == D(2025, 10, 23) and row.overdue is overdue, today
    assert row.state is RS.OVERDUE and row.days_overdue == 1
    assert svc.finding(row.id).state is RS.OVERDUE and svc.finding(row.id).stored_state is RS.ISSUED


def test_open_findings_list_overdue_first_then_by_deadline(district, clock):
    svc = service(district, clock)
    record(svc, start(svc, nursery(district, 1), D(2025, 9, 1), ("food",)), {"SP-02": R.FAIL})     # due 16 Sep
    record(svc, start(svc, nursery(district, 2), D(2025, 9, 26)), {"XF-02": R.FAIL})               # due 23 Oct
    record(svc, start(svc, nursery(district, 3), D(2025, 9, 2), ("comprehensive",)), {"ZH-06": R.PARTIAL})  # 9 Oct
    record(svc, start(svc, nursery(district, 4), D(2025, 9, 26)), {"XF-03": R.FAIL})
    closed = record(svc, start(svc, nursery(district, 5), D(2025, 9, 1)), {"XF-03": R.FAIL})
    record(svc, svc.start_reinspection(closed.id, D(2025, 9, 29), ["赵检查"]))  # closed: not listed
    clock.today = D(2025, 9, 30)
    rows = InspectionQueues(district.factory, INSPECTOR, today=clock.date).open_findings()
    assert [(r.nursery_name, r.overdue) for r in rows] == [
        ("测试托育园1", True), ("测试托育园3", False), ("测试托育园2", False), ("测试托育园4", False)]
    assert [r.deadline for r in rows] == [D(2025, 9, 16), D(2025, 10, 9), D(2025, 10, 23), D(2025, 10, 23)]


def test_home_counts_due_this_week_and_overdue(district, clock):
    svc = service(district, clock)
    record(svc, start(svc, nursery(district, 1), D(2025, 9, 1), ("food",)), {"SP-02": R.FAIL})     # due Tue 16 Sep
    record(svc, start(svc, nursery(district, 2), D(2025, 9, 3), ("food",)), {"SP-02": R.FAIL})     # due Thu 18 Sep
    record(svc, start(svc, nursery(district, 3), D(2025, 9, 7), ("food",)), {"SP-02": R.FAIL})     # due Mon 22 Sep
    reported = record(svc, start(svc, nursery(district, 4), D(2025, 9, 4), ("food",)), {"SP-02": R.FAIL})
    svc.report_rectification(reported.findings[0].id, D(2025, 9, 15), "已整改")                    # due 19 Sep
    clock.today = D(2025, 9, 17)  # Wednesday: this week ends Sunday 21 September
    counts = InspectionQueues(district.factory, INSPECTOR, today=clock.date).home_counts()
    assert (counts.due_this_week, counts.overdue) == (1, 1)


def test_my_recent_lists_only_my_inspections(district, clock):
    mine, theirs = service(district, clock), service(district, clock, OTHER_INSPECTOR)
    a = start(mine, nursery(district, 1), D(2025, 9, 1))
    start(theirs, nursery(district, 2), D(2025, 9, 2))
    b = start(mine, nursery(district, 3), D(2025, 9, 3))
    rows = InspectionQueues(district.factory, INSPECTOR).my_recent()
    assert [r.id for r in rows] == [b.id, a.id]


def test_timeline_shows_every_department_and_each_step(district, clock):
    svc = service(district, clock)
    nursery_id = nursery(district)
    record(svc, start(svc, nursery_id, D(2025, 9, 1), ("food",)))
    fire = record(svc, start(svc, nursery_id, D(2025, 9, 26)), {"XF-02": R.FAIL})
    clock.today = D(2025, 10, 10)
    svc.report_rectification(fire.findings[0].id, clock.today, "已更换灭火器")
    timeline_service = TimelineService(district.factory, INSPECTOR, providers=[timeline])
    texts = [str(e.text) for e in timeline_service.timeline(nursery_id) if e.kind == "检查"]
    assert any("市场监管日常检查" in t for t in texts) and any("消防救援日常检查" in t for t in texts)
    assert any("XF-02" in t and "2025-10-23" in t for t in texts)
    assert texts[0].startswith("机构报告整改情况")  # newest first
