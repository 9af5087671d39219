"""What the calendar area returns: a year's days with their type and source, and what an edit moved."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from workstation.domain.calendar_entries import ArrangementGaps
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
    applied: bool = True    # False: a final deadline the changed calendar would count differently,
    #                         reported and left as decided (its notice or receipt already states it)


@dataclass(frozen=True)
class CalendarChange:
    """The year after an edit, and every provisional deadline the edit recomputed."""

    year: YearCalendar
    recomputed: tuple[Moved, ...]
    gaps: ArrangementGaps | None = None  # an entered year's: the statutory holidays and make-up days it lacks

    @property
    def moved(self) -> tuple[Moved, ...]:
        """Provisional deadlines whose date changed."""
        return tuple(m for m in self.recomputed if m.applied and m.old != m.new)

    @property
    def provisional(self) -> tuple[Moved, ...]:
        """Every provisional deadline recomputed (moved or not)."""
        return tuple(m for m in self.recomputed if m.applied)

    @property
    def unapplied(self) -> tuple[Moved, ...]:
        """Final deadlines the changed calendar would count differently (left unchanged)."""
        return tuple(m for m in self.recomputed if not m.applied)

    def summary(self) -> str:
        """One sentence for the person who made the change."""
        done = self.provisional
        if not done:
            text = "没有需要重新计算的暂定期限。"
        else:
            still = sum(m.provisional for m in done)
            text = (f"已重新计算{len(done)}个暂定期限，其中{len(self.moved)}个日期有变动（{len(done) - len(self.moved)}个不变）"
                    + (f"；{still}个仍为暂定（涉及尚未录入的年份）。" if still else "；均已转为正式期限。"))
        if self.unapplied:
            text += f"另有{len(self.unapplied)}个已确定的期限按新日历计算会不同，未自动改动，请核对。"
        return text


def _cite(entry: CalendarDay) -> str:
    return entry.source + (f"（{entry.source_date.isoformat()}）" if entry.source_date else "")
