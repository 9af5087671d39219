"""What the calendar area returns: a year's days with their type and source, and what an edit moved."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from workstation.domain.workdays import DayKind, DaySource, DayType


@dataclass(frozen=True)
class CalendarDay:
    """An administrator's entry."""

    day: dt.date
    kind: DayKind
    source: str
    source_date: dt.date | None
    note: str
    updated_by: str


@dataclass(frozen=True)
class DayView:
    """One day of the year view."""

    day: dt.date
    type: DayType
    source: DaySource
    note: str
    entry: CalendarDay | None  # the administrator's entry for the day, if any

    @property
    def working(self) -> bool:
        return self.type in (DayType.WORKDAY, DayType.MAKEUP)


@dataclass(frozen=True)
class YearCalendar:
    """A year: every day, its administrator entries and whether its arrangement is known."""

    year: int
    built_in: bool
    entries: tuple[CalendarDay, ...]
    days: tuple[DayView, ...]

    @property
    def covered(self) -> bool:
        return self.built_in or bool(self.entries)

    @property
    def sources(self) -> tuple[str, ...]:
        """The notices the entries cite, each once, in order."""
        return tuple(dict.fromkeys(_cite(e) for e in self.entries))

    @property
    def working_days(self) -> int:
        return sum(d.working for d in self.days)

    def day(self, day: dt.date) -> DayView:
        return self.days[(day - dt.date(self.year, 1, 1)).days]


@dataclass(frozen=True)
class Moved:
    """A provisional deadline recomputed after the calendar changed."""

    what: str               # e.g. 备案回执期限, 整改期限
    nursery_name: str
    old: dt.date
    new: dt.date
    provisional: bool       # still provisional (it runs into another unknown year)


@dataclass(frozen=True)
class CalendarChange:
    """The year after an edit, and every provisional deadline the edit recomputed."""

    year: YearCalendar
    recomputed: tuple[Moved, ...]

    @property
    def moved(self) -> tuple[Moved, ...]:
        return tuple(m for m in self.recomputed if m.old != m.new)

    def summary(self) -> str:
        """One sentence for the person who made the change."""
        if not self.recomputed:
            return "没有需要重新计算的暂定期限。"
        still = sum(m.provisional for m in self.recomputed)
        text = (f"已重新计算{len(self.recomputed)}个暂定期限，其中{len(self.moved)}个日期有变动"
                f"（{len(self.recomputed) - len(self.moved)}个不变）")
        return text + (f"；{still}个仍为暂定（涉及尚未录入的年份）。" if still else "；均已转为正式期限。")


def _cite(entry: CalendarDay) -> str:
    return entry.source + (f"（{entry.source_date.isoformat()}）" if entry.source_date else "")
