"""The home page's staff queue: certificates and checks expiring within 30 days, expired or overdue."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.errors import DomainError
from workstation.models.common.domain_text import shown
from workstation.services.staff import COUNT_CAP
from workstation.ui.common.freshness import Freshness

if TYPE_CHECKING:
    from workstation.services.staff import StaffQueue

LIMIT = 20


class HomeStaffQueue(QWidget):
    """A count and the most urgent lines (COUNT + LIMIT): what runs out next, then what ran out most
    recently; 更多… opens the full list. Activating a line asks to open its nursery."""

    nursery_requested = Signal(int)

    def __init__(self, queue: StaffQueue, today: Callable[[], dt.date], parent: QWidget | None = None, *,
                 token: Callable[[], object | None] = lambda: None) -> None:
        super().__init__(parent)
        self._queue, self._today = queue, today
        self.freshness = Freshness(token)
        self.title = QLabel(self.tr("人员证照到期"), self)
        self.title.setStyleSheet("font-weight: bold;")
        self.count_label = QLabel(self)
        self.more_button = QPushButton(self.tr("更多…"), self)
        self.more_button.clicked.connect(self.open_full_list)
        self.dialog = None
        self.list = QListWidget(self)
        self.list.setMaximumHeight(140)
        self.list.itemActivated.connect(
            lambda item: self.nursery_requested.emit(int(item.data(Qt.ItemDataRole.UserRole))))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.count_label)
        header.addStretch(1)
        header.addWidget(self.more_button)
        layout.addLayout(header)
        layout.addWidget(self.list)
        self.total = 0

    def refresh(self) -> None:
        self.freshness.reading()
        try:
            self.total = self._queue.count()
            items = self._queue.items(LIMIT) if self.total else []
        except DomainError:
            self.hide()
            return
        count = f"{self.total}+" if self.total >= COUNT_CAP else str(self.total)
        self.count_label.setText(self.tr("{days} 天内到期、已过期或逾期未复查：共 {count} 项").format(
            days=self._queue.within_days, count=count))
        self.list.clear()
        today = self._today()
        for due in items:
            item = QListWidgetItem(shown(due.line(today)))
            item.setData(Qt.ItemDataRole.UserRole, due.nursery_id)
            self.list.addItem(item)
        self.list.setVisible(bool(items))
        self.more_button.setVisible(bool(items))

    def refresh_if_changed(self) -> None:
        """Reload unless nothing was committed (and the day is the same) since the queue was read."""
        if self.freshness.changed():
            self.refresh()

    def open_full_list(self) -> None:
        from workstation.ui.staff.due_dialog import DueListDialog

        if self.dialog is None:
            self.dialog = DueListDialog(self._queue, self._today, self.window())
            self.dialog.nursery_requested.connect(self.nursery_requested)
        else:
            self.dialog.reload()
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()  # keys go to it (Esc closes it), also when it was open behind the main window
