"""A read-only table of frozen rows with a sort role, the base of the staff area's two tables."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

_Index = QModelIndex | QPersistentModelIndex
_NO_PARENT = QModelIndex()
WARN = QColor("#b00020")
SOON = QColor("#a86400")  # runs out within the warning window


class RowsTableModel(QAbstractTableModel):
    SORT_ROLE = Qt.ItemDataRole.UserRole + 1
    ID_ROLE = Qt.ItemDataRole.UserRole + 2
    CONTEXT = ""
    HEADERS: tuple[str, ...] = ()

    def __init__(self, rows: Sequence[Any] = (), parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = list(rows)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.value(item, index.column())
            return "" if value is None else str(value)
        if role == self.SORT_ROLE:
            value = self.value(item, index.column())
            return "" if value is None else value if isinstance(value, int) else str(value)
        if role == self.ID_ROLE:
            return item.id
        if role == Qt.ItemDataRole.ForegroundRole and self.warned(item, index.column()):
            return QBrush(WARN)
        if role == Qt.ItemDataRole.ForegroundRole and self.soon(item, index.column()):
            return QBrush(SOON)
        return None

    def value(self, item: Any, column: int) -> Any:
        raise NotImplementedError

    def warned(self, item: Any, column: int) -> bool:
        return False

    def soon(self, item: Any, column: int) -> bool:
        return False


def sorting_proxy(source: RowsTableModel, parent=None) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSortRole(RowsTableModel.SORT_ROLE)
    proxy.setSourceModel(source)
    return proxy
