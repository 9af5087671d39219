"""Working-day arithmetic against the official holiday arrangements, computed by hand.

Counting rule (as a clerk counts): the day of submission is not counted; the deadline is the
n-th working day after it. Weekends are rest days unless declared make-up working days (调休上班).

2025 National Day + Mid-Autumn (国办发明电〔2024〕12号): 1–8 October off; Sunday 28 September and
Saturday 11 October are working days.
2026 Spring Festival (国办发明电〔2025〕7号): 15–23 February off; Saturday 14 February and
Saturday 28 February are working days.
"""

from __future__ import annotations

import datetime as dt

import pytest

from workstation.domain.workdays import (
    DayKind,
    DaySource,
    DayType,
    Due,
    WorkCalendar,
    add_working_days,
    library_years,
    missing_years_message,
)

D = dt.date
LIBRARY = WorkCalendar()


def test_library_data_matches_the_published_arrangements():
    # The hand computations below rely on these days; if the library disagrees, they are wrong.
    assert not any(LIBRARY.is_workday(D(2025, 10, day)) for day in range(1, 9))
    assert LIBRARY.is_workday(D(2025, 9, 28)) and LIBRARY.is_workday(D(2025, 10, 11))
    assert not LIBRARY.is_workday(D(2025, 10, 12))  # an ordinary Sunday
    assert not any(LIBRARY.is_workday(D(2026, 2, day)) for day in range(15, 24))
    assert LIBRARY.is_workday(D(2026, 2, 14)) and LIBRARY.is_workday(D(2026, 2, 28))
    assert library_years() == (2004, 2026)


@pytest.mark.parametrize("start, n, due, by_hand", [
    # Tue 30 Sep: 9 Oct (1), 10 Oct (2), Sat 11 Oct make-up (3), [Sun 12 Oct off], 13 Oct (4), 14 Oct (5).
    (D(2025, 9, 30), 5, D(2025, 10, 14), "just before National Day"),
    # Fri 26 Sep: Sun 28 Sep make-up (1), 29 Sep (2), 30 Sep (3), [1–8 Oct off], 9 Oct (4), 10 Oct (5).
    (D(2025, 9, 26), 5, D(2025, 10, 10), "make-up Sunday before the holiday"),
    # Fri 10 Oct: Sat 11 Oct make-up (1), 13 (2), 14 (3), 15 (4), 16 Oct (5) — an ordinary week would give 17 Oct.
    (D(2025, 10, 10), 5, D(2025, 10, 16), "make-up working Saturday inside the count"),
    # Submitted on the make-up Saturday 11 Oct itself: 13, 14, 15, 16, 17 Oct.
    (D(2025, 10, 11), 5, D(2025, 10, 17), "submitted on a make-up Saturday"),
    # 15 working days from Tue 30 Sep: 9, 10, 11, 13–17, 20–24, 27, 28 Oct.
    (D(2025, 9, 30), 15, D(2025, 10, 28), "notification clock across National Day"),
    # Thu 12 Feb: 13 Feb (1), Sat 14 Feb make-up (2), [15–23 Feb off], 24 (3), 25 (4), 26 Feb (5).
    (D(2026, 2, 12), 5, D(2026, 2, 26), "just before Spring Festival"),
    # Fri 13 Feb: Sat 14 Feb (1), 24 (2), 25 (3), 26 (4), 27 Feb (5).
    (D(2026, 2, 13), 5, D(2026, 2, 27), "last weekday before Spring Festival"),
    # Thu 26 Feb: 27 Feb (1), Sat 28 Feb make-up (2), 2 Mar (3), 3 Mar (4), 4 Mar (5).
    (D(2026, 2, 26), 5, D(2026, 3, 4), "make-up Saturday after Spring Festival"),
    # Sat 14 Feb (a working day) to the receipt: 24, 25, 26, 27 Feb and the make-up Sat 28 Feb.
    (D(2026, 2, 14), 5, D(2026, 2, 28), "deadline falls on a make-up Saturday"),
])
def test_deadlines_a_clerk_computes_by_hand(start, n, due, by_hand):
    assert add_working_days(start, n, LIBRARY) == due, by_hand


def test_counting_back_and_zero_days():
    assert add_working_days(D(2025, 10, 14), -5, LIBRARY) == D(2025, 9, 30)
    assert add_working_days(D(2025, 10, 3), 0, LIBRARY) == D(2025, 10, 3)
    assert LIBRARY.next_working_day(D(2025, 9, 30)) == D(2025, 10, 9)
    assert LIBRARY.next_working_day(D(2025, 10, 10)) == D(2025, 10, 11)


def test_working_days_after_counts_the_half_open_interval():
    assert LIBRARY.working_days_after(D(2025, 9, 30), D(2025, 10, 14)) == 5
    assert LIBRARY.working_days_after(D(2025, 10, 1), D(2025, 10, 8)) == 0
    assert LIBRARY.working_days_after(D(2025, 10, 14), D(2025, 10, 9)) == 0


def test_a_year_the_calendar_does_not_know_follows_the_week_less_the_fixed_holidays_and_is_provisional():
    # Wed 30 Dec 2026: Thu 31 Dec (1), [Fri 1 Jan 2027 is 元旦, off even provisionally], [Sat 2, Sun 3 off],
    # Mon 4 (2), Tue 5 (3), Wed 6 (4), Thu 7 Jan (5).
    due = LIBRARY.due(D(2026, 12, 30), 5)
    assert due == Due(D(2027, 1, 7), provisional=True)
    assert LIBRARY.next_working_day(D(2026, 12, 31)) == D(2027, 1, 4)
    assert LIBRARY.uncovered_years(D(2026, 12, 30), D(2028, 1, 3)) == (2027, 2028)
    # Inside a known year nothing is provisional, even on the year's last day.
    assert LIBRARY.due(D(2026, 12, 24), 5) == Due(D(2026, 12, 31), provisional=False)
    assert LIBRARY.is_workday(D(2003, 12, 31)) and not LIBRARY.is_workday(D(2003, 12, 27))  # Wed / Sat
    assert LIBRARY.day_type(D(2027, 1, 1)) == (DayType.HOLIDAY, DaySource.ORDINARY, "元旦")
    assert LIBRARY.day_type(D(2027, 1, 4)) == (DayType.WORKDAY, DaySource.ORDINARY, "")
    assert LIBRARY.day_type(D(2026, 10, 1)) == (DayType.HOLIDAY, DaySource.BUILT_IN, "国庆节")
    assert LIBRARY.day_type(D(2026, 2, 14)) == (DayType.MAKEUP, DaySource.BUILT_IN, "春节")


def test_the_provisional_rule_takes_off_only_the_holidays_fixed_on_the_gregorian_calendar():
    # 2027: Fri 1 Oct, Mon 3 May 2027 (1–2 May fall on the weekend: no substitute day is guessed).
    off = [D(2027, 1, 1), D(2027, 10, 1), D(2028, 5, 1), D(2028, 5, 2), D(2028, 10, 2), D(2028, 10, 3)]
    assert not any(LIBRARY.is_workday(day) for day in off)
    assert LIBRARY.is_workday(D(2027, 5, 3)) and LIBRARY.is_workday(D(2027, 10, 4))
    assert LIBRARY.next_working_day(D(2027, 9, 30)) == D(2027, 10, 4)  # Thu 30 Sep: Fri 1 Oct off
    assert LIBRARY.is_workday(D(2027, 2, 8))  # the Spring Festival is lunar: not guessed
    # An entered year is counted by its entries alone: the provisional rule is not added to them.
    entered = WorkCalendar({D(2027, 2, 20): DayKind.WORKDAY})
    assert entered.is_workday(D(2027, 1, 1)) and entered.day_type(D(2027, 1, 1))[1] is DaySource.ENTERED


def test_administrator_entries_cover_a_new_year():
    # Hypothetical 2027 arrangement (test data, not the published one): 1 Jan off,
    # Saturday 20 February a make-up working day. Other days follow the ordinary week.
    calendar = WorkCalendar({D(2027, 1, 1): DayKind.HOLIDAY, D(2027, 2, 20): DayKind.WORKDAY})
    assert calendar.covers(2027) and not calendar.covers(2028)
    # Wed 30 Dec 2026: 31 Dec (1), [Fri 1 Jan entered as a holiday], Mon 4 Jan (2), 5 (3), 6 (4), 7 Jan (5).
    assert add_working_days(D(2026, 12, 30), 5, calendar) == D(2027, 1, 7)
    # Fri 19 Feb 2027: Sat 20 Feb make-up (1), 22, 23, 24 (4), Thu 25 Feb (5).
    assert add_working_days(D(2027, 2, 19), 5, calendar) == D(2027, 2, 25)


def test_administrator_entries_win_over_the_library():
    corrected = WorkCalendar({D(2025, 10, 13): DayKind.HOLIDAY, D(2025, 10, 12): DayKind.WORKDAY})
    assert corrected.is_workday(D(2025, 10, 12)) and not corrected.is_workday(D(2025, 10, 13))
    # 9, 10, 11, Sun 12 (entered as working), 14 Oct.
    assert add_working_days(D(2025, 9, 30), 5, corrected) == D(2025, 10, 14)
    assert add_working_days(D(2025, 9, 30), 4, corrected) == D(2025, 10, 12)


def test_calendar_version_names_library_and_entries():
    plain = WorkCalendar().version
    assert plain.startswith("chinese_calendar 1.11.0")
    one = WorkCalendar({D(2027, 1, 1): DayKind.HOLIDAY}).version
    other = WorkCalendar({D(2027, 1, 1): DayKind.WORKDAY}).version
    assert one != plain and one != other and "覆盖1天" in one


def test_missing_years_message_names_the_years_and_the_way_out():
    text = missing_years_message((2028, 2027))
    assert text.startswith("2027年、2028年的法定节假日安排尚未录入") and "系统设置—工作日历" in text
