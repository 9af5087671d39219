"""A year's arrangement as a small file (CSV or xlsx: 日期, 类型, 说明) to pass between districts."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Sequence
from pathlib import Path

from workstation.db.backup_files import atomic_output
from workstation.domain.calendar_entries import (
    EntryRow,
    Problem,
    date_problem,
    kind_word,
    parse_date,
    parse_kind,
)
from workstation.domain.errors import StorageError, ValidationError
from workstation.domain.workdays import DayKind
from workstation.services.common.file_limits import DamagedWorkbook, check_file_size, check_workbook

HEADER = ("日期", "类型", "说明")
SUFFIXES = (".csv", ".xlsx")
MAX_ROWS = 400  # a year has 366 days; anything longer is not an arrangement


def read_rows(path: Path) -> tuple[list[EntryRow], list[Problem]]:
    """Rows of the file with their numbers as the person sees them (header rows skipped)."""
    cells = _cells(path)
    rows: list[EntryRow] = []
    problems: list[Problem] = []
    for number, record in cells:
        values = [str(v).strip() if v is not None and not isinstance(v, dt.date) else v for v in record]
        values += [""] * (3 - len(values))
        first, kind_cell, note = values[0], values[1], values[2] or ""
        if first in ("", None) and kind_cell in ("", None):
            continue
        day = parse_date(first)
        if day is None and number == cells[0][0] and str(first) in (HEADER[0], "date", "Date"):
            continue  # the header
        kind = parse_kind(kind_cell)
        if day is None:
            problems.append(Problem(number, date_problem(first)))
        elif kind is None:
            problems.append(Problem(number, f"类型“{kind_cell}”无法识别（应为“放假”或“调休上班”）"))
        else:
            rows.append(EntryRow(number, day, kind, str(note)))
    return rows, problems


def write_rows(path: Path, rows: Iterable[tuple[dt.date, DayKind, str]]) -> None:
    """Write the arrangement as CSV (UTF-8 with BOM, opens in Excel) or xlsx, by the file's suffix."""
    lines = [(day, kind_word(kind), note) for day, kind, note in rows]
    if path.suffix.lower() == ".xlsx":
        _write_xlsx(path, lines)
    else:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(HEADER)
        writer.writerows((day.isoformat(), kind, note) for day, kind, note in lines)
        _replace(path, buffer.getvalue().encode("utf-8-sig"))


def check_suffix(path: Path) -> None:
    if path.suffix.lower() not in SUFFIXES:
        raise ValidationError(f"工作日历文件应为 .csv 或 .xlsx：{path.name}", "file")


def _cells(path: Path) -> list[tuple[int, Sequence[object]]]:
    check_suffix(path)
    try:
        check_file_size(path)
        if path.suffix.lower() == ".xlsx":
            _check_workbook(path)
            records = _xlsx_cells(path)
        else:
            records = list(csv.reader(io.StringIO(_decode(path.read_bytes()))))
    except (OSError, ValueError, KeyError) as exc:
        raise ValidationError(f"无法读取工作日历文件 {path.name}：{exc}", "file") from exc
    if len(records) > MAX_ROWS:
        raise ValidationError(f"{path.name} 有{len(records)}行，不像一年的节假日安排（最多{MAX_ROWS}行）。", "file")
    numbered = [(n, r) for n, r in enumerate(records, 1) if any(str(c or "").strip() for c in r)]
    if not numbered:
        raise ValidationError(f"{path.name} 中没有任何日期。", "file")
    return numbered


def _check_workbook(path: Path) -> None:
    """The unpacked size and extent, before openpyxl unpacks it."""
    try:
        check_workbook(path, MAX_ROWS + 1, max_columns=50)
    except DamagedWorkbook:
        raise ValueError("不是有效的 xlsx 文件") from None


def _xlsx_cells(path: Path) -> list[Sequence[object]]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, OSError) as exc:
        raise ValueError(str(exc)) from exc
    except Exception as exc:  # a corrupt archive raises zipfile/XML errors of several kinds
        raise ValueError(f"不是有效的 xlsx 文件（{type(exc).__name__}）") from exc
    try:
        sheet = book.worksheets[0]
        return [tuple(row[:3]) for row in sheet.iter_rows(max_row=MAX_ROWS + 1, values_only=True)]
    finally:
        book.close()


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ValueError("文件编码无法识别（应为 UTF-8 或 GB18030）")


def _write_xlsx(path: Path, lines: list[tuple[dt.date, str, str]]) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("工作日历")
    sheet.append(HEADER)
    for day, kind, note in lines:
        sheet.append([day.isoformat(), kind, note])
    buffer = io.BytesIO()
    book.save(buffer)
    _replace(path, buffer.getvalue())


def _replace(path: Path, data: bytes) -> None:
    """Write beside the target and rename, so a failed write never leaves half a file."""
    if path.is_dir():
        raise StorageError(f"“{path}”是一个文件夹，请指定文件名。")
    try:
        with atomic_output(path) as temp:
            temp.write_bytes(data)
    except OSError as exc:
        raise StorageError(f"无法写入 {path}：{exc.strerror or exc}") from exc
