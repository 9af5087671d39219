"""The outcome of an import, row by row, and the rejected rows saved as .xlsx for correction."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from workstation.db.backup_files import atomic_output
from workstation.db.output_paths import check_output_path
from workstation.domain.enums import LabelledEnum
from workstation.domain.errors import StorageError
from workstation.services.imports.cells import cell_text
from workstation.services.imports.reader import read_table

if TYPE_CHECKING:  # openpyxl loads with the first report written, not with the import services
    from openpyxl import Workbook
    from openpyxl.cell.cell import Cell
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

REASON_HEADER = "错误原因"
ROW_HEADER = "原行号"
_EXCEL_TEXT_LIMIT = 32_767


class RowOutcome(LabelledEnum):
    ACCEPTED = ("accepted", "新增", "Accepted (new nursery)")
    UPDATED = ("updated", "更新", "Updated an existing nursery")
    UNCHANGED = ("unchanged", "未变化", "Existing nursery, nothing changed")
    REJECTED = ("rejected", "拒绝", "Rejected")
    CONFLICT = ("conflict", "冲突（待经办人处理）", "Conflicts with the record (left for the clerk)")


@dataclass(frozen=True)
class RowResult:
    """What happened to one data row; `changed` names the fields an update touched (or, for a
    conflict, would have touched); `warnings` are findings to check that did not stop the row."""

    row_number: int
    outcome: RowOutcome
    uscc: str
    name: str
    reason: str = ""
    changed: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class ImportReport:
    """Row-by-row result of a dry run or a commit; `committed` says whether anything was written."""

    file_name: str
    header_row: int
    rows: tuple[RowResult, ...]
    committed: bool
    dry_run: bool
    counts: dict[RowOutcome, int] = field(init=False, compare=False)

    def __post_init__(self) -> None:
        tally = Counter(r.outcome for r in self.rows)
        object.__setattr__(self, "counts", {o: tally.get(o, 0) for o in RowOutcome})

    @property
    def accepted(self) -> int:
        return self.counts[RowOutcome.ACCEPTED]

    @property
    def updated(self) -> int:
        """Rows that matched an existing nursery, whether or not a value changed."""
        return self.counts[RowOutcome.UPDATED] + self.counts[RowOutcome.UNCHANGED]

    @property
    def unchanged(self) -> int:
        return self.counts[RowOutcome.UNCHANGED]

    @property
    def rejected(self) -> int:
        return self.counts[RowOutcome.REJECTED]

    @property
    def conflicts(self) -> int:
        return self.counts[RowOutcome.CONFLICT]

    @property
    def unwritten(self) -> int:
        """Rows a commit does not write: rejected by the checks, or in conflict with a record."""
        return self.rejected + self.conflicts

    @property
    def rejected_rows(self) -> tuple[RowResult, ...]:
        """The rows not written (rejected or in conflict), each with its reason."""
        return tuple(r for r in self.rows if r.outcome in (RowOutcome.REJECTED, RowOutcome.CONFLICT))

    @property
    def warned_rows(self) -> tuple[RowResult, ...]:
        return tuple(r for r in self.rows if r.warnings)

    def summary(self) -> str:
        """One line for people, e.g. 接受 950 行，更新 40 行，拒绝 10 行，冲突 2 行（3 行有提示需核对）。"""
        same = f"（其中未变化 {self.unchanged} 行）" if self.unchanged else ""
        line = f"接受 {self.accepted} 行，更新 {self.updated} 行{same}，拒绝 {self.rejected} 行"
        if self.conflicts:
            line += f"，冲突 {self.conflicts} 行"
        warned = len(self.warned_rows)
        return line + (f"（{warned} 行有提示需核对）" if warned else "")


def save_rejected(report: ImportReport, source_path: str | Path, out_path: str | Path) -> Path:
    """Write the rows not written (rejected or in conflict) with their original columns plus 错误原因
    to an .xlsx file.

    The workbook is written to a temporary file beside `out_path` and renamed into place; an
    `out_path` that is the source file itself or a database (or belongs to one) is refused first.
    Text is always stored as text: a cell reading "=..." never becomes a formula.
    """
    out = Path(out_path)
    check_output_path(out, inputs=[source_path])
    table = read_table(source_path)
    cells_by_row = {row.number: row.cells for row in table.rows}
    header = [cell_text(h) for h in table.headers] + [REASON_HEADER, ROW_HEADER]
    body = [
        [*_padded(cells_by_row.get(r.row_number, ()), len(table.headers)), r.reason, r.row_number]
        for r in report.rejected_rows
    ]
    return _write_xlsx(out, header, body, source_path)


def _padded(cells: tuple[object, ...], width: int) -> list[object]:
    return list(cells[:width]) + [None] * (width - len(cells))


def _write_xlsx(out: Path, header: list[object], body: list[list[object]], source: str | Path) -> Path:
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with atomic_output(out, inputs=[source]) as temp:
            _workbook(header, body).save(temp)
    except OSError as exc:
        raise StorageError(f"无法写入报告文件“{out}”（文件是否正在 Excel 中打开？）：{exc.strerror or exc}") from None
    return out


def _workbook(header: list[object], body: list[list[object]]) -> Workbook:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("被拒绝的行")
    sheet.freeze_panes = "A2"
    for row in [header, *body]:
        sheet.append([_safe_cell(sheet, value) for value in row])
    return book


def _safe_cell(sheet: WriteOnlyWorksheet, value: object) -> Cell:
    """A write-only cell that can never hold a formula or characters Excel refuses."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if isinstance(value, dt.time | dt.timedelta) or value is None or isinstance(value, int | float | dt.date):
        return WriteOnlyCell(sheet, value=value)
    text = ILLEGAL_CHARACTERS_RE.sub("", str(value))[:_EXCEL_TEXT_LIMIT]
    cell = WriteOnlyCell(sheet, value=text)
    cell.data_type = "s"  # openpyxl would otherwise store text that begins with "=" as a formula
    return cell
