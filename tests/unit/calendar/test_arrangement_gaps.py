"""A year's arrangement that lacks some statutory holidays (元旦, 春节, 清明, 劳动节, 端午, 中秋, 国庆) or
has no make-up working day is told, not refused (some years truly have no 调休)."""

from __future__ import annotations

import datetime as dt

import pytest
from filing_support import SYSTEM

from workstation.domain.calendar_entries import EntryRow, Festival, arrangement_gaps
from workstation.domain.workdays import DayKind, built_in_entries
from workstation.services.calendar import CalendarService

D = dt.date
F = Festival


def rows(holidays, workdays=(), notes=None) -> list[EntryRow]:
    notes = notes or {}
    return ([EntryRow(1, d, DayKind.HOLIDAY, notes.get(d, "")) for d in holidays]
            + [EntryRow(2, d, DayKind.WORKDAY) for d in workdays])


@pytest.mark.parametrize("year", range(2008, 2027))
def test_every_published_arrangement_is_complete_by_its_dates_alone(year):
    # The built-in arrangements since 2008 (when 清明, 端午 and 中秋 became holidays), without festival names.
    gaps = arrangement_gaps([EntryRow(1, d, k) for d, k in built_in_entries(year).items()])
    assert not gaps, gaps


def test_new_years_day_and_the_spring_festival_alone_lack_five_holidays_and_every_make_up_day():
    gaps = arrangement_gaps(rows([D(2027, 1, 1)] + [D(2027, 2, d) for d in range(6, 13)]))
    assert gaps.missing == (F.QINGMING, F.LABOUR, F.DRAGON_BOAT, F.MID_AUTUMN, F.NATIONAL) and gaps.no_makeup_days
    assert gaps.text(2027) == ("2027年的安排中没有清明节、劳动节、端午节、中秋节、国庆节的放假日期，没有调休上班日，"
                               "请核对是否漏录。")


def test_a_festival_is_recognised_by_its_name_or_its_dates():
    # 中秋 on a day outside its usual window, named; 中秋 joined to 国庆 (1–8 October), by its dates.
    named = arrangement_gaps(rows([D(2028, 10, 1), D(2028, 10, 3)], notes={D(2028, 10, 3): "中秋节、国庆节"}))
    assert F.MID_AUTUMN not in named.missing and F.NATIONAL not in named.missing
    joined = arrangement_gaps(rows([D(2028, 10, d) for d in range(1, 9)], [D(2028, 9, 30)]))
    assert F.MID_AUTUMN not in joined.missing and not joined.no_makeup_days
    # A make-up day named 春节调休 is no day off of the Spring Festival.
    assert F.SPRING in arrangement_gaps([EntryRow(1, D(2027, 2, 20), DayKind.WORKDAY, "春节调休")]).missing


def test_the_service_enters_the_year_and_reports_what_looks_missing(district):
    service = CalendarService(district.factory, SYSTEM)
    change = service.set_year(2027, [D(2027, 1, 1), D(2027, 2, 8)], [], "测试用安排（非官方）")
    assert change.year.covered and change.gaps.missing[0] is F.QINGMING and change.gaps.no_makeup_days
