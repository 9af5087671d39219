"""Excel renderer: openpyxl write-only (rows streamed to disk, memory flat), lxml serialising.

Title and header lines, frozen header, column widths, number and date formats, autofilter,
print setup (landscape A4 or A3, fit to width while readable, else the identifying columns
repeated on the pages the columns run onto; header rows repeated, page numbers), totals row,
notes and signatures. The title, the lines under it, the notes and the signatures are merged only
across the columns of the first printed page and wrapped there, so none is printed on a later page
or cut at a page's edge. Text is always written as text: a value such as "=1+1" never becomes
a formula.
"""

from __future__ import annotations

import math
import os
import unicodedata
from collections.abc import Iterable
from contextlib import suppress
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins

from workstation.exports.common.body import Heading, RegisterBody
from workstation.exports.common.files import Watch
from workstation.exports.common.spec import TEXT, Column

# A text starting with one of these is written as a string cell, never a formula or error value.
FORMULA_LEADS = frozenset("=+-@#")
_THIN = Side(style="thin", color="808080")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_FILL = PatternFill("solid", fgColor="E7E6E6")
PAPER_A4, PAPER_A3 = "9", "8"  # the sheet's paper-size codes
# Printable width in Excel character units (about 7 px, 1.85 mm each at 100 %) of a landscape page
# between the margins below: A4 297 mm, A3 420 mm wide, less 2 × 0.4 in.
PRINTABLE_CHARACTERS = {PAPER_A4: 147.0, PAPER_A3: 213.0}
READABLE_SCALE = 70  # % below which printed text is too small to read: columns run onto more pages
WIDE_SCALE = 85  # % a register too wide to fit its page is printed at, its first columns on every page
# Share of a page's estimated width the title and notes are merged across. LibreOffice without
# Calibri's metrics (no Carlito: DejaVu Sans instead) makes a character unit about 1.3 times as wide
# as Excel does; within 3/4 of the width the merge lies on the first page in both.
FIRST_PAGE_SHARE = 0.75
LINE_HEIGHT = 15.0  # points per wrapped line of 11 pt text (Excel's default row height)
_CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def write_xlsx(path: Path, heading: Heading, body: RegisterBody, notes: Iterable[str], watch: Watch) -> None:
    """Write the register to `path` (a temp file the caller renames into place)."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(heading.title[:31])
    columns = body.columns
    lines = _heading_lines(heading)
    header_row = len(lines) + 2  # the title, the lines under it, then the column headers
    first_data = header_row + (2 if body.spec.has_groups else 1)
    # Widths, panes and page set-up go out with the first row (write-only sheets).
    _set_up_sheet(ws, columns, body.spec.frozen_columns)
    span = first_page_columns(columns)
    ws.freeze_panes = f"{get_column_letter(body.spec.frozen_columns + 1)}{first_data}"
    ws.print_title_rows = f"{header_row}:{first_data - 1}"
    try:
        _write_heading(ws, heading.title, lines, columns[:span])
        _write_header(ws, columns, header_row)
        last_data = _write_rows(ws, body, first_data, watch)
        if last_data >= first_data:
            ws.auto_filter.ref = f"A{first_data - 1}:{get_column_letter(len(columns))}{last_data}"
        _write_totals(ws, columns, body.totals_row())
        _write_tail(ws, heading, notes, columns[:span], last_data + 2)
        watch.check()
    except BaseException:
        _discard(ws)
        raise
    wb.save(path)


def _discard(ws: Any) -> None:
    """Close a half-written sheet's XML stream and delete its temp file (a cancelled export).

    openpyxl 3.1 (pinned) keeps them in `_rows` and `_writer`; closing the inner stream first
    lets lxml end its elements in order instead of complaining when they are collected.
    """
    writer = ws._writer
    if writer is None:
        return
    with suppress(Exception):
        if ws._rows is not None:
            ws._rows.close()
        writer.xf.close()
    with suppress(OSError):
        os.remove(writer.out)


def _heading_lines(heading: Heading) -> list[str]:
    lines = [heading.unit_line, heading.period_line, heading.filters_line]
    return [*lines, heading.extra_line] if heading.extra_line else lines


def _set_up_sheet(ws: Any, columns: tuple[Column, ...], frozen: int) -> None:
    # Column widths and the page set-up go out before the first row (write-only sheets).
    for index, column in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(index)].width = column.width
    ws.page_setup.orientation = "landscape"
    _set_up_paper(ws, columns, frozen)
    ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.6, bottom=0.6)
    ws.print_options.gridLines = True  # grid on paper without styling every data cell
    ws.oddFooter.center.text = "第 &P 页 共 &N 页"


def print_layout(columns: tuple[Column, ...]) -> tuple[str, int | None]:
    """(paper, scale): the smallest landscape paper (A4, else A3) the columns fit across at a readable
    scale, scale None meaning "fit to the page's width"; else A3 at WIDE_SCALE %."""
    width = sum(c.width for c in columns)
    for paper in (PAPER_A4, PAPER_A3):
        if PRINTABLE_CHARACTERS[paper] / width * 100 >= READABLE_SCALE:
            return paper, None
    return PAPER_A3, WIDE_SCALE


def first_page_columns(columns: tuple[Column, ...]) -> int:
    """How many columns, from the first, surely print on the first page: all of them when fitted to
    the width, else those within FIRST_PAGE_SHARE of the page's width at its scale (at least one)."""
    paper, scale = print_layout(columns)
    if scale is None:
        return len(columns)
    room = PRINTABLE_CHARACTERS[paper] * 100 / scale * FIRST_PAGE_SHARE
    used = count = 0
    for column in columns:
        used += column.width
        if used > room:
            break
        count += 1
    return max(1, count)


def _set_up_paper(ws: Any, columns: tuple[Column, ...], frozen: int) -> None:
    """Fit to the page's width only when the print stays readable; otherwise the columns run onto the
    next pages (across, then down), the identifying columns repeated on each."""
    paper, scale = print_layout(columns)
    ws.page_setup.paperSize = paper
    if scale is None:
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        return
    ws.page_setup.scale = scale
    ws.page_setup.pageOrder = "overThenDown"
    ws.print_title_cols = f"A:{get_column_letter(max(1, frozen))}"


def _styled(ws: Any, value: Any, **style: Any) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value)
    for name, setting in style.items():
        setattr(cell, name, setting)
    return cell


def _merged_line(ws: Any, row: int, width: int, value: str, **style: Any) -> None:
    ws.append([_styled(ws, value, **style)])
    if width > 1:
        ws.merged_cells.add(f"A{row}:{get_column_letter(width)}{row}")


def text_units(text: str) -> float:
    """The text's width in Excel character units at 11 pt: a Chinese (wide) character about two."""
    return sum(2.2 if unicodedata.east_asian_width(ch) in "WF" else 1.1 for ch in text)


def _wrapped_line(ws: Any, row: int, span: tuple[Column, ...], value: str) -> None:
    """A line of text merged across `span`, wrapped within it, its row as tall as its lines."""
    room = max(1.0, sum(c.width for c in span) - 2)  # less the cell's padding
    lines = max(1, math.ceil(text_units(value) / room)) if value else 1
    if lines > 1:
        ws.row_dimensions[row].height = lines * LINE_HEIGHT
    _merged_line(ws, row, len(span), value,
                 alignment=Alignment(horizontal="left", vertical="top", wrap_text=True))


def _write_heading(ws: Any, title: str, lines: list[str], span: tuple[Column, ...]) -> None:
    """The title and the lines under it (unit, period, filters…), each merged across `span`, the
    columns of the first printed page: centred there the title prints on page 1, not the middle one."""
    ws.row_dimensions[1].height = 30
    _merged_line(ws, 1, len(span), title, font=Font(size=16, bold=True), alignment=_CENTER)
    for row, line in enumerate(lines, start=2):
        _wrapped_line(ws, row, span, line)


def _write_header(ws: Any, columns: tuple[Column, ...], row: int) -> None:
    """One header row, or two when columns are grouped (group title merged over its columns)."""
    style = {"font": Font(bold=True), "alignment": _CENTER, "border": _BOX, "fill": _HEADER_FILL}
    if not any(c.group for c in columns):
        ws.append([_styled(ws, c.header, **style) for c in columns])
        return
    top, bottom = [], []
    for index, column in enumerate(columns):
        starts_group = column.group and (index == 0 or columns[index - 1].group != column.group)
        top.append(_styled(ws, column.group if starts_group else (None if column.group else column.header), **style))
        bottom.append(_styled(ws, column.header if column.group else None, **style))
    ws.append(top)
    ws.append(bottom)
    for first, last, grouped in _spans(columns):
        a, b = get_column_letter(first + 1), get_column_letter(last + 1)
        ws.merged_cells.add(f"{a}{row}:{b}{row}" if grouped else f"{a}{row}:{a}{row + 1}")


def _spans(columns: tuple[Column, ...]) -> list[tuple[int, int, bool]]:
    """(first, last, grouped) index spans to merge: each group across, each lone column down."""
    spans: list[tuple[int, int, bool]] = []
    for index, column in enumerate(columns):
        if column.group and spans and spans[-1][2] and columns[spans[-1][0]].group == column.group:
            spans[-1] = (spans[-1][0], index, True)
        else:
            spans.append((index, index, bool(column.group)))
    return spans


def _write_rows(ws: Any, body: RegisterBody, first: int, watch: Watch) -> int:
    """Stream the body's rows; returns the number of the last data row written.

    A formatted column reuses one styled cell for all its values: openpyxl writes each row
    out before the next is appended, and starts a fresh cell after a styled one, so the
    shared cell is never changed behind our back (pinned openpyxl 3.1).
    """
    columns = body.columns
    texts = [i for i, c in enumerate(columns) if c.fmt is TEXT and c.user_text]
    styled = [(i, _styled(ws, None, number_format=c.fmt.excel)) for i, c in enumerate(columns)
              if c.fmt.excel not in (None, "0")]  # integers show as they are in General
    row_number = first - 1
    for row_number, values in enumerate(body, start=first):
        for i in texts:
            value = values[i]
            if value.__class__ is str and value and value[0] in FORMULA_LEADS:
                values[i] = _text_cell(ws, value)
        for i, cell in styled:
            if values[i] is not None:
                cell.value = values[i]
                values[i] = cell
        ws.append(values)
        if row_number % 200 == 0:
            watch.report(row_number - first + 1)
    return row_number


def _text_cell(ws: Any, value: str) -> WriteOnlyCell:
    """A cell that can only be text: "=1+1" stays the characters =1+1, never a formula."""
    cell = WriteOnlyCell(ws, value)
    cell.data_type = "s"
    return cell


def _write_totals(ws: Any, columns: tuple[Column, ...], totals: tuple) -> None:
    bold = Font(bold=True)
    ws.append([_styled(ws, value, font=bold, border=_BOX, number_format=_totals_format(column))
               for column, value in zip(columns, totals, strict=True)])


def _totals_format(column: Column) -> str:
    """Sums and counts with thousands separators (6,344,644), as the PDF's totals row shows them."""
    excel = column.fmt.excel
    if column.fmt.numeric and excel is not None and excel.startswith("0"):
        return "#,##" + excel
    return excel or "General"


def _write_tail(ws: Any, heading: Heading, notes: Iterable[str], span: tuple[Column, ...], row: int) -> None:
    """A blank row, the notes (说明), then the signatures: each line wrapped within `span`, the columns
    of the first printed page, so no note runs into columns printed on another page and is cut."""
    ws.append([])
    row += 1
    lines = list(notes)
    if lines:
        _wrapped_line(ws, row, span, "说明：")
        row += 1
        for number, note in enumerate(lines, start=1):
            _wrapped_line(ws, row, span, f"{number}. {note}")
            row += 1
    ws.append([])
    _wrapped_line(ws, row + 1, span, heading.signature_line)
