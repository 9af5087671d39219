"""The working-day calendar area (front module): the year view, entering a year's arrangement,
correcting or removing a day, file import and export, and the calendar every clock uses.

Every edit recomputes the open provisional deadlines of every area in the same transaction and
reports what moved; each moved deadline gets a line in its item's history.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from workstation.db.base import utcnow
from workstation.db.key_locks import hold_key_lock
from workstation.db.orm.calendar import Holiday
from workstation.domain.calendar_entries import (
    ArrangementRefused,
    EntryRow,
    Problem,
    arrangement_gaps,
    arrangement_year,
    check_rows,
)
from workstation.domain.errors import ValidationError
from workstation.domain.permissions import Action
from workstation.domain.texts import QT_TRANSLATE_NOOP, Text, text
from workstation.domain.workdays import DayKind, WorkCalendar, built_in, built_in_entries, festival
from workstation.services.calendar import files
from workstation.services.calendar.recompute import Recompute, RecomputeContext, recompute_all
from workstation.services.calendar.views import CalendarChange, CalendarDay, DayView, Moved, YearCalendar
from workstation.services.common.context import Actor
from workstation.services.common.uow import reading, writing

__all__ = ["ArrangementRefused", "CalendarChange", "CalendarDay", "CalendarService", "DayView", "Moved",
           "Recompute", "RecomputeContext", "YearCalendar", "load_calendar", "missing_years"]

WARN_FROM_MONTH = 11  # from 1 November the administrator is told that next year is missing


def load_calendar(session: Session) -> WorkCalendar:
    """The working-day calendar: built-in arrangement plus every administrator entry."""
    overrides = dict(session.execute(select(Holiday.day, Holiday.kind)).all())
    return WorkCalendar(overrides)


def missing_years(calendar: WorkCalendar, today: dt.date) -> tuple[int, ...]:
    """This year if unknown, and next year from 1 November: the years to tell the administrator about."""
    years = [today.year] + ([today.year + 1] if today.month >= WARN_FROM_MONTH else [])
    return tuple(y for y in years if not calendar.covers(y))


class CalendarService:
    """Read the calendar (everyone) and change it (administrators: SETTINGS_EDIT)."""

    def __init__(self, factory: sessionmaker[Session], actor: Actor, recomputers: Sequence[Recompute] = (),
                 today: Callable[[], dt.date] = dt.date.today, now: Callable[[], dt.datetime] = utcnow) -> None:
        self._factory = factory
        self._actor = actor
        self._recomputers = tuple(recomputers)
        self._today = today
        self._now = now

    # --- reading ---------------------------------------------------------------------------

    def year(self, year: int) -> YearCalendar:
        """Every day of `year` with its type and source, and the administrator's entries."""
        _check_year_number(year)
        with reading(self._factory) as session:
            return _year_view(session, year)

    def missing_years(self) -> tuple[int, ...]:
        with reading(self._factory) as session:
            return missing_years(load_calendar(session), self._today())

    def arrangement(self, year: int) -> list[tuple[dt.date, DayKind, str]]:
        """The year's holidays and make-up days as they apply now (entries win over the built-in data)."""
        _check_year_number(year)
        with reading(self._factory) as session:
            entries = _entries(session, year)
        days = {d: (k, festival(d)) for d, k in built_in_entries(year).items()}
        days.update({e.day: (e.kind, e.note) for e in entries})
        return [(d, k, note) for d, (k, note) in sorted(days.items())]

    def export_year(self, year: int, path: Path) -> int:
        """Write the year's arrangement to `path` (.csv or .xlsx); the number of days written."""
        path = Path(path)
        files.check_suffix(path)
        rows = self.arrangement(year)
        if not rows:
            raise ValidationError(f"{year}年的节假日安排既非内置也未录入，没有可导出的内容。", "year")
        files.write_rows(path, rows)
        return len(rows)

    # --- changing --------------------------------------------------------------------------

    def set_year(self, year: int, holidays: Iterable[dt.date], workdays: Iterable[dt.date], source: str,
                 source_date: dt.date | None = None) -> CalendarChange:
        """Replace every entry of `year` with these holidays and make-up working days (from `source`)."""
        rows = [EntryRow(n, d, DayKind.HOLIDAY) for n, d in enumerate(holidays, 1)]
        rows += [EntryRow(len(rows) + n, d, DayKind.WORKDAY) for n, d in enumerate(workdays, 1)]
        return self.enter_rows(year, rows, source, source_date)

    def enter_rows(self, year: int, rows: Sequence[EntryRow], source: str,
                   source_date: dt.date | None = None, what: str = "节假日安排") -> CalendarChange:
        """Replace the year's entries with `rows`, after checking every row (nothing written on a problem)."""
        _check_year_number(year)
        source = _require_source(source)
        problems = check_rows(year, rows)
        if not problems and not any(r.kind is DayKind.HOLIDAY for r in rows):
            raise ValidationError(f"{year}年未录入任何放假日期。", "holidays")
        if problems:
            raise ArrangementRefused(problems, what)
        reason = text(QT_TRANSLATE_NOOP("DomainText", "录入{year}年节假日安排（{basis}）"), year=year, basis=source)
        with self._writing(reason, year) as session:
            session.execute(delete(Holiday).where(Holiday.day.between(dt.date(year, 1, 1), dt.date(year, 12, 31))))
            session.flush()
            who = self._actor.username
            session.add_all(Holiday(day=r.day, kind=r.kind, source=source, source_date=source_date,
                                    note=r.note.strip()[:200], created_by=who, updated_by=who)
                            for r in sorted(rows, key=lambda r: r.day))
            return replace(self._finish(session, year, reason), gaps=arrangement_gaps(rows))

    def read_file(self, path: Path, year: int | None = None) -> list[EntryRow]:
        """The rows of an arrangement file, all checked (ArrangementRefused lists every bad row)."""
        path = Path(path)
        rows, problems = files.read_rows(path)
        target = arrangement_year(rows, year)
        if target is None:
            raise ArrangementRefused(problems or [Problem(1, "文件中没有可用的日期")], path.name)
        problems += check_rows(target, rows)
        if problems:
            raise ArrangementRefused(sorted(problems, key=lambda p: p.row), path.name)
        return rows

    def import_file(self, path: Path, source: str, source_date: dt.date | None = None,
                    year: int | None = None) -> CalendarChange:
        """Enter a year from a file of (日期, 类型, 说明) rows; every row is checked before anything is written."""
        source = _require_source(source)
        rows = self.read_file(path, year)
        return self.enter_rows(rows[0].day.year if year is None else year, rows, source, source_date,
                               Path(path).name)

    def correct_day(self, day: dt.date, kind: DayKind, source: str, note: str = "",
                    source_date: dt.date | None = None) -> CalendarChange:
        """Enter or correct one day (e.g. an arrangement changed after the library was built)."""
        source = _require_source(source)
        problems = check_rows(day.year, [EntryRow(1, day, kind)])
        if problems:
            raise ValidationError(problems[0].reason + "。", "day")
        reason = text(QT_TRANSLATE_NOOP("DomainText", "更正{day}为{kind}（{basis}）"), day=day, kind=kind, basis=source)
        with self._writing(reason, day.year) as session:
            row = session.scalars(select(Holiday).where(Holiday.day == day)).first()
            if row is None:
                row = Holiday(day=day, created_by=self._actor.username)
                session.add(row)
            row.kind, row.source, row.note, row.source_date = kind, source, note.strip()[:200], source_date
            row.updated_by = self._actor.username
            return self._finish(session, day.year, reason)

    def remove_day(self, day: dt.date) -> CalendarChange:
        """Drop the entry for `day`: the built-in arrangement (or the ordinary week) applies again."""
        reason = text(QT_TRANSLATE_NOOP("DomainText", "删除{day}的工作日历录入"), day=day)
        with self._writing(reason, day.year) as session:
            row = session.scalars(select(Holiday).where(Holiday.day == day)).first()
            if row is None:
                raise ValidationError(f"{day.isoformat()}没有录入项，无需删除。", "day")
            session.delete(row)
            return self._finish(session, day.year, reason)

    @contextmanager
    def _writing(self, reason: Text, year: int) -> Iterator[Session]:
        """A calendar write; one desk at a time per year (a year's rows are replaced as a whole)."""
        with writing(self._factory, self._actor, Action.SETTINGS_EDIT, reason=str(reason)) as session:
            hold_key_lock(session, "holiday", str(year))
            yield session

    def _finish(self, session: Session, year: int, reason: Text) -> CalendarChange:
        session.flush()
        calendar = load_calendar(session)
        ctx = RecomputeContext(session, calendar, self._actor, self._now(), self._today(), reason)
        moved = recompute_all(ctx, self._recomputers)
        session.flush()
        return CalendarChange(_year_view(session, year), moved)


def _year_view(session: Session, year: int) -> YearCalendar:
    entries = _entries(session, year)
    calendar = load_calendar(session)
    by_day = {e.day: e for e in entries}
    days = []
    day = dt.date(year, 1, 1)
    while day.year == year:
        kind, source, note = calendar.day_type(day)
        entry = by_day.get(day)
        days.append(DayView(day, kind, source, entry.note if entry and entry.note else note, entry))
        day += dt.timedelta(days=1)
    return YearCalendar(year, built_in(year), entries, tuple(days))


def _entries(session: Session, year: int) -> tuple[CalendarDay, ...]:
    rows = session.scalars(select(Holiday).where(Holiday.day.between(dt.date(year, 1, 1), dt.date(year, 12, 31)))
                           .order_by(Holiday.day)).all()
    return tuple(CalendarDay(r.day, r.kind, r.source, r.source_date, r.note, r.updated_by) for r in rows)


def _require_source(source: str) -> str:
    if not (source or "").strip():
        raise ValidationError("请注明依据（如国务院办公厅关于该年部分节假日安排的通知文号）。", "source")
    return source.strip()[:200]


def _check_year_number(year: int) -> None:
    if not 1990 <= year <= 2200:
        raise ValidationError(f"年份 {year} 无效。", "year")


