"""The bounds of every imported table (registration push, 推送收件箱, staff list), checked before and
while it is read, so that no file can fill the memory or the disk. The file's own bounds (size, an
.xlsx unpacked, a worksheet's extent) are services/common/file_limits.py; each refusal names the
limit and the file's value (README: Personal data and import limits)."""

from __future__ import annotations

from pathlib import Path

from workstation.domain.errors import ValidationError
from workstation.services.common import file_limits
from workstation.services.imports.errors import UnusableFileError

MAX_ROWS = 50_000  # data rows under the header
TITLE_ROWS = 20  # title rows a header may sit under (reader.HEADER_SEARCH_ROWS)
MAX_CELL_CHARS = 5_000  # any one cell; fields have their own shorter limits (domain/field_limits.py)
MAX_TEXT_CHARS = 10_000_000  # all cells of the table together


def check_file(path: Path, xlsx: bool) -> None:
    """The file's size, and an .xlsx's unpacked size and extent, before any reader opens it."""
    try:
        file_limits.check_file_size(path)
        if xlsx:
            file_limits.check_workbook(path, MAX_ROWS + TITLE_ROWS)
    except ValidationError as exc:
        raise UnusableFileError(exc.message) from None


def check_xls(name: str, data: bytes) -> bool:
    """An old binary .xls's extent (rows × columns over every sheet) before any reader builds its cells;
    False when it is no workbook that can be walked (the reader then says so in its words)."""
    try:
        file_limits.check_xls_extent(name, data, MAX_ROWS + TITLE_ROWS)
    except file_limits.DamagedWorkbook:
        return False
    except ValidationError as exc:
        raise UnusableFileError(exc.message) from None
    return True


def check_cell(name: str, row: int, column: int, text: str) -> None:
    if len(text) > MAX_CELL_CHARS:
        raise UnusableFileError(f"“{name}”第{row}行第{column}列有 {len(text)} 字，超过单元格的上限 {MAX_CELL_CHARS} 字，"
                                "请检查该单元格后重新导出。")


def check_text_total(name: str, total: int) -> None:
    if total > MAX_TEXT_CHARS:
        raise UnusableFileError(f"“{name}”的单元格文字合计超过 {MAX_TEXT_CHARS} 字（导入上限），"
                                "请拆分成几个文件后再导入。")
