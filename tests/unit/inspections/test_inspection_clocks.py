"""The notice delivery clock (整改通知书 served within 3 working days of the inspection) and the
re-check clock (3 working days after the deadline, or after the nursery's report), on the working-day calendar."""

from __future__ import annotations

import datetime as dt

import pytest
from inspections_support import INSPECTOR, Clock, nursery, record, service, start

from workstation.domain.errors import ConflictError, ValidationError
from workstation.domain.inspections import ItemResult
from workstation.services.inspections import InspectionQueues

D = dt.date
DAY = D(2025, 9, 26)  # Friday; Sunday 28 September is a make-up working day, 1–8 October are holidays


@pytest.fixture
def clock():
    return Clock(DAY)


@pytest.fixture
def svc(district, clock):
    return service(district, clock)


def test_the_notice_is_due_three_working_days_after_the_inspection_and_overdue_until_served(svc, district, clock):
    done = record(svc, start(svc, nursery(district), DAY), {"XF-02": ItemResult.FAIL})
    assert (done.notice_due, done.notice_delivered_on, done.notice_overdue) == (D(2025, 9, 30), None, False)
    clock.today = D(2025, 10, 9)
    assert svc.inspection(done.id).notice_overdue
    with pytest.raises(ValidationError, match="早于检查日期2025-09-26"):
        svc.record_notice_delivery(done.id, D(2025, 9, 25))
    with pytest.raises(ValidationError, match="晚于今天"):
        svc.record_notice_delivery(done.id, D(2025, 10, 10))
    served = svc.record_notice_delivery(done.id, D(2025, 9, 29))
    assert (served.notice_delivered_on, served.notice_overdue) == (D(2025, 9, 29), False)


def test_an_inspection_without_a_notice_has_no_delivery_clock(svc, district):
    done = record(svc, start(svc, nursery(district), DAY))
    assert (done.notice_due, done.notice_overdue) == (None, False)
    with pytest.raises(ConflictError, match="没有下达整改通知书"):
        svc.record_notice_delivery(done.id, DAY)


def test_the_recheck_is_due_three_working_days_after_the_deadline_or_the_report(svc, district, clock):
    done = record(svc, start(svc, nursery(district), DAY), {"XF-02": ItemResult.FAIL})
    finding = done.findings[0]
    assert finding.deadline == D(2025, 10, 23)
    assert (finding.recheck_due, finding.recheck_overdue) == (D(2025, 10, 28), False)
    queues = InspectionQueues(district.factory, INSPECTOR, lambda: clock.today)
    clock.today = D(2025, 10, 29)
    (row,) = queues.open_findings()
    assert (row.recheck_due, row.recheck_overdue) == (D(2025, 10, 28), True)
    assert svc.finding(finding.id).recheck_overdue
    clock.today = D(2025, 10, 10)
    reported = svc.report_rectification(finding.id, D(2025, 10, 10), "已清理疏散通道")
    assert reported.recheck_due == D(2025, 10, 14)  # Saturday 11 October is a make-up working day
    clock.today = D(2025, 10, 15)
    (row,) = queues.open_findings()
    assert (row.recheck_due, row.recheck_overdue) == (D(2025, 10, 14), True)
