"""The full staff due list (证照到期) as a table, loaded page by page as the view scrolls (fetchMore)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from workstation.models.common.domain_text import shown
from workstation.services.staff import ASCENDING, DESCENDING, URGENT, DueItem, StaffQueue

_Index = QModelIndex | QPersistentModelIndex
_NO_PARENT = QModelIndex()
_EXPIRED = QColor("#b00020")
CONTEXT = "DueTableModel"


class DueTableModel(QAbstractTableModel):
    """Soonest due first by default; sorting the 到期日期 column orders by the date alone."""

    NURSERY, STAFF, WHAT, DUE, STATE = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("DueTableModel", "机构"), QT_TRANSLATE_NOOP("DueTableModel", "人员"),
        QT_TRANSLATE_NOOP("DueTableModel", "证照或检查"), QT_TRANSLATE_NOOP("DueTableModel", "到期日期"),
        QT_TRANSLATE_NOOP("DueTableModel", "状态"),
    )
    NURSERY_ROLE = Qt.ItemDataRole.UserRole + 1
    PAGE = 200

    def __init__(self, queue: StaffQueue, today: Callable[[], dt.date], parent: Any = None) -> None:
        super().__init__(parent)
        self._queue, self._today = queue, today
        self._state: str | None = None
        self._order = URGENT
        self._rows: list[DueItem] = []
        self._more = False
        self.total = 0

    def reload(self, state: str | None = None, order: str | None = None) -> None:
        """Start over (with a new state filter and order); rows load when the view asks."""
        self.beginResetModel()
        self._state = state
        self._order = order or self._order
        self._rows = []
        self.total = self._queue.count(state=state)
        self._more = self.total > 0
        self.endResetModel()

    @property
    def state(self) -> str | None:
        return self._state

    def rowCount(self, parent: _Index = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def canFetchMore(self, parent: _Index = _NO_PARENT) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: _Index = _NO_PARENT) -> None:
        if parent.isValid() or not self._more:
            return
        page = self._queue.items(self.PAGE, len(self._rows), self._state, self._order)
        self._more = len(page) == self.PAGE
        if not page:
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column == self.DUE:
            self.reload(self._state, ASCENDING if order == Qt.SortOrder.AscendingOrder else DESCENDING)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate("DueTableModel", self.HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        expired = item.due < self._today()
        if role == self.NURSERY_ROLE:
            return item.nursery_id
        if role == Qt.ItemDataRole.ForegroundRole and expired:
            return QBrush(_EXPIRED)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        state = QCoreApplication.translate("DueTableModel", "已过期") if expired \
            else QCoreApplication.translate("DueTableModel", "将到期")
        if item.banned:
            what = QCoreApplication.translate("DueTableModel", "禁入人员在岗（{decision}）").format(decision=item.what)
            state = QCoreApplication.translate("DueTableModel", "须立即处理")
        else:
            what = shown(item.what)
        return (item.nursery_name, item.staff_name, what, item.due.isoformat(), state)[index.column()]
