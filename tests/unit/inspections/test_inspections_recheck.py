"""Re-inspections (复查): exactly the open findings carried; passes close, failures reissue with count++."""

from __future__ import annotations

import datetime as dt

import pytest
from inspections_support import Clock, nursery, record, service, start

from workstation.domain.errors import ConflictError, ValidationError
from workstation.domain.inspections import (
    Escalation,
    InspectionKind,
    InspectionState,
    ItemResult,
    RectificationState,
)

D = dt.date
R, IS, RS = ItemResult, InspectionState, RectificationState
DAY = D(2025, 9, 1)  # Monday; fire deadline 15 working days: 22 September


@pytest.fixture
def clock():
    return Clock(DAY)


@pytest.fixture
def svc(district, clock):
    return service(district, clock)


def _visit(svc, district, number=1):
    """A fire inspection with four findings: XF-01 … XF-04 fail, the rest pass."""
    return record(svc, start(svc, nursery(district, number), DAY),
                  {"XF-01": R.FAIL, "XF-02": R.FAIL, "XF-03": R.PARTIAL, "XF-04": R.FAIL})


def test_recheck_carries_exactly_the_open_findings(svc, district, clock):
    first = _visit(svc, district)
    by_code = {f.code: f for f in first.findings}
    assert by_code["XF-01"].deadline == D(2025, 9, 22)
    clock.today = D(2025, 9, 10)
    svc.report_rectification(by_code["XF-02"].id, clock.today, "已整改")  # submitted: still open
    clock.today = D(2025, 9, 24)
    svc.escalate(by_code["XF-04"].id, Escalation.NOTICE, "逾期未整改")     # escalated: not carried
    # XF-03 closed by an earlier partial recheck, so it is not carried again either.
    partial = svc.start_reinspection(first.id, clock.today, ["赵检查"])
    assert [i.code for i in partial.items] == ["XF-01", "XF-02", "XF-03"]
    assert all(i.carried and i.result is None for i in partial.items)
    assert partial.kind is InspectionKind.RECHECK and partial.previous_inspection_id == first.id
    record(svc, partial, {"XF-01": R.FAIL, "XF-02": R.FAIL})  # XF-03 passes
    again = svc.start_reinspection(partial.id, D(2025, 10, 20), ["赵检查"])
    assert [i.code for i in again.items] == ["XF-01", "XF-02"]


def test_recheck_closes_passed_findings_and_reissues_failed_ones_with_a_new_deadline(svc, district, clock):
    first = _visit(svc, district)
    clock.today = D(2025, 9, 26)  # Friday before National Day
    recheck = svc.start_reinspection(first.id, clock.today, ["赵检查"])
    done = record(svc, recheck, {"XF-01": R.FAIL, "XF-03": R.PARTIAL})
    found = {f.code: f for f in done.findings}
    assert found["XF-02"].state is RS.CLOSED and found["XF-02"].closed_by_inspection_id == done.id
    assert found["XF-04"].state is RS.CLOSED and found["XF-02"].closed_on == D(2025, 9, 26)
    for code in ("XF-01", "XF-03"):
        assert found[code].state is RS.ISSUED and found[code].reissue_count == 1
        assert found[code].deadline == D(2025, 10, 23)  # 15 working days across National Day
        assert found[code].notice_no == done.notice_no != first.notice_no
    assert done.state is IS.RECTIFICATION_REQUIRED
    assert svc.inspection(first.id).state is IS.RECTIFICATION_REQUIRED  # two of its findings are open again
    clock.today = D(2025, 10, 24)
    final = record(svc, svc.start_reinspection(done.id, clock.today, ["赵检查"]), {"XF-01": R.FAIL})
    xf01 = next(f for f in final.findings if f.code == "XF-01")
    assert xf01.reissue_count == 2 and xf01.deadline == D(2025, 11, 14)
    assert next(f for f in final.findings if f.code == "XF-03").state is RS.CLOSED


def test_every_visit_closes_when_the_last_carried_finding_passes(svc, district, clock):
    first = _visit(svc, district)
    clock.today = D(2025, 9, 19)
    second = record(svc, svc.start_reinspection(first.id, clock.today, ["赵检查"]), {"XF-01": R.FAIL})
    clock.today = D(2025, 10, 13)
    third = record(svc, svc.start_reinspection(second.id, clock.today, ["赵检查"]))
    assert third.state is IS.CLOSED_QUALIFIED
    for inspection_id in (first.id, second.id):
        closed = svc.inspection(inspection_id)
        assert closed.state is IS.CLOSED_AFTER_RECTIFICATION and closed.closed_on == D(2025, 10, 13)


def test_nothing_to_recheck_is_refused(svc, district, clock):
    clean = record(svc, start(svc, nursery(district), DAY))
    with pytest.raises(ValidationError, match="无需复查"):
        svc.start_reinspection(clean.id, D(2025, 9, 5), ["赵检查"])


def test_a_finding_closed_meanwhile_cannot_be_decided_again(svc, district, clock):
    first = _visit(svc, district)
    a = svc.start_reinspection(first.id, D(2025, 9, 20), ["赵检查"])
    b = svc.start_reinspection(first.id, D(2025, 9, 20), ["钱检查"])
    record(svc, a)
    with pytest.raises(ConflictError, match="已销号"):
        record(svc, b)
