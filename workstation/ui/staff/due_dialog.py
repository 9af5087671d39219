"""The full staff due list (证照到期): every line of the home queue, filtered and sorted by due date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget

from workstation.models.staff import DueTableModel
from workstation.services.staff import EXPIRED, UPCOMING, URGENT, StaffQueue
from workstation.ui.common.window_shortcuts import share_quit


class DueListDialog(QDialog):
    """Soonest due first; 状态 filter 全部 / 即将到期 / 已过期; activating a row opens its nursery."""

    nursery_requested = Signal(int)

    def __init__(self, queue: StaffQueue, today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("证照到期"))
        self.resize(820, 520)
        self.model = DueTableModel(queue, today, self)
        self.state_combo = QComboBox(self)
        for text, state in ((self.tr("全部"), None), (self.tr("即将到期"), UPCOMING), (self.tr("已过期"), EXPIRED)):
            self.state_combo.addItem(text, state)
        state_label = QLabel(self.tr("状态(&S)："), self)
        state_label.setBuddy(self.state_combo)
        self.total_label = QLabel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.activated.connect(
            lambda index: self.nursery_requested.emit(int(index.data(DueTableModel.NURSERY_ROLE))))
        self.view.horizontalHeader().sectionClicked.connect(self._sort_clicked)
        top = QHBoxLayout()
        top.addWidget(state_label)
        top.addWidget(self.state_combo)
        top.addStretch(1)
        top.addWidget(self.total_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view)
        self.state_combo.currentIndexChanged.connect(lambda _i: self.reload())
        share_quit(self)  # a window of its own: Ctrl+Q quits from it too (Esc closes it, as any dialog)
        self.reload()

    def reload(self, order: str | None = None) -> None:
        self.model.reload(self.state_combo.currentData(), order)
        if order in (None, URGENT):
            self.view.horizontalHeader().setSortIndicatorShown(False)
        self.total_label.setText(self.tr("共 {count} 项").format(count=self.model.total))

    def _sort_clicked(self, column: int) -> None:
        """Only the 到期日期 column sorts; the arrow shows the order the rows are in."""
        header = self.view.horizontalHeader()
        if column != DueTableModel.DUE:
            return
        ascending = not (header.isSortIndicatorShown() and header.sortIndicatorSection() == column
                         and header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder)
        order = Qt.SortOrder.AscendingOrder if ascending else Qt.SortOrder.DescendingOrder
        self.model.sort(column, order)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(column, order)
        self.total_label.setText(self.tr("共 {count} 项").format(count=self.model.total))
