"""Per-street figures of the home page as a read-only table model."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from workstation.services.home import StreetFigures

_Index = QModelIndex | QPersistentModelIndex
_NO_PARENT = QModelIndex()


class StreetFiguresTableModel(QAbstractTableModel):
    """One row per street; numbers are right-aligned and sort numerically via SORT_ROLE."""

    NAME, CODE, NURSERIES, NOT_FILED, PLACES, INCLUSIVE = range(6)
    COLUMN_COUNT = 6
    SORT_ROLE = Qt.ItemDataRole.UserRole + 1

    HEADERS = (
        QT_TRANSLATE_NOOP("StreetFiguresTableModel", "街道（乡镇）"),
        QT_TRANSLATE_NOOP("StreetFiguresTableModel", "区划代码"),
        QT_TRANSLATE_NOOP("StreetFiguresTableModel", "机构数"),
        QT_TRANSLATE_NOOP("StreetFiguresTableModel", "已登记未备案"),
        QT_TRANSLATE_NOOP("StreetFiguresTableModel", "托位数"),
        QT_TRANSLATE_NOOP("StreetFiguresTableModel", "普惠托位数"),
    )
    _NUMERIC = frozenset({NURSERIES, NOT_FILED, PLACES, INCLUSIVE})

    def __init__(self, rows: Sequence[StreetFigures] = (), parent=None) -> None:
        super().__init__(parent)
        self._rows: list[StreetFigures] = list(rows)

    def set_rows(self, rows: Sequence[StreetFigures]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> StreetFigures:
        return self._rows[row]

    def rowCount(self, parent: _Index = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _NO_PARENT) -> int:
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("StreetFiguresTableModel", self.HEADERS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(section)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        value = self._value(self._rows[index.row()], index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{value:,}" if index.column() in self._NUMERIC else value
        if role == self.SORT_ROLE:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(index.column())
        return None

    def _value(self, row: StreetFigures, column: int) -> str | int:
        return (
            row.street_name,
            row.street_code,
            row.nurseries,
            row.registered_not_filed,
            row.places_total,
            row.places_inclusive,
        )[column]

    def _alignment(self, column: int) -> Qt.AlignmentFlag:
        horizontal = Qt.AlignmentFlag.AlignRight if column in self._NUMERIC else Qt.AlignmentFlag.AlignLeft
        return horizontal | Qt.AlignmentFlag.AlignVCenter


def sorting_proxy(source: StreetFiguresTableModel, parent=None) -> QSortFilterProxyModel:
    """A proxy that sorts by the raw values (numbers as numbers) of `source`."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSortRole(StreetFiguresTableModel.SORT_ROLE)
    proxy.setSourceModel(source)
    return proxy
