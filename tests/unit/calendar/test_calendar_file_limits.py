"""Issue 17: a calendar file is bounded like every import: a zip bomb .xlsx is refused before openpyxl
unpacks it, and an oversized file before it is read."""

from __future__ import annotations

import zipfile

import openpyxl
import pytest
from filing_support import SYSTEM

from workstation.domain.errors import ValidationError
from workstation.services.calendar import CalendarService
from workstation.services.common import file_limits


def test_a_zip_bomb_calendar_is_refused_before_it_is_unpacked(district, tmp_path, monkeypatch):
    path = tmp_path / "假日.xlsx"
    book = openpyxl.Workbook()
    book.active.append(("日期", "类型", "说明"))
    book.active.append(("2027-01-01", "放假", "元旦"))
    book.save(path)
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        with archive.open("xl/sharedStrings2.xml", "w") as entry:
            for _ in range(70):
                entry.write(bytes(1024 * 1024))
    opened = []
    monkeypatch.setattr(openpyxl, "load_workbook", lambda *a, **_k: opened.append(a))
    with pytest.raises(ValidationError, match=r"解压后有 70\.\d MB，超过导入工作簿解压后的上限 64\.0 MB"):
        CalendarService(district.factory, SYSTEM).import_file(path, "测试")
    assert not opened


def test_an_oversized_calendar_csv_is_refused_naming_its_size(district, tmp_path, monkeypatch):
    monkeypatch.setattr(file_limits, "MAX_FILE_BYTES", 1024)
    path = tmp_path / "假日.csv"
    path.write_text("日期,类型,说明\n" + "2027-01-01,放假,元旦\n" * 200, encoding="utf-8")
    with pytest.raises(ValidationError, match=r"“假日.csv”有 \d KB，超过导入文件的上限 1 KB"):
        CalendarService(district.factory, SYSTEM).import_file(path, "测试")
