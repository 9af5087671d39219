"""Reading push files: formats, encodings, header detection, cell values, unusable files."""

from __future__ import annotations

import csv
import datetime as dt
import zipfile

import openpyxl
import pytest

from workstation.domain.enums import LegalNature, RegistrationOrganKind
from workstation.domain.errors import ValidationError
from workstation.services.imports import UnusableFileError, read_table
from workstation.services.imports.cells import cell_text, date_of, nature_of, organ_of, uscc_of
from workstation.services.imports.columns import match_columns, normalise_header

TODAY = dt.date(2026, 11, 23)
USCC = "91110105MA01ABCD5F"
HEADER = ["机构名称", "统一社会信用代码", "登记机关", "成立日期", "负责人", "地址", "业务范围", "类型"]
ROW = ["小星星托育有限公司", USCC, "市场监督管理局", "2024-03-05", "张三", "杨家坪街道1号", "托育服务", "有限责任公司"]


def write_xlsx(path, rows, title_rows=2):
    book = openpyxl.Workbook()
    sheet = book.active
    for index in range(title_rows):
        sheet.append([f"标题行{index + 1}"])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def write_csv(path, rows, encoding="utf-8", delimiter=","):
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)
    return path


def test_xlsx_with_title_rows_and_shuffled_columns(tmp_path):
    order = [3, 0, 7, 1, 5, 2, 6, 4]
    path = write_xlsx(tmp_path / "p.xlsx", [[HEADER[i] for i in order], [ROW[i] for i in order]])
    table = read_table(path)
    assert table.header_row == 3
    assert [r.number for r in table.rows] == [4]
    row = table.rows[0]
    assert row.get(table.columns["uscc"]) == USCC
    assert row.get(table.columns["name"]) == "小星星托育有限公司"
    assert row.get(table.columns["nature"]) == "有限责任公司"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_csv_encodings(tmp_path, encoding):
    path = write_csv(tmp_path / "p.csv", [["推送数据"], HEADER, ROW], encoding=encoding)
    table = read_table(path)
    assert table.header_row == 2
    assert table.rows[0].cells[0] == "小星星托育有限公司"


def test_csv_tab_delimited_and_utf16(tmp_path):
    path = tmp_path / "p.csv"
    path.write_bytes("\n".join("\t".join(r) for r in (HEADER, ROW)).encode("utf-16"))
    table = read_table(path)
    assert table.rows[0].get(table.columns["uscc"]) == USCC


def test_blank_and_footer_rows_are_skipped(tmp_path):
    path = write_csv(tmp_path / "p.csv", [HEADER, ROW, [], ["", ""], ["合计：1家"]])
    assert [r.number for r in read_table(path).rows] == [2]


@pytest.mark.parametrize("header, field", [
    ("名称", "name"), ("单位名称", "name"), ("信用代码", "uscc"), ("统一社会信用代码（必填）", "uscc"),
    ("* 登记机关", "organ"), ("登记日期", "registered_at"), ("成立日期(yyyy-mm-dd)", "registered_at"),
    ("法定代表人（负责人）", "legal_rep"), ("住所", "address"), ("经营范围", "scope"), ("性质", "nature"),
    ("ＵＳＣＣ", "uscc"), (" 机构 名称 ", "name"),
])
def test_header_variants(header, field):
    assert match_columns([header]) == {field: 0}, normalise_header(header)


def test_first_column_of_a_field_wins():
    assert match_columns(["名称", "机构名称", "信用代码"]) == {"name": 0, "uscc": 2}


# --- unusable files: one clear message each -------------------------------------------------------


def test_encrypted_xlsx(tmp_path):
    path = tmp_path / "secret.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + "EncryptionInfo".encode("utf-16-le"))
    with pytest.raises(UnusableFileError, match="加密"):
        read_table(path)


def test_old_xls(tmp_path):
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + "Workbook".encode("utf-16-le"))
    with pytest.raises(UnusableFileError, match=r"另存为 \.xlsx"):
        read_table(path)


@pytest.mark.parametrize("content", [b"", "\ufeff".encode(), b"\r\n \r\n"])
def test_empty_files(tmp_path, content):
    path = tmp_path / "empty.csv"
    path.write_bytes(content)
    with pytest.raises(UnusableFileError, match="空的"):
        read_table(path)


def test_empty_workbook(tmp_path):
    path = write_xlsx(tmp_path / "empty.xlsx", [], title_rows=0)
    with pytest.raises(UnusableFileError, match="空的"):
        read_table(path)


def test_text_file_is_not_a_spreadsheet(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("这是一份会议纪要。\n", encoding="utf-8")
    with pytest.raises(UnusableFileError, match="不是电子表格"):
        read_table(path)


def test_no_recognisable_header(tmp_path):
    path = write_csv(tmp_path / "p.csv", [["甲", "乙"], ["1", "2"]])
    with pytest.raises(UnusableFileError, match="表头"):
        read_table(path)


def test_header_without_data(tmp_path):
    with pytest.raises(UnusableFileError, match="没有数据行"):
        read_table(write_csv(tmp_path / "p.csv", [HEADER]))


def test_zip_that_is_not_a_workbook(tmp_path):
    path = tmp_path / "p.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w/>")
    with pytest.raises(UnusableFileError, match="不是有效的"):
        read_table(path)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(UnusableFileError, match="找不到"):
        read_table(tmp_path / "nope.csv")
    with pytest.raises(UnusableFileError, match="文件夹"):
        read_table(tmp_path)


def test_binary_csv(tmp_path):
    path = tmp_path / "p.csv"
    path.write_bytes(b"\x00\x01\x02\x03" * 50)
    with pytest.raises(UnusableFileError):
        read_table(path)


def test_unusable_file_is_a_validation_error():
    assert issubclass(UnusableFileError, ValidationError)


# --- cell values ----------------------------------------------------------------------------------


@pytest.mark.parametrize("value", [
    dt.datetime(2024, 3, 5), dt.date(2024, 3, 5), "2024-03-05", "2024/3/5", "2024.3.5", "2024年3月5日",
    "20240305", 20240305, 45356, 45356.0, "２０２４年３月５日", " 2024 - 3 - 5 ", "2024-03-05 00:00:00",
])
def test_date_forms(value):
    assert date_of(value, TODAY) == dt.date(2024, 3, 5)


@pytest.mark.parametrize("value, message", [
    ("2024-02-30", "无法识别"), ("昨天", "无法识别"), ("2030-01-01", "晚于今天"), (dt.time(8, 0), "无法识别"),
    (float("nan"), "无法识别"), (True, "无法识别"), ("1800-01-01", "早于1900"),
])
def test_bad_dates(value, message):
    with pytest.raises(ValidationError, match=message):
        date_of(value, TODAY)


def test_blank_date_is_none():
    assert date_of(None, TODAY) is None and date_of("  ", TODAY) is None


def test_cell_text_normalises():
    # Names keep their full-width brackets as the licence prints them; spaces are still cleaned.
    assert cell_text("  小星星\u3000 托育（重庆）\n有限公司 ") == "小星星 托育（重庆） 有限公司"
    assert cell_text(12.0) == "12" and cell_text(None) == "" and cell_text("a\x07b") == "ab"


def test_uscc_cells():
    assert uscc_of(" ９１１１０１０５ma01abcd5f ") == USCC
    with pytest.raises(ValidationError, match="存成了数字"):
        uscc_of(1.21101054e17)
    with pytest.raises(ValidationError, match="校验位"):
        uscc_of("91110105MA01ABCD5X")


@pytest.mark.parametrize("text, nature", [
    ("事业单位", LegalNature.PUBLIC_INSTITUTION), ("民办非企业单位", LegalNature.SOCIAL_SERVICE),
    ("社会服务机构", LegalNature.SOCIAL_SERVICE), ("民非", LegalNature.SOCIAL_SERVICE),
    ("有限责任公司(自然人独资)", LegalNature.FOR_PROFIT), ("企业", LegalNature.FOR_PROFIT),
    ("营利性", LegalNature.FOR_PROFIT), ("个体工商户", LegalNature.INDIVIDUAL_BUSINESS),
    ("FOR_PROFIT", LegalNature.FOR_PROFIT), ("非营利性", LegalNature.SOCIAL_SERVICE), ("学校", None),
])
def test_nature_texts(text, nature):
    assert nature_of(text) == nature


@pytest.mark.parametrize("text, organ", [
    ("九龙坡区委编办", RegistrationOrganKind.STAFFING_OFFICE),
    ("区委机构编制委员会办公室", RegistrationOrganKind.STAFFING_OFFICE),
    ("九龙坡区民政局", RegistrationOrganKind.CIVIL_AFFAIRS),
    ("重庆市九龙坡区市场监督管理局", RegistrationOrganKind.MARKET_REGULATION),
    ("工商局", RegistrationOrganKind.MARKET_REGULATION), ("区行政审批局", RegistrationOrganKind.ADMIN_APPROVAL),
    ("区政府", None),
])
def test_organ_texts(text, organ):
    assert organ_of(text) == organ


def test_broken_csv_gets_one_message(tmp_path):
    path = tmp_path / "p.csv"
    path.write_text("名称,统一社会信用代码\n托育," + "a" * 200_000 + "\n", encoding="utf-8")
    with pytest.raises(UnusableFileError, match="第2行不是有效的 CSV"):
        read_table(path)


def test_tab_separated_txt_is_read(tmp_path):
    path = tmp_path / "unicode.txt"
    path.write_bytes("\r\n".join("\t".join(r) for r in (HEADER, ROW)).encode("utf-16"))
    assert read_table(path).rows[0].cells[0] == "小星星托育有限公司"


def test_binary_txt_is_not_a_spreadsheet(tmp_path):
    path = tmp_path / "x.txt"
    path.write_bytes(bytes(range(256)))
    with pytest.raises(UnusableFileError, match="不是电子表格"):
        read_table(path)


def test_any_ole2_file_named_xlsx_is_taken_as_encrypted(tmp_path):
    path = tmp_path / "p.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\xff" * 1000)
    with pytest.raises(UnusableFileError, match="加密"):
        read_table(path)
