"""A year's holiday arrangement as people write it: rows of (date, kind, note), ranges of days off.

Pure parsing and checking shared by the calendar file import, the year dialog and the CLI. Every
problem names its row (or line) and reason; a caller writes nothing while any problem remains.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from workstation.domain.enums import LabelledEnum
from workstation.domain.errors import ValidationError
from workstation.domain.workdays import DayKind

_KIND_WORDS = {
    DayKind.HOLIDAY: ("放假", "休息", "休息日", "假日", "节假日", "法定节假日", "放假（休息日）", "holiday", "off"),
    DayKind.WORKDAY: ("调休上班", "上班", "补班", "调休", "调休上班日", "workday", "make-up working day", "makeup"),
}
_DATE = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$")
_RANGE = re.compile(r"^\s*(\S+?)\s*(?:(?:至|到|~|～|—|--|\s(?:to|TO|To|-)\s)\s*(\S+?))?(?:\s+(.*))?$")
WEEKDAYS_ZH = "一二三四五六日"


@dataclass(frozen=True)
class EntryRow:
    """One row of an arrangement: its row (or line) number as the person sees it."""

    row: int
    day: dt.date
    kind: DayKind
    note: str = ""


@dataclass(frozen=True)
class Problem:
    row: int
    reason: str

    def text(self) -> str:
        return f"第{self.row}行：{self.reason}"


class ArrangementRefused(ValidationError):
    """The arrangement has problems; nothing was written. `problems` lists every row's reason."""

    def __init__(self, problems: Sequence[Problem], what: str = "工作日历") -> None:
        shown = "；".join(p.text() for p in problems[:8])
        more = f"；另有{len(problems) - 8}处问题" if len(problems) > 8 else ""
        super().__init__(f"{what}有{len(problems)}处问题，未作任何改动：{shown}{more}。", "calendar")
        self.problems = tuple(problems)


def parse_date(value: object) -> dt.date | None:
    """A date from a cell: date/datetime objects, 2027-01-01, 2027/1/1, 2027.1.1 or 2027年1月1日."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    match = _DATE.match(str(value or "").translate(_FULL_WIDTH))
    if not match:
        return None
    try:
        return dt.date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


def parse_kind(value: object) -> DayKind | None:
    """放假 / 调休上班 (and the usual synonyms, Chinese or English, or the stored value)."""
    text = str(value or "").strip().casefold()
    for kind, words in _KIND_WORDS.items():
        if text == kind.value.casefold() or text in (w.casefold() for w in words):
            return kind
    return None


def kind_word(kind: DayKind) -> str:
    """The word an exported file uses for `kind` (the first the import accepts)."""
    return _KIND_WORDS[kind][0]


def parse_ranges(text: str, kind: DayKind) -> tuple[list[EntryRow], list[Problem]]:
    """Lines such as "2027-01-01至2027-01-03 元旦" or "2027-02-07 春节调休"; blank lines are skipped."""
    rows: list[EntryRow] = []
    problems: list[Problem] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        match = _RANGE.match(line.translate(_FULL_WIDTH))
        first = parse_date(match.group(1)) if match else None
        last = parse_date(match.group(2)) if match and match.group(2) else first
        if first is None or last is None:
            bad = (match.group(1) if first is None else match.group(2)) if match else ""
            reason = (date_problem(bad) if _DATE.match(bad.translate(_FULL_WIDTH))
                      else f"“{line.strip()}”不是日期或日期范围（如 2027-01-01至2027-01-03）")
            problems.append(Problem(number, reason))
            continue
        if last < first or (last - first).days > 31:
            problems.append(Problem(number, f"日期范围 {first.isoformat()}至{last.isoformat()} 无效"))
            continue
        note = (match.group(3) or "").strip()
        rows.extend(EntryRow(number, first + dt.timedelta(days=i), kind, note)
                    for i in range((last - first).days + 1))
    return rows, problems


def check_rows(year: int, rows: Iterable[EntryRow]) -> list[Problem]:
    """Every reason a row cannot be entered for `year`: other years, duplicates, clashes, weekday make-ups."""
    problems: list[Problem] = []
    seen: dict[dt.date, EntryRow] = {}
    for row in rows:
        if row.day.year != year:
            problems.append(Problem(row.row, f"日期 {row.day.isoformat()} 不在{year}年内"))
            continue
        earlier = seen.get(row.day)
        if earlier is not None:
            if earlier.kind is row.kind:
                problems.append(Problem(row.row, f"{row.day.isoformat()} 与第{earlier.row}行重复"))
            else:
                problems.append(Problem(row.row, f"{row.day.isoformat()} 不能既是放假日又是调休上班日"
                                                 f"（见第{earlier.row}行）"))
            continue
        seen[row.day] = row
        if row.kind is DayKind.WORKDAY and row.day.weekday() < 5:
            problems.append(Problem(row.row, f"调休上班日 {row.day.isoformat()} 是星期{WEEKDAYS_ZH[row.day.weekday()]}，"
                                             "应为周六或周日"))
    return problems


def arrangement_year(rows: Sequence[EntryRow], year: int | None) -> int | None:
    """The year the arrangement is for: the one given, else that of its first row."""
    if year is not None:
        return year
    return rows[0].day.year if rows else None


def date_problem(value: object) -> str:
    """Why a cell is not a date: a day that does not exist, or text in another form."""
    if _DATE.match(str(value or "").translate(_FULL_WIDTH)):
        return f"日期“{value}”不存在"
    return f"“{value}”不是日期（应为 2027-01-01 这样的格式）"


class Festival(LabelledEnum):
    """The statutory holidays of 《全国年节及纪念日放假办法》 (Art.2), as a year's arrangement names them."""

    NEW_YEAR = ("NEW_YEAR", "元旦", "New Year's Day")
    SPRING = ("SPRING", "春节", "Spring Festival")
    QINGMING = ("QINGMING", "清明节", "Qingming Festival")
    LABOUR = ("LABOUR", "劳动节", "Labour Day")
    DRAGON_BOAT = ("DRAGON_BOAT", "端午节", "Dragon Boat Festival")
    MID_AUTUMN = ("MID_AUTUMN", "中秋节", "Mid-Autumn Festival")
    NATIONAL = ("NATIONAL", "国庆节", "National Day")


# How each festival is recognised among a year's days off: a note naming it, or a day off in the dates
# it can fall on (the lunar ones in their Gregorian window; 中秋 joined to 国庆 makes 8 October a day off).
_NAMES = {Festival.NEW_YEAR: "元旦", Festival.SPRING: "春节", Festival.QINGMING: "清明", Festival.LABOUR: "劳动",
          Festival.DRAGON_BOAT: "端午", Festival.MID_AUTUMN: "中秋", Festival.NATIONAL: "国庆"}
_WINDOWS: dict[Festival, tuple[tuple[tuple[int, int], tuple[int, int]], ...]] = {
    Festival.NEW_YEAR: (((1, 1), (1, 1)),),
    Festival.SPRING: (((1, 15), (2, 28)),),
    Festival.QINGMING: (((4, 2), (4, 7)),),
    Festival.LABOUR: (((5, 1), (5, 1)),),
    Festival.DRAGON_BOAT: (((5, 27), (6, 26)),),
    Festival.MID_AUTUMN: (((9, 6), (9, 30)), ((10, 8), (10, 8))),
    Festival.NATIONAL: (((10, 1), (10, 1)),),
}


@dataclass(frozen=True)
class ArrangementGaps:
    """What looks missing from a year's arrangement: festivals with no day off, and no make-up day at all."""

    missing: tuple[Festival, ...]
    no_makeup_days: bool

    def __bool__(self) -> bool:
        return bool(self.missing) or self.no_makeup_days

    def text(self, year: int) -> str:
        """The warning in Chinese (the command line's; the window words its own)."""
        parts = []
        if self.missing:
            parts.append(f"没有{'、'.join(f.zh for f in self.missing)}的放假日期")
        if self.no_makeup_days:
            parts.append("没有调休上班日")
        return f"{year}年的安排中{'，'.join(parts)}，请核对是否漏录。"


def arrangement_gaps(rows: Iterable[EntryRow]) -> ArrangementGaps:
    """The statutory holidays a year's rows do not show, and whether they hold no make-up working day.

    Not a refusal: a year may truly have no make-up day, or a festival on a weekend with no day off added.
    """
    rows = list(rows)
    off = [r for r in rows if r.kind is DayKind.HOLIDAY]

    def shown(festival: Festival) -> bool:
        return any(_NAMES[festival] in r.note for r in off) or any(
            first <= (r.day.month, r.day.day) <= last for r in off for first, last in _WINDOWS[festival])

    return ArrangementGaps(tuple(f for f in Festival if not shown(f)),
                           not any(r.kind is DayKind.WORKDAY for r in rows))


_FULL_WIDTH = str.maketrans("０１２３４５６７８９－／．　", "0123456789-/. ")
