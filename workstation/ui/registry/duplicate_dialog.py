"""Side-by-side comparison of the entry being saved with the similar nurseries already recorded."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QResizeEvent
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from workstation.domain.nursery import NurseryDraft
from workstation.services.registry import SimilarNursery
from workstation.ui.forms.ui_intake_duplicate_dialog import Ui_DuplicateCompareDialog

MATCH_COLOR = QColor("#fff5df")


class DuplicateCompareDialog(QDialog):
    """Accepted = "not the same, save anyway"; `open_existing_requested(id)` = "same, open that one"."""

    NAME, USCC, ADDRESS, LEGAL_REP, STATUS, MATCHED_ON = range(6)
    NEW_COLUMN = 0

    open_existing_requested = Signal(int)

    def __init__(self, draft: NurseryDraft, candidates: Sequence[SimilarNursery],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DuplicateCompareDialog()
        self.ui.setupUi(self)
        self.candidates = tuple(candidates)
        self.ui.introLabel.setText(self.tr(
            "本辖区已有 {n} 家名称或地址相近的机构。请逐项比对：若为同一机构，请打开已有记录修改；"
            "若确认不是同一机构，可继续保存（将记录您的判断）。").format(n=len(self.candidates)))
        self._fill(draft)
        self.ui.sameButton.clicked.connect(self._same)
        self.ui.differentButton.clicked.connect(self.accept)
        self.ui.backButton.clicked.connect(self.reject)
        self.ui.compareTable.itemSelectionChanged.connect(self._update_buttons)
        self.ui.compareTable.selectColumn(1)
        self._update_buttons()

    def candidate_ids(self) -> list[int]:
        return [c.id for c in self.candidates]

    def chosen(self) -> SimilarNursery | None:
        """The candidate whose column is selected."""
        columns = {index.column() for index in self.ui.compareTable.selectedIndexes()}
        column = min(columns) if columns else -1
        return self.candidates[column - 1] if 1 <= column <= len(self.candidates) else None

    def _fill(self, draft: NurseryDraft) -> None:
        table = self.ui.compareTable
        rows = [self.tr("名称"), self.tr("统一社会信用代码"), self.tr("地址"), self.tr("法定代表人"),
                self.tr("状态"), self.tr("相似项")]
        table.setRowCount(len(rows))
        table.setColumnCount(1 + len(self.candidates))
        table.setVerticalHeaderLabels(rows)
        table.setHorizontalHeaderLabels([self.tr("本次录入")] + [
            self.tr("已有记录（记录号 {id}）").format(id=c.id) for c in self.candidates])
        new = (draft.name, draft.uscc, draft.address, draft.legal_rep_name, self.tr("（尚未保存）"), "—")
        self._fill_column(self.NEW_COLUMN, new, set())
        for column, candidate in enumerate(self.candidates, start=1):
            values = (candidate.name, candidate.uscc, candidate.address, candidate.legal_rep_name,
                      candidate.status_label, candidate.matched_on)
            self._fill_column(column, values, self._matched_rows(candidate))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Row heights follow the columns' widths, known once the table is laid out at the new size: sized
        # before, every value wrapped in a narrow column and the rows stayed that tall.
        table = self.ui.compareTable
        QTimer.singleShot(0, table, table.resizeRowsToContents)

    def _fill_column(self, column: int, values: Sequence[str], matched: set[int]) -> None:
        for row, value in enumerate(values):
            item = QTableWidgetItem(value or self.tr("（未填写）"))
            if row in matched:
                item.setBackground(QBrush(MATCH_COLOR))
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
                item.setToolTip(self.tr("与本次录入相近"))
            self.ui.compareTable.setItem(row, column, item)

    def _matched_rows(self, candidate: SimilarNursery) -> set[int]:
        rows = {self.MATCHED_ON}
        if "名称" in candidate.matched_on:
            rows.add(self.NAME)
        if "地址" in candidate.matched_on:
            rows.add(self.ADDRESS)
        return rows

    def _same(self) -> None:
        candidate = self.chosen()
        if candidate is None:
            return
        self.open_existing_requested.emit(candidate.id)
        self.done(QDialog.DialogCode.Rejected)

    def _update_buttons(self) -> None:
        chosen = self.chosen()
        self.ui.sameButton.setEnabled(chosen is not None)
        if chosen is not None and len(self.candidates) > 1:
            self.ui.sameButton.setToolTip(self.tr("打开“{name}”").format(name=chosen.name))
