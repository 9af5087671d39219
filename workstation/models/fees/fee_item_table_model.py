"""Fee items of one schedule as a table model (the schedule dialog's list, the page's current schedule)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from workstation.domain.enums import ServiceType
from workstation.domain.fees import FeeFinding, FeeItem, format_yuan
from workstation.i18n.labels import ui_label
from workstation.models.common.domain_text import finding_text

_Index = QModelIndex | QPersistentModelIndex
_NO_PARENT = QModelIndex()
WARN = QColor("#b00020")


class FeeItemTableModel(QAbstractTableModel):
    """Items grouped by service type in the order entered; rows over the cap are marked."""

    SERVICE, KIND, NAME, AMOUNT, UNIT, COVERS = range(6)
    COLUMN_COUNT = 6
    HEADERS = (
        QT_TRANSLATE_NOOP("FeeItemTableModel", "服务类型"), QT_TRANSLATE_NOOP("FeeItemTableModel", "类别"),
        QT_TRANSLATE_NOOP("FeeItemTableModel", "收费项目"), QT_TRANSLATE_NOOP("FeeItemTableModel", "金额（元）"),
        QT_TRANSLATE_NOOP("FeeItemTableModel", "计费单位"), QT_TRANSLATE_NOOP("FeeItemTableModel", "服务内容及说明"),
    )

    def __init__(self, items: Sequence[FeeItem] = (), parent=None) -> None:
        super().__init__(parent)
        self._items: list[FeeItem] = list(items)
        self._findings: dict[tuple[ServiceType, str], FeeFinding] = {}

    # --- editing --------------------------------------------------------------------------------

    def items(self) -> tuple[FeeItem, ...]:
        return tuple(self._items)

    def item_at(self, row: int) -> FeeItem:
        return self._items[row]

    def set_items(self, items: Sequence[FeeItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def add(self, item: FeeItem) -> int:
        """Insert after the last item of the same service type (so types stay together); returns the row."""
        same = [n for n, i in enumerate(self._items) if i.service_type is item.service_type]
        later = [n for n, i in enumerate(self._items) if _order(i) > _order(item)]
        row = same[-1] + 1 if same else (later[0] if later else len(self._items))
        self.beginInsertRows(_NO_PARENT, row, row)
        self._items.insert(row, item)
        self.endInsertRows()
        return row

    def replace(self, row: int, item: FeeItem) -> int:
        self.remove(row)
        return self.add(item)

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._items):
            self.beginRemoveRows(_NO_PARENT, row, row)
            del self._items[row]
            self.endRemoveRows()

    def set_findings(self, findings: Sequence[FeeFinding]) -> None:
        """Mark the items the cap check flags (by service type and item name)."""
        self._findings = {(f.service_type, f.item_name): f for f in findings if f.service_type is not None}
        if self._items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._items) - 1, self.COLUMN_COUNT - 1))

    # --- Qt model interface ---------------------------------------------------------------------

    def rowCount(self, parent: _Index = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = _NO_PARENT) -> int:
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < self.COLUMN_COUNT:
            return QCoreApplication.translate("FeeItemTableModel", self.HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item, column = self._items[index.row()], index.column()
        finding = self._findings.get((item.service_type, item.name))
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return finding_text(finding) if finding else None
        if role == Qt.ItemDataRole.ForegroundRole and finding is not None and column == self.AMOUNT:
            return QBrush(WARN)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column == self.AMOUNT else Qt.AlignmentFlag.AlignLeft
            return horizontal | Qt.AlignmentFlag.AlignVCenter
        return None

    def _display(self, item: FeeItem, column: int) -> str:
        values = (ui_label(item.service_type), ui_label(item.kind), item.name,
                  format_yuan(item.amount_fen), QCoreApplication.translate("FeeItemTableModel", "元/{unit}").format(
                      unit=ui_label(item.unit)), item.covers)
        return values[column]


def _order(item: FeeItem) -> int:
    return list(ServiceType).index(item.service_type)
