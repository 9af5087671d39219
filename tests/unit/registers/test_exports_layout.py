"""What a higher authority expects of the files: Excel panes, filter, print set-up and formats;
PDF pages in A4 landscape with the header and "第 X 页 共 Y 页" on every one, the font embedded."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from exports_support import ANY, TODAY, demo_db_fixture, needs_pdftotext, pdf_pages  # noqa: F401
from openpyxl import load_workbook

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


def test_sheet_header_groups_class_counts_and_merges_the_rest_down(nursery_sheet):
    ws = nursery_sheet
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert {"A1:AD1", "A5:A6", "C5:C6", "U5:X5"} <= merged
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
