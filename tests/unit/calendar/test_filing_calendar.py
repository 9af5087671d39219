"""Administrators enter or correct a year's holidays and make-up working days."""

from __future__ import annotations

import datetime as dt

import pytest
from filing_support import CLERK, SYSTEM

from workstation.domain.errors import PermissionDenied, ValidationError
from workstation.domain.workdays import DayKind, add_working_days
from workstation.services.calendar import CalendarService, load_calendar

D = dt.date


@pytest.fixture
def calendar(district):
    return CalendarService(district.factory, SYSTEM)


def test_enter_a_year_the_library_lacks(calendar, district):
    assert not calendar.year(2027).covered
    # Test data (not the published 2027 arrangement).
    entered = calendar.set_year(2027, [D(2027, 1, 1), D(2027, 2, 8), D(2027, 2, 9)], [D(2027, 2, 6)],
                                "测试通知（2027）").year
    assert entered.covered and not entered.built_in
    assert [(e.day, e.kind) for e in entered.entries] == [
        (D(2027, 1, 1), DayKind.HOLIDAY), (D(2027, 2, 6), DayKind.WORKDAY), (D(2027, 2, 8), DayKind.HOLIDAY),
        (D(2027, 2, 9), DayKind.HOLIDAY)]
    with district.factory() as session:
        work = load_calendar(session)
    # Thu 4 Feb: 5 Feb (1), Sat 6 Feb make-up (2), [8, 9 Feb off], 10 (3), 11 (4), 12 Feb (5).
    assert add_working_days(D(2027, 2, 4), 5, work) == D(2027, 2, 12)


def test_entering_a_year_again_replaces_it(calendar):
    calendar.set_year(2027, [D(2027, 1, 1)], [], "第一版")
    again = calendar.set_year(2027, [D(2027, 1, 1), D(2027, 1, 4)], [], "更正版").year
    assert [e.day for e in again.entries] == [D(2027, 1, 1), D(2027, 1, 4)]
    assert {e.source for e in again.entries} == {"更正版"}


def test_correct_and_remove_one_day_of_a_built_in_year(calendar, district):
    calendar.correct_day(D(2025, 10, 13), DayKind.HOLIDAY, "临时调整（测试）")
    with district.factory() as session:
        assert not load_calendar(session).is_workday(D(2025, 10, 13))
    assert calendar.year(2025).built_in
    calendar.remove_day(D(2025, 10, 13))
    with district.factory() as session:
        assert load_calendar(session).is_workday(D(2025, 10, 13))


@pytest.mark.parametrize("holidays, workdays, source, message", [
    ([D(2027, 1, 1)], [], " ", "请注明依据"),
    ([], [], "通知", "未录入任何放假日期"),
    ([D(2028, 1, 1)], [], "通知", "不在2027年内"),
    ([D(2027, 2, 6)], [D(2027, 2, 6)], "通知", "不能既是放假日又是调休上班日"),
    ([D(2027, 1, 1)], [D(2027, 2, 8)], "通知", "应为周六或周日"),
])
def test_bad_entries_are_refused(calendar, holidays, workdays, source, message):
    with pytest.raises(ValidationError, match=message):
        calendar.set_year(2027, holidays, workdays, source)
    assert calendar.year(2027).entries == ()


def test_only_administrators_edit_the_calendar(district):
    with pytest.raises(PermissionDenied):
        CalendarService(district.factory, CLERK).set_year(2027, [D(2027, 1, 1)], [], "通知")
