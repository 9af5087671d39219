"""The home page's staff queue: certificates and checks expiring within 30 days, expired or overdue."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from workstation.domain.errors import DomainError
from workstation.services.staff import COUNT_CAP, StaffQueue

LIMIT = 20


class HomeStaffQueue(QWidget):
    """A count and the most urgent lines (COUNT + LIMIT); activating a line asks to open its nursery."""

    nursery_requested = Signal(int)

    def __init__(self, queue: StaffQueue, today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._queue, self._today = queue, today
        self.title = QLabel(self.tr("人员证照到期"), self)
        self.title.setStyleSheet("font-weight: bold;")
        self.count_label = QLabel(self)
        self.list = QListWidget(self)
        self.list.setMaximumHeight(140)
        self.list.itemActivated.connect(
            lambda item: self.nursery_requested.emit(int(item.data(Qt.ItemDataRole.UserRole))))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.count_label, self.list):
            layout.addWidget(widget)
        self.total = 0

    def refresh(self) -> None:
        try:
            self.total = self._queue.count()
            items = self._queue.items(LIMIT) if self.total else []
        except DomainError:
            self.hide()
            return
        shown = f"{self.total}+" if self.total >= COUNT_CAP else str(self.total)
        self.count_label.setText(self.tr("{days} 天内到期、已过期或逾期未复查：{count} 项").format(
            days=self._queue.within_days, count=shown))
        self.list.clear()
        today = self._today()
        for due in items:
            item = QListWidgetItem(due.text(today))
            item.setData(Qt.ItemDataRole.UserRole, due.nursery_id)
            self.list.addItem(item)
        self.list.setVisible(bool(items))
