"""The renderer-independent part of a register: numbered, masked rows, totals, header lines.

Both renderers consume a `RegisterBody`, so the .xlsx and the .pdf hold the same rows and
totals by construction.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from workstation.exports.common.masking import MASKERS
from workstation.exports.common.spec import TEXT, Column, RegisterSpec, Row, Tally, Total

TOTALS_LABEL = "合计"
# Control characters (line breaks and tabs aside) cannot go into an .xlsx and print as boxes.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class ReportInfo:
    """The register's frame: who reports, who prepared and reviewed it, and when."""

    unit: str  # 填报单位
    preparer: str  # 制表人
    reviewer: str = ""  # 审核人
    prepared_on: dt.date | None = None  # 制表日期 (default: today)

    @property
    def date(self) -> dt.date:
        return self.prepared_on or dt.date.today()


@dataclass(frozen=True)
class Heading:
    """The lines printed above the table."""

    title: str
    unit_line: str  # 填报单位：…
    period_line: str  # 截至… / 统计期间…
    filters_line: str  # 筛选条件：…
    extra_line: str | None  # e.g. the national target the summary compares with
    signature_line: str  # 制表人 / 审核人 / 制表日期


class RegisterBody:
    """Iterate to get the printed rows (序号 first); `totals_row()` after the last one.

    Each row is a new list: a renderer may change it (e.g. put styled cells in place of values).
    """

    def __init__(self, spec: RegisterSpec, rows: Iterator[Row], masked: bool,
                 params: Mapping[str, Any] | None = None) -> None:
        self.spec = spec
        self._params = dict(params or {})
        self.columns: tuple[Column, ...] = spec.all_columns
        self.count = 0
        self._rows = rows
        self._masks = [(i + 1, MASKERS[c.mask]) for i, c in enumerate(spec.columns) if c.mask and masked]
        self._texts = [i + 1 for i, c in enumerate(spec.columns) if c.fmt is TEXT and c.user_text]
        self._summed = [i + 1 for i, c in enumerate(spec.columns) if isinstance(c.total, Total)]
        self._sums: dict[int, int | float] = dict.fromkeys(self._summed, 0)
        self._gaps: set[int] = set()  # summed columns that met an empty cell
        self._tallies: dict[int, dict] = {i + 1: {} for i, c in enumerate(spec.columns) if isinstance(c.total, Tally)}

    def __iter__(self) -> Iterator[list]:
        masks, summed, sums, gaps, texts = self._masks, self._summed, self._sums, self._gaps, self._texts
        tallies = self._tallies
        for raw in self._rows:
            self.count += 1
            row = [self.count, *raw]
            for index in texts:
                value = row[index]
                if value.__class__ is str and not value.isprintable():  # isprintable: a fast pre-check
                    row[index] = CONTROL.sub("", value)
            for index, mask in masks:
                row[index] = mask(row[index])
            for index in summed:
                value = row[index]
                if value is None:
                    gaps.add(index)
                else:
                    sums[index] += value
            for index, counts in tallies.items():
                value = row[index]
                if value is not None:
                    counts[value] = counts.get(value, 0) + 1
            yield row

    def totals_row(self) -> Row:
        """合计 under the 序号 column's neighbour, "共 N 家", then each column's total."""
        values: list = [None] * len(self.columns)
        by_key: dict[str, Any] = dict(self._params)
        for index, column in enumerate(self.columns):
            if isinstance(column.total, Total):
                incomplete = column.total is Total.SUM_ALL and index in self._gaps
                values[index] = None if incomplete else self._sums[index]
                by_key[column.key] = values[index]
            elif isinstance(column.total, Tally):
                values[index] = column.total.text(self._tallies[index])
        for index, column in enumerate(self.columns):
            if callable(column.total) and not isinstance(column.total, Total):
                values[index] = column.total(by_key)
        values[1] = TOTALS_LABEL
        if self.spec.count_noun and len(values) > 2 and values[2] is None:
            values[2] = f"共 {self.count:,} {self.spec.count_noun}"
        return tuple(values)


def heading(spec: RegisterSpec, info: ReportInfo, filters_text: str, period: str,
            extra: str | None) -> Heading:
    """The lines above and below the table, the same in both formats."""
    reviewer = info.reviewer or "　" * 4
    return Heading(
        title=spec.title,
        unit_line=f"填报单位：{info.unit}",
        period_line=period,
        filters_line=f"筛选条件：{filters_text}",
        extra_line=extra,
        signature_line=f"制表人：{info.preparer}　　审核人：{reviewer}　　制表日期：{info.date.isoformat()}",
    )


def period_text(spec: RegisterSpec, date_from: dt.date | None, date_to: dt.date | None,
                prepared_on: dt.date) -> str:
    """截至 the preparation date, or the period the date range covers."""
    if date_from is None and date_to is None:
        return f"数据截至：{prepared_on.isoformat()}"
    start = date_from.isoformat() if date_from else "最早"
    end = date_to.isoformat() if date_to else prepared_on.isoformat()
    return f"统计期间：{start} 至 {end}（按{spec.date_label}）"


def text_of(column: Column) -> Callable[[object], str]:
    """The PDF text of a cell of `column` (empty for None)."""
    fmt = column.fmt.text

    def render(value: object) -> str:
        if value is None:
            return ""
        if isinstance(value, str):
            return value
        return fmt(value)

    return render
