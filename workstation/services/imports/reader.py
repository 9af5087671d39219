"""Read a pushed registration file (.xlsx, .xls or .csv) into rows under a recognised header.

Workbooks are read by calamine (compiled, about ten times faster than openpyxl's read-only mode,
and it also reads Excel 97-2003 .xls); an .xlsx calamine cannot open is read by openpyxl. Both give
the same cell values (openpyxl's: blank is None, whole numbers are int, dates are datetime).
Only cached cell values are read, so formulas in the input never travel further.
Every problem with the file itself raises UnusableFileError with one message for the clerk.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path

from python_calamine import CalamineWorkbook, SheetTypeEnum

from workstation.db.output_paths import check_input_path
from workstation.domain.errors import ValidationError
from workstation.services.imports.columns import FIELD_LABELS, REQUIRED_FIELDS, match_columns
from workstation.services.imports.errors import ImportCancelled, UnusableFileError
from workstation.services.imports.limits import (
    MAX_ROWS,
    TITLE_ROWS,
    check_cell,
    check_file,
    check_text_total,
    check_xls,
)

HEADER_SEARCH_ROWS = TITLE_ROWS  # title rows above the header are skipped within this many rows
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = b"PK\x03\x04"
_DELIMITERS = (",", "\t", ";", "|")
_EXACT_INT = 2**53  # a float at or beyond this has lost digits: kept as float (see cells.uscc_of)
# openpyxl warns about styles, data validation and the like it cannot read; none matter here.
# Set once at import: warnings.catch_warnings() is not safe in worker threads.
warnings.filterwarnings("ignore", category=UserWarning, module=r"openpyxl\.")

_FOOTERS = ("合计", "总计", "小计", "制表", "填报", "填表", "审核", "注：", "注:", "说明", "备注")


@dataclass(frozen=True)
class HeaderRule:
    """How a file's header row is recognised: field key -> column index, and the fields it needs.
    The default is the pushed registration file's; other imports (a staff list) pass their own."""

    match: Callable[[Sequence[object]], dict[str, int]]
    required: tuple[str, ...]
    labels: Mapping[str, str]

    def is_header(self, columns: dict[str, int]) -> bool:
        return all(field in columns for field in self.required)


REGISTRATION_HEADERS = HeaderRule(match_columns, REQUIRED_FIELDS, FIELD_LABELS)
_RULE: ContextVar[HeaderRule] = ContextVar("header_rule", default=REGISTRATION_HEADERS)


class _NotTabularError(UnusableFileError):
    """The content does not look like a table (no header, binary, unknown encoding)."""


class _CalamineFailedError(Exception):
    """calamine could not open or read the workbook."""


@dataclass(frozen=True)
class SheetRow:
    """A data row: its 1-based number in the sheet (as Excel shows it) and its raw cell values."""

    number: int
    cells: tuple[object, ...]

    def get(self, index: int | None) -> object:
        if index is None or index >= len(self.cells):
            return None
        return self.cells[index]


@dataclass(frozen=True)
class Table:
    """The rows under the header of the first sheet that has one."""

    file_name: str
    header_row: int
    headers: tuple[object, ...]
    columns: Mapping[str, int]
    rows: tuple[SheetRow, ...]


def read_table(path: str | Path, is_cancelled: Callable[[], bool] | None = None,
               headers: HeaderRule = REGISTRATION_HEADERS) -> Table:
    """Read the file, find its header row (by `headers`) and return the non-blank rows below it."""
    token = _RULE.set(headers)
    try:
        return _read_table(Path(path), is_cancelled)
    finally:
        _RULE.reset(token)


def _read_table(path: Path, is_cancelled: Callable[[], bool] | None) -> Table:
    try:
        check_input_path(path)
    except ValidationError as exc:
        raise UnusableFileError(exc.message) from None
    head = _head(path)
    check_file(path, xlsx=False)
    if head.startswith(_OLE2):
        return _read_ole2(path, is_cancelled)
    if head.startswith(_ZIP):
        return _read_xlsx(path, is_cancelled)
    suffix = path.suffix.lower()
    if suffix in (".csv", ".tsv", ".xls"):
        return _read_csv(path, is_cancelled)
    if suffix in (".xlsx", ".xlsm"):
        raise UnusableFileError(f"“{path.name}”不是有效的 Excel 工作簿（文件可能已损坏），请重新导出后再导入。")
    if suffix == ".txt":  # Excel's "Unicode text" export is a tab-separated .txt
        try:
            return _read_csv(path, is_cancelled)
        except _NotTabularError:
            pass
    raise _not_spreadsheet(path.name)


def _not_spreadsheet(name: str) -> UnusableFileError:
    return UnusableFileError(f"“{name}”不是电子表格文件，请导入 .xlsx、.xls 或 .csv 文件。")


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except FileNotFoundError:
        raise UnusableFileError(f"找不到文件“{path}”。") from None
    except IsADirectoryError:
        raise UnusableFileError(f"“{path}”是文件夹，请选择要导入的文件。") from None
    except OSError as exc:
        raise UnusableFileError(f"无法读取文件“{path.name}”：{exc.strerror or exc}") from None
    if not head:
        raise _empty(path.name)
    return head


def _read_ole2(path: Path, is_cancelled: Callable[[], bool] | None) -> Table:
    """An OLE2 compound file is either a password-protected .xlsx or an old binary .xls."""
    data = path.read_bytes()
    suffix = path.suffix.lower()
    if "EncryptionInfo".encode("utf-16-le") in data or suffix in (".xlsx", ".xlsm"):
        raise UnusableFileError("文件已加密（设有密码），请另存为无密码的 .xlsx 后再导入。")
    if check_xls(path.name, data):  # its extent, before calamine builds every cell of a sheet
        try:
            return _first_table(path.name, _calamine_sheets(path), is_cancelled)
        except _CalamineFailedError:
            pass
    if suffix == ".xls" or "Workbook".encode("utf-16-le") in data or "Book".encode("utf-16-le") in data:
        raise UnusableFileError(
            f"无法读取旧版 Excel 97-2003（.xls）文件“{path.name}”（可能已损坏或设有密码），"
            "请在 Excel 中打开并另存为 .xlsx 后再导入。"
        )
    raise _not_spreadsheet(path.name)


def _read_xlsx(path: Path, is_cancelled: Callable[[], bool] | None) -> Table:
    try:
        return _xlsx_table(path, is_cancelled)
    except (UnusableFileError, ImportCancelled):
        raise
    except Exception:  # openpyxl raises many kinds of error on damaged or foreign zip files
        raise UnusableFileError(
            f"“{path.name}”不是有效的 .xlsx 工作簿（可能已损坏，或是其他类型的文件），"
            "请在 Excel 中打开并另存为 .xlsx 后再导入。"
        ) from None


def _xlsx_table(path: Path, is_cancelled: Callable[[], bool] | None) -> Table:
    check_file(path, xlsx=True)  # before any reader unpacks it
    try:
        return _first_table(path.name, _calamine_sheets(path), is_cancelled)
    except _CalamineFailedError:
        return _openpyxl_table(path, is_cancelled)


def _calamine_sheets(path: Path) -> Iterator[Iterator[Sequence[object]]]:
    """Each worksheet's rows from A1 with openpyxl's values; _CalamineFailedError when it cannot."""
    try:
        with path.open("rb") as handle:  # by content, not by name: a renamed .xlsx stays readable
            book = CalamineWorkbook.from_filelike(handle)
        with book:
            names = [m.name for m in book.sheets_metadata if m.typ == SheetTypeEnum.WorkSheet]
            for name in names:
                grid = book.get_sheet_by_name(name).to_python(skip_empty_area=False)
                yield (tuple(_cell(value) for value in row) for row in grid)
    except Exception as exc:  # calamine raises its own kinds of error on damaged or foreign files
        raise _CalamineFailedError() from exc


def _cell(value: object) -> object:
    """A calamine value as openpyxl gives it."""
    if value == "" and isinstance(value, str):
        return None
    if isinstance(value, float) and value.is_integer() and abs(value) < _EXACT_INT:
        return int(value)
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return dt.datetime.combine(value, dt.time())
    return value


def _openpyxl_table(path: Path, is_cancelled: Callable[[], bool] | None) -> Table:
    from openpyxl import load_workbook  # only for an .xlsx calamine cannot open

    # A file object, not the path: openpyxl refuses names that do not end in .xlsx.
    with path.open("rb") as handle:
        book = load_workbook(handle, read_only=True, data_only=True)
        try:
            sheets = (sheet.iter_rows(min_row=1, values_only=True) for sheet in book.worksheets)
            return _first_table(path.name, sheets, is_cancelled)
        finally:
            book.close()


def _read_csv(path: Path, is_cancelled: Callable[[], bool] | None) -> Table:
    text = _decode(path)
    if not text.strip():
        raise _empty(path.name)
    if "\x00" in text:
        raise _NotTabularError(f"“{path.name}”不是文本格式的 CSV 文件，请导入 .xlsx 或 .csv 文件。")
    for delimiter in _DELIMITERS:
        sample = _csv_rows(path, text, delimiter, HEADER_SEARCH_ROWS)
        if any(_RULE.get().is_header(_RULE.get().match(row)) for row in sample):
            return _first_table(path.name, [_csv_rows(path, text, delimiter)], is_cancelled)
    raise _no_header(path.name, path.suffix.lower() == ".xls")


def _decode(path: Path) -> str:
    data = path.read_bytes()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings: tuple[str, ...] = ("utf-16",)
    else:
        encodings = ("utf-8-sig", "gb18030")
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise _NotTabularError(f"无法识别“{path.name}”的文字编码，请另存为 UTF-8 或 GB18030 编码的 CSV 文件。")


def _csv_rows(path: Path, text: str, delimiter: str, limit: int | None = None) -> Iterator[tuple[object, ...]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for row in itertools.islice(reader, limit):
            yield tuple(row)
    except csv.Error:
        raise UnusableFileError(
            f"“{path.name}”第{reader.line_num}行不是有效的 CSV 格式（引号不配对或单元格过长），请检查后重新导出。"
        ) from None


def _first_table(name: str, sheets: Iterable[Iterator[Sequence[object]]],
                 is_cancelled: Callable[[], bool] | None) -> Table:
    blank = True
    for rows in sheets:
        top = list(itertools.islice(rows, HEADER_SEARCH_ROWS))
        blank = blank and all(_is_blank_or_footer(cells) for cells in top)
        for index, cells in enumerate(top):
            columns = _RULE.get().match(cells)
            if _RULE.get().is_header(columns):
                below = itertools.chain(top[index + 1:], rows)
                data = _data_rows(name, below, index + 2, is_cancelled)
                return Table(name, index + 1, tuple(cells), columns, data)
    raise _empty(name) if blank else _no_header(name)


def _data_rows(name: str, rows: Iterable[Sequence[object]], first: int,
               is_cancelled: Callable[[], bool] | None) -> tuple[SheetRow, ...]:
    data, text = [], 0
    for number, cells in enumerate(rows, start=first):
        if number % 1000 == 0 and is_cancelled is not None and is_cancelled():
            raise ImportCancelled()
        if _is_blank_or_footer(cells):
            continue
        if len(data) >= MAX_ROWS:
            raise UnusableFileError(f"“{name}”超过导入上限 {MAX_ROWS} 行，请拆分成几个文件后再导入。")
        for column, cell in enumerate(cells, start=1):
            if isinstance(cell, str):
                check_cell(name, number, column, cell)
                text += len(cell)
        check_text_total(name, text)
        data.append(SheetRow(number, tuple(cells)))
    if not data:
        raise UnusableFileError(f"“{name}”在表头下面没有数据行，没有可导入的内容。")
    return tuple(data)


def _is_blank_or_footer(cells: Sequence[object]) -> bool:
    filled = [c for c in cells if c is not None and str(c).strip()]
    if not filled:
        return True
    return len(filled) == 1 and isinstance(filled[0], str) and filled[0].strip().startswith(_FOOTERS)


def _empty(name: str) -> UnusableFileError:
    return UnusableFileError(f"文件“{name}”是空的，没有可导入的数据。")


def _no_header(name: str, legacy_xls: bool = False) -> UnusableFileError:
    rule = _RULE.get()
    needed = "和".join(f"“{rule.labels[f]}”" for f in rule.required)
    if legacy_xls:
        return _NotTabularError(f"无法读取“{name}”，请在 Excel 中打开并另存为 .xlsx 后再导入。")
    return _NotTabularError(f"“{name}”中找不到可识别的表头：前{HEADER_SEARCH_ROWS}行里没有同时含{needed}列的一行。")
