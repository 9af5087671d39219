"""Working-day calendar administration: enter or correct a year's holidays and make-up working days."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from ..db.orm.filing import Holiday
from ..domain.errors import ValidationError
from ..domain.permissions import Action
from ..domain.workdays import DayKind, WorkCalendar, library_years
from .context import Actor
from .uow import reading, writing


@dataclass(frozen=True)
class CalendarDay:
    day: dt.date
    kind: DayKind
    source: str
    note: str
    updated_by: str


@dataclass(frozen=True)
class YearCalendar:
    """A year's administrator entries and whether the built-in arrangement covers it."""

    year: int
    built_in: bool
    entries: tuple[CalendarDay, ...]

    @property
    def covered(self) -> bool:
        return self.built_in or bool(self.entries)


def load_calendar(session: Session, *, weekend_fallback: bool = False) -> WorkCalendar:
    """The working-day calendar: built-in arrangement plus every administrator entry."""
    overrides = dict(session.execute(select(Holiday.day, Holiday.kind)).all())
    return WorkCalendar(overrides, weekend_fallback=weekend_fallback)


class CalendarService:
    """Administrators enter a year the library does not know yet, or correct single days."""

    def __init__(self, factory: sessionmaker[Session], actor: Actor) -> None:
        self._factory = factory
        self._actor = actor

    def year(self, year: int) -> YearCalendar:
        """The entries of `year` (corrections of the built-in data, or the whole arrangement)."""
        first, last = library_years()
        with reading(self._factory) as session:
            rows = session.scalars(select(Holiday).where(Holiday.day.between(dt.date(year, 1, 1),
                                                                            dt.date(year, 12, 31)))
                                   .order_by(Holiday.day)).all()
            entries = tuple(CalendarDay(r.day, r.kind, r.source, r.note, r.updated_by) for r in rows)
        return YearCalendar(year, first <= year <= last, entries)

    def set_year(self, year: int, holidays: Iterable[dt.date], workdays: Iterable[dt.date], source: str) -> YearCalendar:
        """Replace every entry of `year` with these holidays and make-up working days (from `source`)."""
        holidays, workdays = sorted(set(holidays)), sorted(set(workdays))
        _check_year(year, holidays, workdays, source)
        with writing(self._factory, self._actor, Action.SETTINGS_EDIT) as session:
            session.execute(delete(Holiday).where(Holiday.day.between(dt.date(year, 1, 1), dt.date(year, 12, 31))))
            session.flush()
            who = self._actor.username
            session.add_all(Holiday(day=d, kind=DayKind.HOLIDAY, source=source.strip(), created_by=who,
                                    updated_by=who) for d in holidays)
            session.add_all(Holiday(day=d, kind=DayKind.WORKDAY, source=source.strip(), created_by=who,
                                    updated_by=who) for d in workdays)
        return self.year(year)

    def correct_day(self, day: dt.date, kind: DayKind, source: str, note: str = "") -> YearCalendar:
        """Enter or correct one day (e.g. an arrangement changed after the library was built)."""
        if not source.strip():
            raise ValidationError("请注明依据（如国务院办公厅通知文号）。", "source")
        with writing(self._factory, self._actor, Action.SETTINGS_EDIT) as session:
            row = session.scalars(select(Holiday).where(Holiday.day == day)).first()
            if row is None:
                row = Holiday(day=day, created_by=self._actor.username)
                session.add(row)
            row.kind, row.source, row.note = kind, source.strip(), note.strip()
            row.updated_by = self._actor.username
        return self.year(day.year)

    def remove_day(self, day: dt.date) -> YearCalendar:
        """Drop the entry for `day`: the built-in arrangement (or the ordinary week) applies again."""
        with writing(self._factory, self._actor, Action.SETTINGS_EDIT) as session:
            row = session.scalars(select(Holiday).where(Holiday.day == day)).first()
            if row is not None:
                session.delete(row)
        return self.year(day.year)


def _check_year(year: int, holidays: list[dt.date], workdays: list[dt.date], source: str) -> None:
    if not source.strip():
        raise ValidationError("请注明依据（如国务院办公厅关于该年部分节假日安排的通知文号）。", "source")
    if not holidays:
        raise ValidationError(f"{year}年未录入任何放假日期。", "holidays")
    stray = [d for d in (*holidays, *workdays) if d.year != year]
    if stray:
        raise ValidationError(f"日期 {stray[0].isoformat()} 不在{year}年内。", "holidays")
    both = set(holidays) & set(workdays)
    if both:
        raise ValidationError(f"{min(both).isoformat()} 不能既是放假日又是调休上班日。", "workdays")
    weekdays = [d for d in workdays if d.weekday() < 5]
    if weekdays:
        raise ValidationError(f"调休上班日 {weekdays[0].isoformat()} 是工作日，应为周六或周日。", "workdays")
