"""Working days under China's official holiday arrangement (国务院办公厅 annual 节假日安排).

The `chinese_calendar` library knows the published arrangements of the years it was built with.
An administrator's overrides (holidays and make-up working days entered from the State Council
notice) always win over the library, and they also cover years the library does not know yet.
A date in a year neither covers raises CalendarNotCovered instead of guessing.

Counting follows the administrative convention: the day of the triggering act is not counted,
so "due within 5 working days of 2025-09-30" is the 5th working day after 2025-09-30.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping
from functools import lru_cache

import chinese_calendar
from chinese_calendar import constants as _library_data

from .enums import LabelledEnum
from .errors import DomainError

# A year with no working day for this long cannot exist; stop instead of looping for ever.
_MAX_SCAN_DAYS = 400


class DayKind(LabelledEnum):
    HOLIDAY = ("HOLIDAY", "放假（休息日）", "Holiday")
    WORKDAY = ("WORKDAY", "调休上班日", "Make-up working day")


class CalendarNotCovered(DomainError):
    """A date falls in a year whose holiday arrangement is neither built in nor entered."""

    def __init__(self, year: int, library_years: tuple[int, int]) -> None:
        first, last = library_years
        super().__init__(
            f"{year}年的法定节假日安排尚未录入（内置日历仅含{first}—{last}年），无法按工作日计算期限。"
            f"请系统管理员在“系统设置—工作日历”中录入{year}年的放假和调休上班日期后再办理。"
        )
        self.year = year


@lru_cache(maxsize=1)
def library_years() -> tuple[int, int]:
    """First and last year the bundled chinese_calendar data covers."""
    years = {day.year for day in _library_data.holidays} | {day.year for day in _library_data.workdays}
    return min(years), max(years)


def library_version() -> str:
    return f"chinese_calendar {getattr(chinese_calendar, '__version__', '?')}"


class WorkCalendar:
    """Working-day arithmetic over the library plus administrator overrides.

    `weekend_fallback` (demo data only) treats an uncovered year as Monday–Friday instead of refusing.
    """

    def __init__(self, overrides: Mapping[dt.date, DayKind] | None = None, *,
                 weekend_fallback: bool = False) -> None:
        self._overrides = dict(overrides or {})
        self._override_years = frozenset(day.year for day in self._overrides)
        self._weekend_fallback = weekend_fallback
        self._known: dict[dt.date, bool] = {}  # the library's lookup is slow; deadlines ask often
        self.version = _version(self._overrides)

    def covers(self, year: int) -> bool:
        first, last = library_years()
        return first <= year <= last or year in self._override_years

    def is_workday(self, day: dt.date) -> bool:
        known = self._known.get(day)
        if known is None:
            known = self._known[day] = self._lookup(day)
        return known

    def _lookup(self, day: dt.date) -> bool:
        kind = self._overrides.get(day)
        if kind is not None:
            return kind is DayKind.WORKDAY
        first, last = library_years()
        if first <= day.year <= last:
            return chinese_calendar.is_workday(day)
        if day.year in self._override_years or self._weekend_fallback:
            return day.weekday() < 5  # entered year: days not listed follow the ordinary week
        raise CalendarNotCovered(day.year, library_years())

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
