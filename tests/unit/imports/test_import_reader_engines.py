"""Workbooks are read by calamine, with openpyxl's cell values; openpyxl reads what calamine cannot."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import subprocess

import openpyxl
import pytest

from workstation.services.imports import UnusableFileError, read_table
from workstation.services.imports import reader as reader_module

HEADER = ["机构名称", "统一社会信用代码", "登记机关", "成立日期", "负责人", "地址", "业务范围", "类型"]
USCC = "91110105MA01ABCD5F"
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def plain_book(path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["九龙坡区托育机构登记信息推送表"])
    sheet.append(["（2026年11月）"])
    sheet.append(HEADER)
    sheet.append(["小星星托育有限公司", USCC, "市场监督管理局", "2024-03-05", "张三", "杨家坪街道1号", "托育", "有限责任公司"])
    book.save(path)
    return path


def mixed_book(path):
    """A first sheet without a header, then the data sheet: column A blank, cells of every kind."""
    book = openpyxl.Workbook()
    book.active.title = "说明"
    book.active.append(["本表由登记机关推送"])
    sheet = book.create_sheet("数据")
    sheet["C2"] = "推送数据"
    for column, text in enumerate(["序号", *HEADER], start=2):
        sheet.cell(4, column, text)
    rows = [
        [1, "甲托育有限公司", USCC, "市场监管局", dt.datetime(2024, 3, 5), "张三", "地址 1", "托育", "有限责任公司"],
        [2.0, "乙托育中心", 1.21101054e17, None, dt.date(2023, 1, 2), " 李四 ", None, 3.5, "民办非企业单位"],
        [3, "丙托育", "91110105MA01ABCD5F", True, 45356, "王五", dt.time(8, 30), dt.datetime(2024, 1, 2, 9, 15), ""],
        [None, None, None, None, None, None, None, None, None],
        [4, "丁托育", 123456789012345, False, "2024年3月5日", "赵六", "地址\n换行", -7, "事业单位"],
        ["合计：4家"],
    ]
    for number, values in enumerate(rows, start=5):
        for column, value in enumerate(values, start=2):
            if value is not None:
                sheet.cell(number, column, value)
    book.save(path)
    return path


@pytest.fixture(params=[plain_book, mixed_book])
def workbook(request, tmp_path):
    return request.param(tmp_path / f"{request.param.__name__}.xlsx")


def by_openpyxl(path):
    return reader_module._openpyxl_table(path, None)


def test_calamine_and_openpyxl_give_identical_tables(workbook):
    assert read_table(workbook) == by_openpyxl(workbook)


def test_workbooks_are_not_read_by_openpyxl(workbook, monkeypatch):
    expected = by_openpyxl(workbook)

    def refuse(*args, **kwargs):
        raise AssertionError("openpyxl read the workbook")

    import openpyxl

    monkeypatch.setattr(openpyxl, "load_workbook", refuse)  # the reader imports it from openpyxl when it falls back
    assert read_table(workbook) == expected


def test_openpyxl_reads_what_calamine_cannot_open(workbook, monkeypatch):
    expected = by_openpyxl(workbook)

    def fail(*args, **kwargs):
        raise ValueError("calamine: unsupported")

    monkeypatch.setattr(reader_module.CalamineWorkbook, "from_filelike", fail)
    assert read_table(workbook) == expected


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) not installed")
def test_excel_97_2003_xls_is_read(tmp_path):
    source = plain_book(tmp_path / "push.xlsx")
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run([SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "xls",
                    "--outdir", str(tmp_path / "out"), str(source)], check=True, capture_output=True, timeout=180)
    path = tmp_path / "out" / "push.xls"
    assert path.read_bytes().startswith(b"\xd0\xcf\x11\xe0")
    assert dataclasses.replace(read_table(path), file_name="push.xlsx") == read_table(source)


def test_damaged_xls_still_gets_one_message(tmp_path):
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + "Workbook".encode("utf-16-le"))
    with pytest.raises(UnusableFileError, match=r"无法读取旧版 Excel 97-2003.*另存为 \.xlsx"):
        read_table(path)
