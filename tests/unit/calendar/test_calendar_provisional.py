"""Work never stops at the end of the built-in calendar: deadlines through an unknown year are
computed provisionally (Monday to Friday, with the holidays fixed on the Gregorian calendar off:
元旦 1 January, 劳动节 1–2 May, 国庆节 1–3 October), marked provisional, and recomputed when the year
is entered.

Dates are computed by hand in the comments. The 2027 arrangement here is TEST DATA, not the
published one: 1–4 January and 6–14 February off, Saturday 20 February a make-up working day.
"""

from __future__ import annotations

import datetime as dt

import pytest
from filing_support import SYSTEM, Clock, act, add_nursery, check_all, draft, provide_all
from filing_support import service as filing_service
from inspections_support import record, start
from inspections_support import service as inspection_service
from sqlalchemy import select

from workstation.context import recomputers
from workstation.db.orm.inspections import FindingEvent
from workstation.domain.enums import InstitutionStatus
from workstation.domain.filing import FilingAction, FilingKind
from workstation.domain.inspections import ItemResult
from workstation.domain.workdays import DayKind
from workstation.services.calendar import CalendarService

D = dt.date
A = FilingAction
ALL_TEMPLATES = ("comprehensive", "hygiene", "health_care", "safety", "fire", "food", "emergency")
TEST_2027 = ([D(2027, 1, d) for d in (1, 2, 3, 4)] + [D(2027, 2, d) for d in range(6, 15)], [D(2027, 2, 20)])
MARK = "（暂定，节假日安排未录入）"

# (today, submitted: receipt due, accepted: verification due) — before and after entering 2027.
# Provisionally Fri 1 Jan (元旦) is off; the test arrangement also gives Mon 4 Jan off.
FILING = {
    # Fri 11 Dec: receipt 14–18 Dec (inside 2026, final). Verification: 14–18, 21–25, 28–31 Dec = 14 WD,
    # then (1 Jan off) Mon 4 Jan is the 15th; with 4 Jan off too it is Tue 5 Jan.
    D(2026, 12, 11): ((D(2026, 12, 18), False), (D(2027, 1, 4), True), (D(2027, 1, 5), False)),
    # Mon 14 Dec: receipt 15–18, 21 Dec (final). Verification: 13 WD to 31 Dec, Mon 4 Jan (14), Tue 5 Jan (15);
    # with 4 Jan off: 5 Jan (14), 6 Jan (15).
    D(2026, 12, 14): ((D(2026, 12, 21), False), (D(2027, 1, 5), True), (D(2027, 1, 6), False)),
    # Mon 28 Dec: receipt 29–31 Dec (3), Mon 4 Jan (4), Tue 5 Jan (5); with 4 Jan off: 5 (4), 6 Jan (5).
    # Verification: 3 WD in Dec, 4–8, 11–15 (13), 18, 19 Jan (15); with 4 Jan off the 15th is 20 Jan.
    D(2026, 12, 28): ((D(2027, 1, 5), True), (D(2027, 1, 19), True), (D(2027, 1, 20), False)),
}
RECEIPT_AFTER = {D(2026, 12, 28): D(2027, 1, 6)}

# Rectification deadlines by rule: (provisional deadline, deadline once 2027 is entered).
FINDINGS = {
    D(2026, 12, 11): {
        "15个工作日": (D(2027, 1, 4), D(2027, 1, 5)),    # as the verification clock above
        "15日": (D(2026, 12, 28), None),                  # Sat 26 Dec is a rest day: Mon 28 Dec, final
        "30日": (D(2027, 1, 11), D(2027, 1, 11)),        # Sun 10 Jan: next working day Mon 11 Jan
    },
    D(2026, 12, 14): {
        "15个工作日": (D(2027, 1, 5), D(2027, 1, 6)),
        "15日": (D(2026, 12, 29), None),                  # Tue 29 Dec, final
        "30日": (D(2027, 1, 13), D(2027, 1, 13)),        # Wed 13 Jan in either count
    },
    D(2026, 12, 28): {
        "15个工作日": (D(2027, 1, 19), D(2027, 1, 20)),
        "15日": (D(2027, 1, 12), D(2027, 1, 12)),        # Tue 12 Jan
        "30日": (D(2027, 1, 27), D(2027, 1, 27)),        # Wed 27 Jan
    },
}


def accepted(svc, nursery: int):
    app = check_all(svc, act(svc, act(svc, provide_all(svc, draft(svc, nursery, FilingKind.INITIAL)), A.SUBMIT),
                             A.START_CHECK))
    return act(svc, app, A.ACCEPT)


@pytest.mark.parametrize("today", sorted(FILING))
def test_filing_and_inspections_go_on_in_december_and_move_when_2027_is_entered(district, today):
    clock = Clock(today)
    filing = filing_service(district, clock)
    receipt, verification, verification_after = FILING[today]
    submitted = act(filing, provide_all(filing, draft(filing, add_nursery(district.factory, 1), FilingKind.INITIAL)),
                    A.SUBMIT)
    assert (submitted.due_on, submitted.due_provisional) == receipt
    done = accepted(filing, add_nursery(district.factory, 2))
    assert (done.verification_due_on, done.verification_due_provisional) == verification
    assert (MARK in str(done.history[-1].text)) is verification[1]

    inspections = inspection_service(district, clock)
    nursery = add_nursery(district.factory, 3, InstitutionStatus.OPERATING)
    recorded = record(inspections, start(inspections, nursery, today, ALL_TEMPLATES), default=ItemResult.FAIL)
    assert len({f.department for f in recorded.findings}) == 7  # every department with a checklist
    for f in recorded.findings:
        deadline, _after = FINDINGS[today][f.deadline_rule]
        assert (f.deadline, f.deadline_provisional) == (deadline, deadline.year == 2027), f.department

    change = CalendarService(district.factory, SYSTEM, recomputers(), clock.date, clock.now).set_year(
        2027, *TEST_2027, "测试用安排（非官方）")

    after = filing.get(done.id)
    assert (after.verification_due_on, after.verification_due_provisional) == verification_after
    line = str(after.history[-1].text)
    assert "测试用安排（非官方）" in line and "调整为" in line
    resubmitted = filing.get(submitted.id)
    assert (resubmitted.due_on, resubmitted.due_provisional) == (RECEIPT_AFTER.get(today, receipt[0]), False)
    for f in inspections.inspection(recorded.id).findings:
        before, expected = FINDINGS[today][f.deadline_rule]
        assert (f.deadline, f.deadline_provisional) == (expected or before, False), f.department
    provisional_findings = sum(d.year == 2027 for d in (FINDINGS[today][f.deadline_rule][0]
                                                        for f in recorded.findings))
    assert len(change.provisional) == provisional_findings + verification[1] + receipt[1]
    assert len(change.moved) == sum(m.old != m.new for m in change.provisional) > 0
    assert change.unapplied == ()  # the test arrangement changes no final deadline


def test_a_finding_history_says_why_its_deadline_moved(district):
    clock = Clock(D(2026, 12, 28))
    inspections = inspection_service(district, clock)
    nursery = add_nursery(district.factory, 1, InstitutionStatus.OPERATING)
    recorded = record(inspections, start(inspections, nursery, clock.today, ("fire",)), default=ItemResult.FAIL)
    clock.today = D(2027, 1, 20)  # past the provisional 19 Jan: shown overdue for now
    assert all(f.overdue for f in inspections.inspection(recorded.id).findings)
    CalendarService(district.factory, SYSTEM, recomputers(), clock.date, clock.now).set_year(
        2027, *TEST_2027, "测试用安排（非官方）")
    finding = inspections.inspection(recorded.id).findings[0]
    assert finding.deadline == D(2027, 1, 20) and not finding.overdue  # due today under the entered year
    with district.factory() as session:
        texts = session.scalars(select(FindingEvent.text).where(FindingEvent.finding_id == finding.id)).all()
    assert texts[-1] == ("录入2027年节假日安排（测试用安排（非官方））：整改期限由2027-01-19（暂定，节假日安排未录入）"
                         "调整为2027-01-20")


def test_entering_a_year_leaves_deadlines_into_a_still_unknown_year_provisional(district):
    clock = Clock(D(2027, 12, 20))  # 2027 entered, 2028 not
    svc = CalendarService(district.factory, SYSTEM, recomputers(), clock.date, clock.now)
    svc.set_year(2027, *TEST_2027, "测试用安排（非官方）")
    filing = filing_service(district, clock)
    done = accepted(filing, add_nursery(district.factory, 1))
    assert done.verification_due_provisional and done.verification_due_on.year == 2028
    change = svc.correct_day(D(2027, 12, 24), DayKind.HOLIDAY, "测试更正")
    (moved,) = change.provisional
    assert moved.provisional and moved.new == moved.old + dt.timedelta(days=1)
    assert "仍为暂定" in change.summary()


def test_a_correction_reports_final_deadlines_it_would_move_and_leaves_them(district):
    clock = Clock(D(2026, 12, 10))  # Thu: a fire deadline (15 WD) ends Thu 31 Dec 2026, final
    inspections = inspection_service(district, clock)
    nursery = add_nursery(district.factory, 1, InstitutionStatus.OPERATING)
    recorded = record(inspections, start(inspections, nursery, clock.today, ("fire",)), default=ItemResult.FAIL)
    assert {(f.deadline, f.deadline_provisional) for f in recorded.findings} == {(D(2026, 12, 31), False)}
    change = CalendarService(district.factory, SYSTEM, recomputers(), clock.date, clock.now).correct_day(
        D(2026, 12, 24), DayKind.HOLIDAY, "测试更正")
    # Wed 30 Dec (14), then provisionally Fri 1 Jan (元旦) off: Mon 4 Jan.
    assert {(m.old, m.new, m.applied) for m in change.recomputed} == {(D(2026, 12, 31), D(2027, 1, 4), False)}
    assert f"另有{len(recorded.findings)}个已确定的期限按新日历计算会不同" in change.summary()
    assert {f.deadline for f in inspections.inspection(recorded.id).findings} == {D(2026, 12, 31)}  # left as served
