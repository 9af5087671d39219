"""The checklist's item table: one row per line, results set by single keys, notes and photos kept per row.

Keys on the table: 1/Y 符合, 2/B 基本符合, 3/N 不符合, 4/0 不适用 (then the next row); Tab or Enter
asks for the note field (`note_requested`). The table holds what was entered until it is saved.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from workstation.domain.inspection_rules import suggested_overall
from workstation.domain.inspections import ItemResult, OverallResult
from workstation.i18n.labels import ui_label
from workstation.services.inspections import InspectionItemDTO, ItemEntry

R = ItemResult
RESULT_KEYS: dict[Qt.Key, ItemResult] = {
    Qt.Key.Key_1: R.PASS, Qt.Key.Key_Y: R.PASS, Qt.Key.Key_2: R.PARTIAL, Qt.Key.Key_B: R.PARTIAL,
    Qt.Key.Key_3: R.FAIL, Qt.Key.Key_N: R.FAIL, Qt.Key.Key_4: R.NA, Qt.Key.Key_0: R.NA,
}
NOTE_KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_Return, Qt.Key.Key_Enter)
COLOURS = {R.PASS: "#1b7a1b", R.PARTIAL: "#b06000", R.FAIL: "#b00000", R.NA: "#707070"}
PLAIN = Qt.KeyboardModifier.NoModifier | Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier


@dataclass
class Line:
    """One row as entered: the stored line plus the result, note and photos typed since."""

    item: InspectionItemDTO
    result: ItemResult | None
    note: str
    photos: list[str | Path] = field(default_factory=list)

    def entry(self) -> ItemEntry:
        return ItemEntry(self.item.id, self.result, self.note, tuple(self.photos))


class ChecklistTable(QObject):
    """Drives a QTableWidget of the inspection's lines."""

    CODE, TEXT, BASIS, SEVERITY, RESULT, NOTE = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("ChecklistTable", "编号"),
        QT_TRANSLATE_NOOP("ChecklistTable", "检查内容"),
        QT_TRANSLATE_NOOP("ChecklistTable", "依据"),
        QT_TRANSLATE_NOOP("ChecklistTable", "程度"),
        QT_TRANSLATE_NOOP("ChecklistTable", "结果"),
        QT_TRANSLATE_NOOP("ChecklistTable", "备注"),
    )
    changed = Signal()          # a result, note or photo changed
    note_requested = Signal()   # Tab/Enter on the table

    def __init__(self, table: QTableWidget) -> None:
        super().__init__(table)
        self.table = table
        self.lines: list[Line] = []
        self.editable = False
        table.setColumnCount(len(self.HEADERS))
        table.setHorizontalHeaderLabels([self.tr(h) for h in self.HEADERS])
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.BASIS, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(self.BASIS, 240)
        table.installEventFilter(self)

    def fill(self, items: tuple[InspectionItemDTO, ...], editable: bool) -> None:
        self.editable = editable
        self.lines = [Line(i, i.result, i.note, list(i.photos)) for i in items]
        self.table.setRowCount(len(self.lines))
        for row, line in enumerate(self.lines):
            item = line.item
            code = item.code + (self.tr("（复查）") if item.carried else "")
            texts = (code, item.text, item.basis, ui_label(item.severity))
            for column, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)
            self._show(row)
        self.table.resizeRowsToContents()
        if self.lines:
            self.table.setCurrentCell(0, self.RESULT)

    # --- reading ------------------------------------------------------------------------------

    def current_row(self) -> int:
        return self.table.currentRow()

    def current(self) -> Line | None:
        row = self.current_row()
        return self.lines[row] if 0 <= row < len(self.lines) else None

    def entries(self) -> list[ItemEntry]:
        return [line.entry() for line in self.lines]

    def filled(self) -> int:
        return sum(line.result is not None for line in self.lines)

    def first_missing(self) -> int | None:
        return next((row for row, line in enumerate(self.lines) if line.result is None), None)

    def suggested(self) -> OverallResult:
        """The overall result the items suggest (as the service will compute it)."""
        return suggested_overall((line.result, line.item.severity) for line in self.lines if line.result is not None)

    # --- entering -----------------------------------------------------------------------------

    def set_result(self, result: ItemResult, row: int | None = None, advance: bool = True) -> None:
        row = self.current_row() if row is None else row
        if not self.editable or not 0 <= row < len(self.lines):
            return
        self.lines[row].result = result
        self._show(row)
        if advance and row + 1 < len(self.lines):
            self.go_to(row + 1)
        self.changed.emit()

    def set_note(self, text: str, row: int | None = None) -> None:
        row = self.current_row() if row is None else row
        if self.editable and 0 <= row < len(self.lines):
            self.lines[row].note = text
            self._show(row)
            self.changed.emit()

    def add_photos(self, paths: list[str]) -> None:
        line = self.current()
        if self.editable and line is not None and paths:
            line.photos.extend(Path(p) for p in paths)
            self._show(self.current_row())
            self.changed.emit()

    def go_to(self, row: int) -> None:
        self.table.setCurrentCell(row, self.RESULT)
        self.table.scrollToItem(self.table.item(row, self.CODE))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress and not (event.modifiers() & ~PLAIN):
            key = event.key()
            if self.editable and key in RESULT_KEYS:
                self.set_result(RESULT_KEYS[key])
                return True
            if key in NOTE_KEYS and self.current() is not None:
                self.note_requested.emit()
                return True
        return super().eventFilter(watched, event)

    def _show(self, row: int) -> None:
        line = self.lines[row]
        result = QTableWidgetItem(ui_label(line.result) if line.result else "——")
        if line.result is not None:
            result.setForeground(QBrush(QColor(COLOURS[line.result])))
            font = result.font()
            font.setBold(line.result in (R.FAIL, R.PARTIAL))
            result.setFont(font)
        self.table.setItem(row, self.RESULT, result)
        photos = self.tr("〔照片{n}张〕").format(n=len(line.photos)) if line.photos else ""
        self.table.setItem(row, self.NOTE, QTableWidgetItem(line.note + photos))
