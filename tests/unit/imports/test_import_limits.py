"""Issue 17, bounded imports: file size, unpacked size (a zip bomb is refused before it is read), a
worksheet's extent, rows, cell length and the field lengths intake enforces, each named with the
file's value."""

from __future__ import annotations

import zipfile

import openpyxl
import pytest
from inbox_support import TODAY, row, write_csv
from xls_support import write_xls

from workstation.db.attachments import Attachments
from workstation.domain.enums import RegistrationOrganKind
from workstation.domain.inbox import ItemClass, OrganLevel
from workstation.services.common import file_limits
from workstation.services.imports import (
    RegistrationImporter,
    RowOutcome,
    UnusableFileError,
    limits,
    read_table,
    reader,
)
from workstation.services.inbox import InboxService

HEADER = ["名称", "统一社会信用代码", "登记机关", "成立日期", "法定代表人", "住所", "经营范围", "性质"]


def write_xlsx(path, rows, extra=None):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER)
    for values in rows:
        sheet.append(values)
    if extra is not None:
        extra(sheet)
    book.save(path)
    return path


@pytest.fixture
def no_reader(monkeypatch):
    """The calls of a workbook reader (each refused): a test asserts there were none."""
    calls = []

    def refuse(*args, **_kwargs):
        calls.append(args)
        raise RuntimeError("the workbook was read")

    monkeypatch.setattr(reader.CalamineWorkbook, "from_filelike", refuse)
    monkeypatch.setattr(openpyxl, "load_workbook", refuse)
    return calls


def test_a_zip_bomb_is_refused_before_it_is_read(tmp_path, no_reader):
    path = write_xlsx(tmp_path / "bomb.xlsx", [row(1)])
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as book:
        with book.open("xl/media/image1.bin", "w") as entry:  # 80 MB of zeros: about 80 KB packed
            block = bytes(1024 * 1024)
            for _ in range(80):
                entry.write(block)
    assert path.stat().st_size < 1024 * 1024
    with pytest.raises(UnusableFileError, match=r"“bomb.xlsx”解压后有 80\.\d MB，超过导入工作簿解压后的上限 64\.0 MB"):
        read_table(path)
    assert not no_reader


def test_a_zip_that_lies_about_its_sizes_is_refused(tmp_path, no_reader):
    path = write_xlsx(tmp_path / "liar.xlsx", [row(1)])
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as book:
        sheet = book.getinfo("xl/worksheets/sheet1.xml")
    # The central directory's uncompressed size of the sheet, made smaller than its content
    at = bytes(data).rfind(b"PK\x01\x02", 0, bytes(data).find(b"xl/worksheets/sheet1.xml", len(data) // 2))
    data[at + 24:at + 28] = (10).to_bytes(4, "little")
    path.write_bytes(bytes(data))
    assert sheet.file_size > 10
    with pytest.raises(UnusableFileError, match="不是有效的 .xlsx 工作簿"):
        read_table(path)
    assert not no_reader


@pytest.mark.parametrize("cell, message", [
    ("A1000000", r"用到第 1000000 行，超过导入上限 \d+ 行"),
    ("XFD2", "用到第 16384 列，超过导入上限 200 列"),
])
def test_a_cell_far_away_is_refused_before_the_sheet_is_built(tmp_path, no_reader, cell, message):
    path = write_xlsx(tmp_path / "far.xlsx", [row(1)], extra=lambda sheet: sheet.__setitem__(cell, "x"))
    with pytest.raises(UnusableFileError, match=message):
        read_table(path)
    assert not no_reader


def test_a_file_over_the_size_limit_is_refused_naming_both_sizes(tmp_path, monkeypatch):
    monkeypatch.setattr(file_limits, "MAX_FILE_BYTES", 2048)
    path = write_csv(tmp_path / "big.csv", [row(1)] * 40)
    with pytest.raises(UnusableFileError, match=r"“big.csv”有 \d+ KB，超过导入文件的上限 2 KB"):
        read_table(path)


def test_rows_beyond_the_limit_are_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(reader, "MAX_ROWS", 3)
    with pytest.raises(UnusableFileError, match="超过导入上限 3 行"):
        read_table(write_csv(tmp_path / "rows.csv", [row(1)] * 5))


def test_a_huge_cell_refuses_the_file_naming_row_column_and_length(tmp_path):
    path = write_csv(tmp_path / "huge.csv", [row(1), row(2, 经营范围="托育" * 50_000)])
    with pytest.raises(UnusableFileError, match="第3行第7列有 100000 字，超过单元格的上限 5000 字"):
        read_table(path)


def test_the_table_s_total_text_is_bounded(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_TEXT_CHARS", 500)
    with pytest.raises(UnusableFileError, match="合计超过 500 字"):
        read_table(write_csv(tmp_path / "text.csv", [row(1)] * 20))


def test_a_long_business_scope_rejects_its_row_in_the_registration_import(district, actor, tmp_path):
    path = write_csv(tmp_path / "scope.csv", [row(1), row(2, 经营范围="婴幼儿照护" * 600)])
    report = RegistrationImporter(district.factory, actor, today=lambda: TODAY).dry_run(path)
    assert [r.outcome for r in report.rows] == [RowOutcome.ACCEPTED, RowOutcome.REJECTED]
    assert "业务（经营）范围过长：3000字，最多2000字" in report.rows[1].reason


def test_a_long_business_scope_is_an_invalid_row_in_the_inbox(district, actor, tmp_path):
    inbox = InboxService(district.factory, actor, Attachments(tmp_path / "att"), today=lambda: TODAY)
    path = write_csv(tmp_path / "scope.csv", [row(1), row(2, 经营范围="婴幼儿照护" * 600)])
    received = inbox.receive(path, RegistrationOrganKind.MARKET_REGULATION, OrganLevel.DISTRICT)
    items = inbox.items(received.batch.id, 0, 10)
    assert [i.item_class for i in items] == [ItemClass.NEW, ItemClass.INVALID]
    assert "业务（经营）范围过长" in items[1].findings


@pytest.mark.parametrize(("cell", "message"), [
    ((65535, 255), "用到第 65536 行，超过导入上限 50020 行"),  # a 6 KB file that took 1 GB in calamine
    ((10, 250), "用到第 251 列，超过导入上限 200 列"),
])
def test_an_old_xls_reaching_far_cells_is_refused_before_any_reader_builds_them(tmp_path, monkeypatch, cell, message):
    path = write_xls(tmp_path / "push.xls", {(0, 0): 1.0, cell: 2.0})
    opened = []

    def never(*args, **kwargs):
        opened.append(args)
        raise ValueError("calamine must not be asked")

    monkeypatch.setattr(reader.CalamineWorkbook, "from_filelike", never)
    with pytest.raises(UnusableFileError, match=message):
        read_table(path)
    assert opened == []
