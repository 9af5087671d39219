"""Register PDFs: codes, ID and phone numbers are never broken over lines (their columns are as wide as
their longest value, the room taken from the other text columns); the notes and signatures never stand alone
on the last page when the last rows can go with them."""

from __future__ import annotations

import pytest
from exports_support import ANY, TODAY, demo_db_fixture, needs_pdftotext, pdf_pages, read_xlsx  # noqa: F401

from workstation.exports import export_register
from workstation.exports.common.pdf_table import KEPT_WITH_TAIL, PADDING, Widest, column_widths, paginate
from workstation.exports.common.pdf_text import Wrapper, register_font
from workstation.exports.registers import REGISTERS


def export(db, path, register, fmt):
    return export_register(db.factory, register, fmt, path, ANY, preparer="测试员", prepared_on=TODAY)


@needs_pdftotext
@pytest.mark.parametrize("register", ["nurseries", "staff"])
def test_codes_ids_and_phones_stay_on_one_line(demo_db, tmp_path, register):
    export(demo_db, tmp_path / "r.xlsx", register, "xlsx")
    export(demo_db, tmp_path / "r.pdf", register, "pdf")
    lines = [line for page in pdf_pages(tmp_path / "r.pdf") for line in page]
    columns = REGISTERS[register].all_columns
    whole = [i for i, c in enumerate(columns) if c.whole]
    assert {columns[i].key for i in whole} >= {"phone", *({"uscc", "legal_rep_id", "filing_no"}
                                                        if register == "nurseries" else {"id_no"})}
    values = {str(row[i]) for row in read_xlsx(tmp_path / "r.xlsx")["rows"] for i in whole if row[i]}
    assert len(values) > 100
    broken = sorted(v for v in values if not any(v in line for line in lines))
    assert not broken, f"{len(broken)} values broken over lines, e.g. {broken[:3]}"


def test_a_code_column_is_as_wide_as_its_longest_value_and_names_wrap_instead():
    spec = REGISTERS["nurseries"]
    columns, size = spec.all_columns, spec.pdf_font_size
    wrapper = Wrapper(register_font(), size)
    row = [None] * len(columns)
    keys = {c.key: i for i, c in enumerate(columns)}
    row[keys["uscc"]], row[keys["name"]] = "91500107MA5YWS5R90", "重庆市九龙坡区暖阳托育服务有限公司" * 2
    row[keys["address"]] = "重庆市九龙坡区谢家湾街道谢家湾正街1号附2号" * 2
    widest = Widest(columns, wrapper, size)
    widest.add(row)
    widths = column_widths(columns, wrapper, 785.0, widest.widths)
    assert abs(sum(widths) - 785.0) < 0.01
    assert widths[keys["uscc"]] == pytest.approx(wrapper.width("91500107MA5YWS5R90") + 2 * PADDING + 1)
    plain = column_widths(columns, wrapper, 785.0)  # the spec's shares alone: the code would wrap
    assert plain[keys["uscc"]] < widths[keys["uscc"]]
    assert widths[keys["name"]] < wrapper.width(row[keys["name"]])  # names and addresses wrap instead


def _rows(heights):
    return iter([([str(n)], h) for n, h in enumerate(heights)])


def test_the_closing_block_takes_the_last_rows_with_it_to_a_new_page():
    # Page room 100 under a header of 10: nine rows of 10 fill page 1 but for 0 points; the tail (30) would
    # stand alone on page 2.
    runs = list(paginate(_rows([10] * 9), None, 10, 100, 100, tail_height=30))
    assert [len(r) for r in runs] == [9 - KEPT_WITH_TAIL, KEPT_WITH_TAIL]
    assert [cells for r in runs for cells, _h in r] == [[str(n)] for n in range(9)]


def test_the_closing_block_stays_under_the_rows_where_it_fits():
    assert [len(r) for r in paginate(_rows([10] * 5), None, 10, 100, 100, tail_height=30)] == [5]
    # a closing block too tall to go with any rows is left to its own page
    assert [len(r) for r in paginate(_rows([10] * 9), None, 10, 100, 100, tail_height=95)] == [9]
