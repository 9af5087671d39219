"""Working days under China's official holiday arrangement (国务院办公厅 annual 节假日安排).

The `chinese_calendar` library knows the published arrangements of the years it was built with.
An administrator's entries (holidays and make-up working days from the State Council notice)
always win over the library, and they also cover years the library does not know yet.

A year that is neither built in nor entered never stops work: its days follow the ordinary
Monday–Friday week without the statutory holidays fixed on the Gregorian calendar (FIXED_HOLIDAYS:
元旦, 劳动节, 国庆节 under 《全国年节及纪念日放假办法》 as amended in 2024), and every date computed
through such a year is *provisional* — shown with PROVISIONAL_MARK and recomputed once the year is
entered. The lunar holidays, substitute days off and make-up working days are not guessed.

Counting follows the administrative convention: the day of the triggering act is not counted,
so "due within 5 working days of 2025-09-30" is the 5th working day after 2025-09-30.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

import chinese_calendar
from chinese_calendar import constants as _library_data

from workstation.domain.enums import LabelledEnum
from workstation.domain.errors import DomainError
from workstation.domain.texts import QT_TRANSLATE_NOOP, Text, text

# A year with no working day for this long cannot exist; stop instead of looping for ever.
_MAX_SCAN_DAYS = 400
PROVISIONAL_MARK = "（暂定，节假日安排未录入）"
PROVISIONAL_MARK_EN = " (provisional: holiday arrangement not entered)"

# How a year the calendar does not know is counted, in the words of every notice about it.
PROVISIONAL_RULE = "暂按周一至周五上班、元旦（1月1日）、劳动节（5月1日、2日）和国庆节（10月1日至3日）放假计算"

# The statutory holidays on fixed Gregorian dates (《全国年节及纪念日放假办法》, 2024 amendment, Art.2):
# the provisional rule of a year the calendar does not know takes these days off.
FIXED_HOLIDAYS: dict[tuple[int, int], str] = {
    (1, 1): "元旦", (5, 1): "劳动节", (5, 2): "劳动节", (10, 1): "国庆节", (10, 2): "国庆节", (10, 3): "国庆节",
}


def due_line(day: dt.date, provisional: bool) -> Text | dt.date:
    """A deadline as a history line states it: the date, with PROVISIONAL_MARK when provisional."""
    return text(QT_TRANSLATE_NOOP("DomainText", "{day}（暂定，节假日安排未录入）"), day=day) if provisional else day

_FESTIVALS = {
    "New Year's Day": "元旦", "Spring Festival": "春节", "Tomb-sweeping Day": "清明节", "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节", "Mid-autumn Festival": "中秋节", "National Day": "国庆节",
    "Anti-Fascist 70th Day": "抗战胜利70周年纪念日",
}


class DayKind(LabelledEnum):
    """What an entry declares a day to be."""

    HOLIDAY = ("HOLIDAY", "放假（休息日）", "Holiday")
    WORKDAY = ("WORKDAY", "调休上班日", "Make-up working day")


class DayType(LabelledEnum):
    """What a day is, as the year view shows it."""

    WORKDAY = ("WORKDAY", "工作日", "Working day")
    WEEKEND = ("WEEKEND", "周末", "Weekend")
    HOLIDAY = ("HOLIDAY", "法定节假日", "Public holiday")
    MAKEUP = ("MAKEUP", "调休上班", "Make-up working day")


class DaySource(LabelledEnum):
    """Where a day's type comes from."""

    BUILT_IN = ("BUILT_IN", "内置日历", "Built-in calendar")
    ENTERED = ("ENTERED", "录入", "Entered")
    ORDINARY = ("ORDINARY", "未录入（暂定）", "Not entered (provisional)")


@dataclass(frozen=True)
class Due:
    """A computed date and whether a year on the way was unknown (ordinary week assumed)."""

    day: dt.date
    provisional: bool


@lru_cache(maxsize=1)
def library_years() -> tuple[int, int]:
    """First and last year the bundled chinese_calendar data covers."""
    years = {day.year for day in _library_data.holidays} | {day.year for day in _library_data.workdays}
    return min(years), max(years)


def library_version() -> str:
    return f"chinese_calendar {getattr(chinese_calendar, '__version__', '?')}"


def built_in(year: int) -> bool:
    first, last = library_years()
    return first <= year <= last


def festival(day: dt.date) -> str:
    """The festival the built-in data names for `day` (holiday or make-up day), or ""."""
    name = _library_data.holidays.get(day) or _library_data.workdays.get(day)
    return _FESTIVALS.get(str(name), str(name)) if name else ""


def fixed_holiday(day: dt.date) -> str:
    """The statutory holiday fixed on `day`'s Gregorian date (元旦, 劳动节, 国庆节), or ""."""
    return FIXED_HOLIDAYS.get((day.month, day.day), "")


def provisional_workday(day: dt.date) -> bool:
    """The provisional rule of a year the calendar does not know: Monday–Friday, fixed holidays off."""
    return day.weekday() < 5 and not fixed_holiday(day)


def built_in_entries(year: int) -> dict[dt.date, DayKind]:
    """The built-in arrangement of `year` as entries: holidays on weekdays and make-up weekends."""
    if not built_in(year):
        return {}
    days = {d: DayKind.HOLIDAY for d in _library_data.holidays if d.year == year}
    days.update({d: DayKind.WORKDAY for d in _library_data.workdays if d.year == year})
    return dict(sorted(days.items()))


def missing_years_message(years: list[int] | tuple[int, ...]) -> str:
    """The one sentence that tells people a year is missing and what follows from it."""
    text = "、".join(f"{y}年" for y in sorted(set(years)))
    return (f"{text}的法定节假日安排尚未录入，涉及该年的期限{PROVISIONAL_RULE}，"
            f"并注明“{PROVISIONAL_MARK.strip('（）')}”。"
            "请系统管理员在“系统设置—工作日历”中录入，录入后这些期限自动重新计算。")


class WorkCalendar:
    """Working-day arithmetic over the library plus administrator entries; never refuses a year."""

    def __init__(self, overrides: Mapping[dt.date, DayKind] | None = None) -> None:
        self._overrides = dict(overrides or {})
        self._override_years = frozenset(day.year for day in self._overrides)
        self._known: dict[dt.date, bool] = {}  # the library's lookup is slow; deadlines ask often
        self.version = _version(self._overrides)

    def covers(self, year: int) -> bool:
        """True when the year's arrangement is built in or entered (its dates are final)."""
        return built_in(year) or year in self._override_years

    def uncovered_years(self, start: dt.date, end: dt.date) -> tuple[int, ...]:
        """Years between the two dates (inclusive, any order) whose arrangement is unknown."""
        low, high = sorted((start.year, end.year))
        return tuple(y for y in range(low, high + 1) if not self.covers(y))

    def is_provisional(self, start: dt.date, end: dt.date) -> bool:
        return bool(self.uncovered_years(start, end))

    def is_workday(self, day: dt.date) -> bool:
        known = self._known.get(day)
        if known is None:
            known = self._known[day] = self._lookup(day)
        return known

    def day_type(self, day: dt.date) -> tuple[DayType, DaySource, str]:
        """The year view's cell: type, source and the note (festival name or the entry's note)."""
        if day in self._overrides:
            kind = self._overrides[day]
            return (DayType.MAKEUP if kind is DayKind.WORKDAY else DayType.HOLIDAY), DaySource.ENTERED, ""
        weekend = day.weekday() >= 5
        if not self.covers(day.year):
            if fixed_holiday(day):
                return DayType.HOLIDAY, DaySource.ORDINARY, fixed_holiday(day)
            return (DayType.WEEKEND if weekend else DayType.WORKDAY), DaySource.ORDINARY, ""
        if not built_in(day.year):
            return (DayType.WEEKEND if weekend else DayType.WORKDAY), DaySource.ENTERED, ""
        if day in _library_data.workdays:
            return DayType.MAKEUP, DaySource.BUILT_IN, festival(day)
        if day in _library_data.holidays:
            return DayType.HOLIDAY, DaySource.BUILT_IN, festival(day)
        return (DayType.WEEKEND if weekend else DayType.WORKDAY), DaySource.BUILT_IN, ""

    def _lookup(self, day: dt.date) -> bool:
        kind = self._overrides.get(day)
        if kind is not None:
            return kind is DayKind.WORKDAY
        if built_in(day.year):
            return chinese_calendar.is_workday(day)
        if day.year in self._override_years:
            return day.weekday() < 5  # an entered year: the days its entry does not list follow the ordinary week
        return provisional_workday(day)

    def next_working_day(self, day: dt.date) -> dt.date:
        """The first working day strictly after `day`."""
        return add_working_days(day, 1, self)

    def working_days_after(self, start: dt.date, end: dt.date) -> int:
        """How many working days lie in (start, end]; 0 when end is not after start."""
        count, day = 0, start
        while day < end:
            day += dt.timedelta(days=1)
            count += self.is_workday(day)
        return count

    def due(self, start: dt.date, n: int) -> Due:
        """The n-th working day after `start`, marked provisional when an unknown year was crossed."""
        day = add_working_days(start, n, self)
        return Due(day, self.is_provisional(start, day))


def add_working_days(start: dt.date, n: int, calendar: WorkCalendar) -> dt.date:
    """The n-th working day after `start` (before it when n < 0); `start` itself when n == 0."""
    step = dt.timedelta(days=1 if n >= 0 else -1)
    day, left, scanned = start, abs(n), 0
    while left:
        day += step
        scanned += 1
        if scanned > _MAX_SCAN_DAYS * max(1, abs(n)):
            raise DomainError(f"自{start.isoformat()}起找不到第{abs(n)}个工作日，请检查工作日历设置。")
        if calendar.is_workday(day):
            left -= 1
    return day


def _version(overrides: Mapping[dt.date, DayKind]) -> str:
    """Library version plus a short digest of the overrides: recorded with every deadline decision."""
    if not overrides:
        return library_version()
    text = ";".join(f"{day.isoformat()}={kind.value}" for day, kind in sorted(overrides.items()))
    digest = hashlib.sha256(text.encode()).hexdigest()[:8]
    return f"{library_version()}+覆盖{len(overrides)}天#{digest}"
