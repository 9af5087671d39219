"""The rejected rows saved as .xlsx: original columns, 错误原因, never a formula."""

from __future__ import annotations

import csv
import datetime as dt

import openpyxl
import pytest

from workstation.domain.codes import make_uscc
from workstation.domain.errors import StorageError
from workstation.services.imports import RegistrationImporter, read_table, save_rejected

TODAY = dt.date(2026, 11, 23)
GOOD = make_uscc("91", "500107", "MA0000001")


@pytest.fixture
def importer(district, actor):
    return RegistrationImporter(district.factory, actor, today=lambda: TODAY)


def write_csv(path, rows):
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([["名称", "统一社会信用代码", "成立日期"], *rows])
    return path


def test_rejected_rows_with_reason_and_no_formulas(importer, tmp_path):
    source = write_csv(tmp_path / "p.csv", [
        ["好托育", GOOD, "2024-03-05"],
        ["=1+1", "123", "2024-03-05"],
        ["@SUM(A1:A2)", "+91110105MA01ABCD5F", "-2"],
        ["坏\x07字符托育", "", ""],
    ])
    report = importer.dry_run(source)
    out = save_rejected(report, source, tmp_path / "out" / "rejected.xlsx")
    sheet = openpyxl.load_workbook(out).active  # not data_only: a formula would show as data_type "f"
    rows = list(sheet.iter_rows())
    assert [c.value for c in rows[0]] == ["名称", "统一社会信用代码", "成立日期", "错误原因", "原行号"]
    assert len(rows) == 4
    assert all(c.data_type != "f" for r in rows for c in r)
    assert rows[1][0].value == "=1+1" and rows[1][4].value == 3
    assert "18位" in rows[1][3].value
    assert rows[2][0].value == "@SUM(A1:A2)"
    assert rows[3][0].value == "坏字符托育"
    assert list(tmp_path.joinpath("out").iterdir()) == [out]  # no temporary file left behind


def test_report_reimports_as_a_push_file(importer, tmp_path):
    source = write_csv(tmp_path / "p.csv", [["托育甲", "123", ""]])
    out = save_rejected(importer.dry_run(source), source, tmp_path / "r.xlsx")
    table = read_table(out)
    assert table.header_row == 1 and table.rows[0].cells[:2] == ("托育甲", "123")


def test_formulas_in_xlsx_input_are_not_carried(importer, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["名称", "统一社会信用代码", "住所"])
    sheet.append(["托育乙", "12345", "=CONCAT(\"a\",\"b\")"])  # no cached value: read as blank
    book.save(tmp_path / "p.xlsx")
    out = save_rejected(importer.dry_run(tmp_path / "p.xlsx"), tmp_path / "p.xlsx", tmp_path / "r.xlsx")
    cells = list(openpyxl.load_workbook(out).active.iter_rows(min_row=2))[0]
    assert all(c.data_type != "f" for c in cells)
    assert cells[2].value is None


def test_unwritable_destination(importer, tmp_path):
    source = write_csv(tmp_path / "p.csv", [["托育甲", "123", ""]])
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StorageError, match="无法写入"):
        save_rejected(importer.dry_run(source), source, blocker / "r.xlsx")
