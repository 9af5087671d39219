"""Working-day clocks of applications (5 WD receipt, 15 WD notice) and the work queues.

Dates are computed by hand in the comments (see test_workdays.py for the holiday arrangements).
"""

from __future__ import annotations

import datetime as dt

import pytest
from filing_support import SYSTEM, Clock, act, add_nursery, check_all, draft, provide_all, service

from workstation.context import recomputers
from workstation.domain.enums import InstitutionStatus as Status
from workstation.domain.filing import FilingAction, FilingKind, FilingState
from workstation.domain.filing_rules import FILING_DEFAULTS, MaterialResult, ReturnClock
from workstation.services.calendar import CalendarService
from workstation.services.filing.queues import home_queues

A, K, S = FilingAction, FilingKind, FilingState
D = dt.date


def submitted(svc, clock: Clock, nursery: int, on: dt.date):
    clock.today = on
    return act(svc, provide_all(svc, draft(svc, nursery, K.INITIAL)), A.SUBMIT)


def returned(svc, clock: Clock, app, on: dt.date):
    clock.today = on
    app = check_all(svc, act(svc, app, A.START_CHECK))
    app = svc.check_material(app.materials[0].id, MaterialResult.MISSING, "未盖公章")
    return act(svc, app, A.RETURN)


def test_receipt_due_five_working_days_after_submission_before_national_day(district):
    clock = Clock(D(2025, 9, 30))
    svc = service(district, clock)
    app = submitted(svc, clock, add_nursery(district.factory), D(2025, 9, 30))
    # 9 Oct (1), 10 Oct (2), Sat 11 Oct make-up (3), 13 Oct (4), 14 Oct (5).
    assert app.due_on == D(2025, 10, 14)
    assert app.calendar_version.startswith("chinese_calendar 1.11.0")
    assert app.rule_version == FILING_DEFAULTS.version


def test_receipt_due_across_spring_festival(district):
    clock = Clock(D(2026, 2, 12))
    svc = service(district, clock)
    # Thu 12 Feb: 13 Feb (1), Sat 14 Feb make-up (2), [15–23 Feb off], 24 (3), 25 (4), 26 Feb (5).
    assert submitted(svc, clock, add_nursery(district.factory), D(2026, 2, 12)).due_on == D(2026, 2, 26)


@pytest.mark.parametrize("clock_rule, remaining, due", [
    # Submitted Mon 1 Sep, due Mon 8 Sep; returned Wed 3 Sep with 4, 5, 8 Sep left (3 WD).
    # Pause: resubmitted Mon 15 Sep -> 16, 17, 18 Sep. Restart: 16, 17, 18, 19, 22 Sep.
    (ReturnClock.PAUSE, 3, D(2025, 9, 18)),
    (ReturnClock.RESTART, None, D(2025, 9, 22)),
])
def test_return_pauses_or_restarts_the_clock(district, clock_rule, remaining, due):
    clock = Clock(D(2025, 9, 1))
    svc = service(district, clock, rules=FILING_DEFAULTS.with_values(return_clock=clock_rule))
    app = submitted(svc, clock, add_nursery(district.factory), D(2025, 9, 1))
    assert app.due_on == D(2025, 9, 8)
    app = returned(svc, clock, app, D(2025, 9, 3))
    assert (app.due_on, app.clock_remaining) == (None, remaining)
    clock.today = D(2025, 9, 15)
    app = act(svc, app, A.RESUBMIT)
    assert app.due_on == due and app.state is S.SUBMITTED
    # The materials flagged at the return must be checked again.
    assert app.materials[0].result is None and app.materials[1].result is MaterialResult.OK


def test_paused_clock_resumes_across_national_day(district):
    clock = Clock(D(2025, 9, 26))
    svc = service(district, clock, rules=FILING_DEFAULTS.with_values(return_clock=ReturnClock.PAUSE))
    app = submitted(svc, clock, add_nursery(district.factory), D(2025, 9, 26))
    assert app.due_on == D(2025, 10, 10)  # Sun 28 Sep make-up, 29, 30 Sep, 9, 10 Oct
    app = returned(svc, clock, app, D(2025, 9, 29))  # left: 30 Sep, 9 Oct, 10 Oct
    assert app.clock_remaining == 3
    clock.today = D(2025, 10, 10)
    # Resumed on Fri 10 Oct: Sat 11 Oct make-up (1), 13 Oct (2), 14 Oct (3).
    assert act(svc, app, A.RESUBMIT).due_on == D(2025, 10, 14)


def test_notice_due_fifteen_working_days_after_acceptance(district):
    clock = Clock(D(2025, 9, 30))
    svc = service(district, clock)
    app = check_all(svc, act(svc, submitted(svc, clock, add_nursery(district.factory), D(2025, 9, 30)), A.START_CHECK))
    accepted = act(svc, app, A.ACCEPT)
    # 9, 10, 11 (make-up), 13–17, 20–24, 27, 28 Oct.
    assert (accepted.accepted_on, accepted.verification_due_on) == (D(2025, 9, 30), D(2025, 10, 28))


def test_year_the_calendar_lacks_gives_a_provisional_clock_until_an_administrator_enters_it(district):
    clock = Clock(D(2026, 12, 30))
    svc = service(district, clock)
    app = provide_all(svc, draft(svc, add_nursery(district.factory), K.INITIAL))
    submitted_app = act(svc, app, A.SUBMIT)
    # Provisionally: 31 Dec (1), [Fri 1 Jan 元旦 off], 4 (2), 5 (3), 6 (4), 7 Jan (5).
    assert (submitted_app.due_on, submitted_app.due_provisional) == (D(2027, 1, 7), True)
    # Test data, not the published 2027 arrangement: New Year's Day and Monday 4 January off.
    change = CalendarService(district.factory, SYSTEM, recomputers(), clock.date, clock.now).set_year(
        2027, [D(2027, 1, 1), D(2027, 1, 4)], [], "测试用安排")
    assert [(m.old, m.new, m.provisional) for m in change.recomputed] == [(D(2027, 1, 7), D(2027, 1, 8), False)]
    moved = svc.get(app.id)
    # Wed 30 Dec: 31 Dec (1), [1 and 4 Jan off], 5 (2), 6 (3), 7 (4), 8 Jan (5).
    assert (moved.due_on, moved.due_provisional) == (D(2027, 1, 8), False)
    assert "覆盖2天" in moved.calendar_version
    assert "由2027-01-07（暂定，节假日安排未录入）调整为2027-01-08" in str(moved.history[-1].text)


def test_work_queues(district):
    clock = Clock(D(2025, 9, 30))
    svc = service(district, clock)
    n = [add_nursery(district.factory, i) for i in range(1, 8)]
    today_app = submitted(svc, clock, n[0], D(2025, 9, 24))      # 25, 26, 28 (make-up), 29, 30 Sep
    next_app = submitted(svc, clock, n[1], D(2025, 9, 25))       # 26, 28, 29, 30 Sep, 9 Oct
    late_app = submitted(svc, clock, n[2], D(2025, 9, 19))       # 22–26 Sep
    returned(svc, clock, submitted(svc, clock, n[3], D(2025, 9, 19)), D(2025, 9, 22))  # clock stopped
    clock.today = D(2025, 9, 9)
    verify = act(svc, check_all(svc, act(svc, submitted(svc, clock, n[4], D(2025, 9, 9)), A.START_CHECK)), A.ACCEPT)
    assert verify.verification_due_on == D(2025, 9, 29)  # 15 WD: 10–12, 15–19, 22–26, 28 (make-up), 29 Sep
    clock.today = D(2025, 9, 30)
    add_nursery(district.factory, 8, registered_at=D(2025, 8, 1))   # 60 days: in the backlog
    add_nursery(district.factory, 9, registered_at=D(2025, 9, 20))  # 10 days: not yet
    add_nursery(district.factory, 10, Status.OPERATING, registered_at=D(2024, 1, 1))

    queues = svc.queues()
    ids = {q.key: [e.application_id for e in q.entries] for q in queues.queues}
    assert ids["due_today"] == [today_app.id]
    assert ids["due_next"] == [next_app.id] and "2025-10-09" in queues.queue("due_next").title
    assert sorted(ids["overdue"]) == sorted([late_app.id, verify.id])
    assert ids["awaiting_verification"] == [verify.id]
    backlog = queues.queue("not_filed")
    # Nurseries 4 (returned) and 6, 7 (never applied) were registered 1 Jun; 8 on 1 Aug. Filing ones are out.
    assert {e.nursery_name for e in backlog.entries} == {"测试托育园4", "测试托育园6", "测试托育园7", "测试托育园8"}
    assert all(e.application_id is None for e in backlog.entries) and queues.calendar_problem == ""
    overdue = {e.application_id: e.note for e in queues.queue("overdue").entries}
    assert overdue == {late_app.id: "出具回执", verify.id: "核实/告知不符合要求"}


def test_queues_still_work_when_the_calendar_lacks_next_year(district):
    clock = Clock(D(2026, 12, 31))
    queues = home_queues(district.factory, clock.date)
    assert "2027年" in queues.calendar_problem
    # Fri 1 Jan (元旦) is off even provisionally; Mon 4 Jan is marked as every provisional date is.
    due_next = queues.queue("due_next")
    assert due_next.title == "下一工作日（2027-01-04）到期（暂定，节假日安排未录入）" and due_next.provisional


def test_the_next_working_day_inside_an_unknown_year_is_provisional_and_skips_national_day(district):
    clock = Clock(D(2027, 9, 30))  # Thu; Fri 1 Oct is 国庆节
    due_next = home_queues(district.factory, clock.date).queue("due_next")
    assert due_next.title == "下一工作日（2027-10-04）到期（暂定，节假日安排未录入）" and due_next.provisional
    # Test data, not the published arrangement: 1–7 October off, Saturday 9 October a make-up working day.
    CalendarService(district.factory, SYSTEM, recomputers(), clock.date, clock.now).set_year(
        2027, [D(2027, 10, d) for d in range(1, 8)], [D(2027, 10, 9)], "测试用安排")
    due_next = home_queues(district.factory, clock.date).queue("due_next")
    assert due_next.title == "下一工作日（2027-10-08）到期" and not due_next.provisional  # entered: final


@pytest.mark.parametrize("today, told", [
    (D(2026, 10, 31), False), (D(2026, 11, 1), True), (D(2026, 12, 4), True), (D(2027, 3, 1), True),
])
def test_home_queues_tell_from_1_november_that_next_year_is_missing(district, today, told):
    assert bool(home_queues(district.factory, lambda: today).calendar_problem) is told
