"""Bounds of any file a person picks to be read (imports, calendar files): its size, and for an .xlsx
its unpacked size and a worksheet's extent, checked before any reader unpacks it (a zip bomb is never
read). Each refusal names the limit and the file's value."""

from __future__ import annotations

import re
import struct
import zipfile
from pathlib import Path

from workstation.domain.errors import ValidationError

MAX_FILE_BYTES = 20 * 1024 * 1024  # the file as picked
MAX_UNCOMPRESSED_BYTES = 64 * 1024 * 1024  # an .xlsx's zip entries once unpacked, all together
MAX_ZIP_ENTRIES = 1000
MAX_COLUMNS = 200  # a worksheet's width (readers build the whole rectangle of cells in memory)

_CHUNK = 1024 * 1024
_TAG = re.compile(rb"<(?:\w+:)?(row|c)\b([^>]*)>")
_REF = re.compile(rb"\br=\"([A-Za-z]{0,5})([0-9]{0,12})\"")
_SHEET = re.compile(r"xl/worksheets/[^/]+\.xml")


def size_text(count: int) -> str:
    """A byte count for people: 1.5 MB, 630 KB."""
    if count >= 1024 * 1024:
        return f"{count / 1024 / 1024:.1f} MB"
    return f"{count / 1024:.0f} KB" if count >= 1024 else f"{count} 字节"


class DamagedWorkbook(ValidationError):
    """The .xlsx is no sound zip (or lies about its sizes): refused, each reader says it in its words."""


def _refuse(message: str) -> ValidationError:
    return ValidationError(message, "file")


def check_file_size(path: Path) -> None:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise _refuse(f"“{path.name}”有 {size_text(size)}，超过导入文件的上限 {size_text(MAX_FILE_BYTES)}，"
                      "请拆分成几个文件后再导入。")


def check_workbook(path: Path, max_rows: int, max_columns: int = MAX_COLUMNS) -> None:
    """Refuse an .xlsx whose unpacked content or worksheet extent is beyond the limits, before any
    reader unpacks it: the sizes the zip declares first, then the real ones while streaming through
    each entry once (a zip that lies about its sizes fails its checksum and is refused)."""
    try:
        with zipfile.ZipFile(path) as book:
            entries = book.infolist()
            if len(entries) > MAX_ZIP_ENTRIES:
                raise _refuse(f"“{path.name}”含 {len(entries)} 个内部文件，超过上限 {MAX_ZIP_ENTRIES} 个，"
                              "不像是 Excel 导出的工作簿，请另存为 .xlsx 后再导入。")
            _check_unpacked(path.name, sum(e.file_size for e in entries))
            unpacked = 0
            for entry in entries:
                unpacked = _scan(book, entry, path.name, unpacked, (max_rows, max_columns))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, OSError, ValueError):
        raise DamagedWorkbook(f"“{path.name}”不是有效的 .xlsx 工作簿（可能已损坏，或是其他类型的文件），"
                              "请在 Excel 中打开并另存为 .xlsx 后再导入。", "file") from None


def check_xls_extent(name: str, data: bytes, max_rows: int, max_columns: int = MAX_COLUMNS) -> None:
    """Refuse an old binary .xls whose cells reach beyond the limits, found from its records before any
    reader builds the sheet (DamagedWorkbook when the file cannot be walked)."""
    from workstation.services.common.xls_extent import DamagedXls, workbook_extent

    try:
        rows, columns = workbook_extent(data)
    except (DamagedXls, struct.error, IndexError) as exc:
        raise DamagedWorkbook(f"无法读取旧版 Excel 97-2003（.xls）文件“{name}”（可能已损坏或设有密码），"
                              "请在 Excel 中打开并另存为 .xlsx 后再导入。", "file") from exc
    if rows > max_rows:
        raise _refuse(f"“{name}”的工作表用到第 {rows} 行，超过导入上限 {max_rows} 行，"
                      "请删去多余的行或拆分成几个文件后再导入。")
    if columns > max_columns:
        raise _refuse(f"“{name}”的工作表用到第 {columns} 列，超过导入上限 {max_columns} 列，请删去多余的列后再导入。")


def _check_unpacked(name: str, size: int) -> None:
    if size > MAX_UNCOMPRESSED_BYTES:
        raise _refuse(f"“{name}”解压后有 {size_text(size)}，超过导入工作簿解压后的上限 "
                      f"{size_text(MAX_UNCOMPRESSED_BYTES)}，请拆分成几个文件或删去无关的工作表后再导入。")


def _scan(book: zipfile.ZipFile, entry: zipfile.ZipInfo, name: str, unpacked: int,
          bounds: tuple[int, int]) -> int:
    """Stream one entry, counting what it really unpacks to; a worksheet's extent is checked as it goes."""
    extent = _Extent(name, entry.filename, bounds) if _SHEET.fullmatch(entry.filename) else None
    carry = b""
    with book.open(entry) as stream:
        while chunk := stream.read(_CHUNK):
            unpacked += len(chunk)
            _check_unpacked(name, unpacked)
            if extent is not None:
                text = carry + chunk
                cut = text.rfind(b"<")
                cut = len(text) if cut < 0 or len(text) - cut > _CHUNK else cut  # no tag split across chunks
                extent.feed(text[:cut])
                carry = text[cut:]
    if extent is not None:
        extent.feed(carry)
    return unpacked


class _Extent:
    """The last row and column a worksheet's cells reach, with or without their r="B7" references."""

    def __init__(self, name: str, sheet: str, bounds: tuple[int, int]) -> None:
        self.name, self.sheet, self.bounds = name, sheet, bounds
        self.row = self.column = self.last_row = self.last_column = 0

    def feed(self, xml: bytes) -> None:
        for tag, attributes in _TAG.findall(xml):
            ref = _REF.search(attributes)
            if tag == b"row":
                self.row = int(ref.group(2)) if ref and ref.group(2) else self.row + 1
                self.column = 0
                continue
            self.column = _column_number(ref.group(1)) if ref and ref.group(1) else self.column + 1
            if ref and ref.group(2):
                self.row = max(self.row, int(ref.group(2)))
            self.last_row, self.last_column = max(self.last_row, self.row), max(self.last_column, self.column)
        _check_extent(self.name, self.sheet, self.last_row, self.last_column, self.bounds)


def _check_extent(name: str, sheet: str, last_row: int, last_column: int, bounds: tuple[int, int]) -> None:
    max_rows, max_columns = bounds
    if last_row > max_rows:
        raise _refuse(f"“{name}”的工作表（{Path(sheet).stem}）用到第 {last_row} 行，超过导入上限 "
                      f"{max_rows} 行，请删去多余的行或拆分成几个文件后再导入。")
    if last_column > max_columns:
        raise _refuse(f"“{name}”的工作表（{Path(sheet).stem}）用到第 {last_column} 列，超过导入上限 "
                      f"{max_columns} 列，请删去多余的列后再导入。")


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + (letter & 0xDF) - 64
    return number
