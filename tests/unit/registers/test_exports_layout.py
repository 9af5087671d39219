"""What a higher authority expects of the files: Excel panes, filter, print set-up and formats;
PDF pages in A4 landscape with the header and "第 X 页 共 Y 页" on every one, the font embedded."""

from __future__ import annotations

import math
import re
import shutil
import subprocess

import pytest
from exports_support import ANY, TODAY, demo_db_fixture, needs_pdftotext, pdf_pages  # noqa: F401
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from workstation.exports import RegisterFilters, export_register
from workstation.exports.common.pdf_text import Wrapper, register_font
from workstation.exports.registers import REGISTERS


def export(db, path, register="nurseries", fmt="xlsx", filters=ANY):
    return export_register(db.factory, register, fmt, path, filters, preparer="测试员", prepared_on=TODAY)


@pytest.fixture(scope="module")
def nursery_sheet(demo_db, tmp_path_factory):
    path = tmp_path_factory.mktemp("layout") / "n.xlsx"
    export(demo_db, path, filters=RegisterFilters(street_code="500107001"))
    book = load_workbook(path)
    yield book.worksheets[0]
    book.close()


def test_sheet_keeps_header_and_names_in_view_and_filters_the_data(nursery_sheet):
    ws = nursery_sheet
    last = ws.max_row
    data_end = next(r for r in range(last, 0, -1) if ws.cell(r, 2).value == "合计") - 1
    assert ws.freeze_panes == "D7"  # rows 5-6 are the header; 序号, 街道, 机构名称 stay on screen
    assert ws.auto_filter.ref == f"A6:AD{data_end}"  # the totals row is not sorted with the data
    assert ws.cell(7, 1).value == 1 and isinstance(ws.cell(data_end, 1).value, int)


def test_a_wide_sheet_prints_readably_on_a3_its_names_repeated_on_the_pages_its_columns_run_onto(nursery_sheet):
    ws = nursery_sheet  # 30 columns: fitted to one page's width they would print at under half size
    setup = ws.page_setup
    assert (setup.orientation, str(setup.paperSize), setup.scale, setup.pageOrder) == ("landscape", "8", 85,
                                                                                      "overThenDown")
    assert not ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == "$5:$6" and ws.print_title_cols == "$A:$C"  # 序号, 街道, 机构名称
    assert ws.oddFooter.center.text == "第 &P 页 共 &N 页"


@pytest.mark.parametrize("register, paper", [("summary", "9"), ("filings", "9"), ("fees", "8")])
def test_a_sheet_that_fits_a_page_readably_prints_fitted_to_its_width(demo_db, tmp_path, register, paper):
    from workstation.exports.common.xlsx import PRINTABLE_CHARACTERS, READABLE_SCALE

    export(demo_db, tmp_path / "s.xlsx", register)
    book = load_workbook(tmp_path / "s.xlsx")
    ws = book.worksheets[0]
    setup = ws.page_setup
    assert (setup.orientation, str(setup.paperSize), setup.fitToWidth, setup.fitToHeight) == ("landscape", paper,
                                                                                             1, 0)
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.print_title_cols is None
    width = sum(REGISTERS[register].all_columns[i].width for i in range(ws.max_column))
    assert PRINTABLE_CHARACTERS[paper] / width * 100 >= READABLE_SCALE
    book.close()


# Columns' width (Excel character units) LibreOffice prints on one landscape A3 page at 85 % when it
# lacks Calibri's metrics (measured: 19 columns of width 10 fit, not 20); Excel fits about 250.
FIRST_PAGE_WIDTH = 190


def _merge_of(ws, row):
    return next((r for r in ws.merged_cells.ranges if r.min_row == row), None)


def _first_page_span(ws, row):
    """The merge holding the row's text: it starts at A, and its columns all print on the first page."""
    merge = _merge_of(ws, row)
    assert merge is not None and merge.min_col == 1 and merge.max_row == row, (row, merge)
    width = sum(ws.column_dimensions[get_column_letter(c)].width for c in range(1, merge.max_col + 1))
    assert width <= FIRST_PAGE_WIDTH, (row, str(merge), width)
    return merge


def _tail_rows(ws):
    total = next(r for r in range(7, ws.max_row + 1) if ws.cell(r, 2).value == "合计")
    return [r for r in range(total + 1, ws.max_row + 1) if ws.cell(r, 1).value]


def test_title_and_the_lines_under_it_print_at_the_top_left_of_the_first_page(nursery_sheet):
    """Before: the title was centred across all 30 columns and printed on page 2 (LibreOffice)."""
    ws = nursery_sheet
    assert ws.cell(1, 1).value == "托育机构名册" and ws.cell(1, 1).font.bold
    assert ws.cell(1, 1).alignment.horizontal == "center"  # centred over the first page's columns
    assert ws.cell(3, 1).value.startswith("数据截至")
    for row in range(1, 5):  # the title, 填报单位, 数据截至, 筛选条件
        assert _first_page_span(ws, row).max_col < ws.max_column
        if row > 1:
            assert ws.cell(row, 1).alignment.wrap_text and ws.cell(row, 1).alignment.horizontal == "left"


def test_notes_and_signatures_wrap_within_the_first_page(nursery_sheet):
    """Before: each note was merged across all 30 columns and printed cut at a page's right edge."""
    ws = nursery_sheet
    rows = _tail_rows(ws)
    assert ws.cell(rows[0], 1).value == "说明：" and ws.cell(rows[-1], 1).value.startswith("制表人")
    assert len(rows) >= 5
    for row in rows:
        _first_page_span(ws, row)
        assert ws.cell(row, 1).alignment.wrap_text and ws.cell(row, 1).alignment.vertical == "top"


LONG_NOTE = "本表所列机构的托位数、在托人数和班级数以机构报送并经核实的数据为准，" * 6


def _long_note_sheet(demo_db, tmp_path, monkeypatch):
    from dataclasses import replace
    monkeypatch.setitem(REGISTERS, "nurseries", replace(REGISTERS["nurseries"], notes=(LONG_NOTE,)))
    path = tmp_path / "n.xlsx"
    export(demo_db, path, filters=RegisterFilters(street_code="500107001"))
    return path


def test_a_long_note_wraps_in_a_row_tall_enough_for_its_lines(demo_db, tmp_path, monkeypatch):
    book = load_workbook(_long_note_sheet(demo_db, tmp_path, monkeypatch))
    ws = book.worksheets[0]
    row = next(r for r in _tail_rows(ws) if ws.cell(r, 1).value == f"1. {LONG_NOTE}")
    merge = _first_page_span(ws, row)
    width = sum(ws.column_dimensions[get_column_letter(c)].width for c in range(1, merge.max_col + 1))
    lines = math.ceil(len(LONG_NOTE) * 2 / width)  # a Chinese character about two character units
    assert lines >= 2 and ws.cell(row, 1).alignment.wrap_text
    assert ws.row_dimensions[row].height >= lines * 14  # 11 pt lines
    book.close()


def test_sheet_header_groups_class_counts_and_merges_the_rest_down(nursery_sheet):
    ws = nursery_sheet
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert {"A1:J1", "A5:A6", "C5:C6", "U5:X5"} <= merged  # the title over the first page's columns
    assert [ws.cell(5, 21).value, *(ws.cell(6, c).value for c in range(21, 25))] == [
        "班级数", "乳儿班", "托小班", "托大班", "混合班"]
    assert ws.cell(5, 1).font.bold and ws.cell(5, 1).border.left.style == "thin"


def test_sheet_widths_and_number_and_date_formats(nursery_sheet):
    ws = nursery_sheet
    spec = REGISTERS["nurseries"]
    widths = [ws.column_dimensions[chr(ord("A") + i)].width for i in range(26)]
    assert widths == [c.width for c in spec.all_columns[:26]]
    rows = range(7, next(r for r in range(7, ws.max_row) if ws.cell(r, 2).value == "合计"))
    areas = [ws.cell(r, 16) for r in rows if isinstance(ws.cell(r, 16).value, float)]
    dates = [ws.cell(r, 26) for r in rows if ws.cell(r, 26).is_date]
    assert areas and {c.number_format for c in areas} == {"0.0"}
    assert dates and {c.number_format for c in dates} == {"yyyy-mm-dd"}


def test_totals_row_separates_thousands_as_the_pdf_does(nursery_sheet):
    """Before: the sums showed as 6344644 (format "0") while the PDF printed 6,344,644."""
    ws = nursery_sheet
    spec = REGISTERS["nurseries"]
    total = next(r for r in range(7, ws.max_row + 1) if ws.cell(r, 2).value == "合计")
    sums = {c: ws.cell(total, c + 1) for c, column in enumerate(spec.all_columns[:ws.max_column])
            if column.fmt.numeric and isinstance(ws.cell(total, c + 1).value, int | float)}
    assert sums and all(cell.number_format.startswith("#,##0") for cell in sums.values())


def test_summary_sheet_formats_population_and_ratio(demo_db, tmp_path):
    export(demo_db, tmp_path / "s.xlsx", "summary")
    ws = load_workbook(tmp_path / "s.xlsx").worksheets[0]
    assert ws.freeze_panes == "C8"  # five lines above the two header rows
    assert ws.cell(8, 3).number_format == "#,##0" and ws.cell(8, 18).number_format == "0.00"
    assert ws.cell(6, 5).value == "按机构性质" and ws.cell(6, 10).value == "按备案状态"


@needs_pdftotext
def test_every_pdf_page_has_the_header_and_its_number(demo_db, tmp_path):
    export(demo_db, tmp_path / "n.pdf", fmt="pdf")
    pages = pdf_pages(tmp_path / "n.pdf")
    assert len(pages) > 5
    for number, lines in enumerate(pages, start=1):
        text = "".join("".join(line.split()) for line in lines)
        footer = "".join(lines[-1].split())
        assert footer == f"托育机构名册第{number}页共{len(pages)}页"
        if number < len(pages) - 1:  # the notes may spill over to a last page of their own
            assert "统一社会信" in text and "班级数" in text and "备案回执" in text


@pytest.mark.skipif(shutil.which("pdfinfo") is None or shutil.which("pdffonts") is None,
                    reason="poppler-utils not installed")
def test_pdf_is_a4_landscape_with_the_cjk_font_embedded(demo_db, tmp_path):
    export(demo_db, tmp_path / "s.pdf", "summary", "pdf")
    info = subprocess.run(["pdfinfo", str(tmp_path / "s.pdf")], capture_output=True, text=True).stdout
    assert re.search(r"Page size:\s+841\.89 x 595\.2\d* pts \(A4\)", info)
    fonts = subprocess.run(["pdffonts", str(tmp_path / "s.pdf")], capture_output=True, text=True).stdout
    cjk = [line for line in fonts.splitlines() if "WenQuanYi" in line]
    assert cjk and all(line.split()[-5:-2] == ["yes", "yes", "yes"] for line in cjk)  # embedded, subset, unicode


@pytest.mark.parametrize("text, fits, lines", [
    ("重庆市九龙坡区杨家坪街道", "重庆市九", ["重庆市九", "龙坡区杨", "家坪街道"]),
    ("营利性（企业）", "营利性", ["营利性", "（企业）"]),  # a closing bracket never starts a line
    ("AB12 AB12", "AB12", ["AB12", "AB12"]),  # a space is a break (and dropped); words stay whole
    ("托育 221号", "托育 22", ["托育", "221号"]),
    ("第一行\n第二行", "第一行第二行", ["第一行", "第二行"]),
])
def test_cells_wrap_between_chinese_characters(text, fits, lines):
    wrapper = Wrapper(register_font(), 10)
    assert wrapper.lines(text, wrapper.width(fits) + 0.01) == lines


def test_a_word_longer_than_a_line_is_cut_where_the_line_ends():
    wrapper = Wrapper(register_font(), 10)
    span = wrapper.width("915001")
    lines = wrapper.lines("91500107MA5U0XXXXX", span)
    assert "".join(lines) == "91500107MA5U0XXXXX" and len(lines) > 2
    assert all(wrapper.width(line) <= span for line in lines)


def _grid_of(width_in_digits, size=6):
    from workstation.exports.common.pdf_table import PADDING, Grid
    from workstation.exports.common.spec import INTEGER, Column
    wrapper = Wrapper(register_font(), size)
    width = wrapper.width("0" * width_in_digits) + 2 * PADDING
    columns = (Column("no", "序号", 5, INTEGER), Column("label", "项目", 10), Column("places", "托位数", 8, INTEGER))
    return Grid(columns, [40.0, 60.0, width], wrapper, size * 1.2), wrapper, width - 2 * PADDING


def test_a_total_too_wide_for_its_column_is_set_smaller_not_drawn_over_its_neighbour():
    grid, wrapper, room = _grid_of(5)  # the column fits 5 digits at 6 pt; the district's total has 7
    cells, height = grid.totals((None, "合计", 6344644), 6)
    assert cells[2] == "6,344,644" and height == grid.height(1)  # with thousands separators
    size = grid.totals_sizes[2]
    assert wrapper.width("6,344,644") * size / 6 <= room  # drawn at `size` it fits its cell
    assert 3 <= size < 6 and 0 not in grid.totals_sizes and 1 not in grid.totals_sizes


def test_a_total_that_would_need_under_half_the_size_is_wrapped_instead():
    grid, wrapper, room = _grid_of(3)
    cells, height = grid.totals((None, "合计", 123456789012), 6)
    lines = cells[2].split("\n")
    assert "".join(lines) == "123,456,789,012" and len(lines) > 1 and height == grid.height(len(lines))
    # (a separator stays with its digits: it may reach into the cell's padding)
    assert all(wrapper.width(line.rstrip(",")) <= room for line in lines) and 2 not in grid.totals_sizes


def test_the_last_page_draws_the_shrunk_totals_at_their_size():
    from workstation.exports.common.pdf_table import _style
    grid, _wrapper, _room = _grid_of(5)
    grid.totals((None, "合计", 6344644), 6)
    commands = _style(grid.columns, 1, "F", 6, grid.totals_sizes).getCommands()
    assert ("FONT", (2, -1), (2, -1), "F", grid.totals_sizes[2], grid.totals_sizes[2] * 1.2) in commands
    assert not any(c[0] == "FONT" and c[1] == (2, -1) for c in _style(grid.columns, 1, "F", 6, None).getCommands())
