"""Register specs: a register (名册/台账/统计表) is declared once and rendered to .xlsx and .pdf.

A spec names its columns (header, width, format, masking, total), which filters it takes,
and the functions that count and stream its rows from the database. Renderers never see
the database: they receive the finished body (numbered, masked rows and the totals row).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from workstation.domain.enums import LabelledEnum

Row = tuple[Any, ...]


class Mask(enum.Enum):
    """Kinds of personal data a column holds; masked unless full data was allowed and asked for."""

    ID_NUMBER = "id_number"  # keep the first 6 and the last 4 characters
    MOBILE = "mobile"  # a mobile number keeps the first 3 and the last 4 digits; landlines stay


class Total(enum.Enum):
    """How a column's value in the totals row is made."""

    SUM = "sum"  # the sum of the column's numbers (empty cells skipped)
    SUM_ALL = "sum_all"  # the sum, or empty when any row's cell is empty (e.g. unknown population)


@dataclass(frozen=True)
class Tally:
    """A totals cell counting the rows by value, e.g. "首次备案 3 件；变更备案 1 件" (empty cells skipped).

    The values in `order` come first, shown even when no row has them; others follow as first met.
    """

    order: tuple[str, ...] = ()
    unit: str = ""

    def text(self, counts: Mapping[Any, int]) -> str:
        values = [*self.order, *(v for v in counts if v not in self.order)]
        return "；".join(f"{v} {counts.get(v, 0):,}{f' {self.unit}' if self.unit else ''}" for v in values)


class Filter(enum.Enum):
    """Filters a register can take (RegisterFilters fields)."""

    STREET = "street_code"
    LEGAL_NATURE = "legal_nature"
    STATUS = "status"
    INCLUSIVE = "inclusive"
    DATE_RANGE = "date_range"


@dataclass(frozen=True)
class CellFormat:
    """How a value shows: an Excel number format and the same rendering as text for the PDF."""

    excel: str | None  # None: Excel's General format
    text: Callable[[Any], str]
    numeric: bool = False  # right-aligned
    sample: str = ""  # the widest value expected: the PDF column is never narrower (no wrapped numbers)


def _plain(value: Any) -> str:
    return str(value)


TEXT = CellFormat(None, _plain)
INTEGER = CellFormat("0", lambda v: f"{v:d}", numeric=True, sample="00000")
COUNT = CellFormat("0", INTEGER.text, numeric=True, sample="000")  # small counts, e.g. classes
THOUSANDS = CellFormat("#,##0", lambda v: f"{v:,d}", numeric=True, sample="0,000,000")
DECIMAL_1 = CellFormat("0.0", lambda v: f"{v:.1f}", numeric=True, sample="0000.0")
DECIMAL_2 = CellFormat("0.00", lambda v: f"{v:.2f}", numeric=True, sample="000.00")
DATE = CellFormat("yyyy-mm-dd", lambda v: v.isoformat(), sample="0000-00-00")
# A deadline: a date, or text when it is provisional ("2027-01-04（暂定，节假日安排未录入）").
DUE = CellFormat("yyyy-mm-dd", lambda v: v if isinstance(v, str) else v.isoformat(), sample="0000-00-00")


@dataclass(frozen=True)
class Column:
    """One column: `key` names it for computed totals; `width` is in Excel character units."""

    key: str
    header: str
    width: float
    fmt: CellFormat = TEXT
    mask: Mask | None = None
    total: Total | Tally | Callable[[Mapping[str, Any]], Any] | None = None
    group: str | None = None  # a header over consecutive columns of the same group (two header rows)
    pdf_width: float | None = None  # relative width on the PDF page when it differs from `width`
    user_text: bool = True  # text typed by people (checked for control characters and formulas);
    # False for the program's own labels (enum names, 是/否), which need no checks
    whole: bool = False  # a code, ID or phone number: never broken over lines in the PDF, where its column
    # is as wide as its longest value (measured with the font); the other text columns share the rest


@dataclass(frozen=True)
class RegisterFilters:
    """What to include (None = any). `status` is a member of the register's own status enum."""

    street_code: str | None = None
    legal_nature: LabelledEnum | None = None
    status: LabelledEnum | None = None
    inclusive: bool | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None

    def used(self) -> set[Filter]:
        """The filters given a value."""
        used = {f for f in Filter if f is not Filter.DATE_RANGE and getattr(self, f.value) is not None}
        if self.date_from is not None or self.date_to is not None:
            used.add(Filter.DATE_RANGE)
        return used


@dataclass(frozen=True)
class SourceContext:
    """What a row source may need besides the filters (parameters of the register)."""

    filters: RegisterFilters
    target_per_thousand: float = 4.5
    batch_size: int = 1000
    as_of: dt.date | None = None  # the register's reference day (its preparation date); None: today

    @property
    def day(self) -> dt.date:
        return self.as_of or dt.date.today()


# count(session, filters) -> number of rows; rows(session, context) -> rows in column order
# (without the 序号 column, which the body adds), streamed batch by batch.
Counter = Callable[[Session, RegisterFilters], int]
RowSource = Callable[[Session, SourceContext], Iterator[Row]]


@dataclass(frozen=True)
class RegisterSpec:
    """A register declared once; both renderers draw it from this."""

    key: str  # the CLI name, e.g. "nurseries"
    title: str
    description: str  # one sentence for the export page
    columns: tuple[Column, ...]  # the data columns, 序号 excluded
    count: Counter
    rows: RowSource
    filters: frozenset[Filter]
    status_enum: type[LabelledEnum] | None = None  # what the status filter takes
    status_label: str = "状态"  # how the status filter is named under the title
    date_label: str | None = None  # the date the date-range filter applies to, e.g. "备案日期"
    notes: tuple[str, ...] = ()
    count_noun: str | None = "家"  # "共 N 家" in the totals row; None: no count
    pdf_font_size: float = 6.5
    frozen_columns: int = 2  # columns kept in view when scrolling sideways in Excel (序号 included)
    extra_header: Callable[[SourceContext], str | None] = field(default=lambda _ctx: None)
    parameters: frozenset[str] = frozenset()  # SourceContext fields the register uses, e.g. the target
    masked_note: str | None = None  # what masking did, when not the nursery registers' legal-representative note

    @property
    def masks_personal_data(self) -> bool:
        return any(c.mask for c in self.columns)

    @property
    def all_columns(self) -> tuple[Column, ...]:
        """Every column as printed: 序号 first."""
        return (NUMBER_COLUMN, *self.columns)

    @property
    def has_groups(self) -> bool:
        return any(c.group for c in self.columns)


NUMBER_COLUMN = Column("no", "序号", 6, CellFormat("0", INTEGER.text, numeric=True, sample="000000"))
