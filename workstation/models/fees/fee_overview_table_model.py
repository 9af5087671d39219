"""The district's current fees (收费公示 list) as a table model, and the proxy that filters and sorts it."""

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
from PySide6.QtGui import QBrush, QColor

from workstation.domain.enums import ServiceType
from workstation.domain.fees import format_yuan
from workstation.i18n.labels import ui_label
from workstation.services.fees import CurrentFees

_Index = QModelIndex | QPersistentModelIndex
_NO_PARENT = QModelIndex()
WARN = QColor("#b00020")
WARN_BACKGROUND = QColor("#fde7e9")


class FeeOverviewTableModel(QAbstractTableModel):
    """One row per nursery: its fees in force per service type, the excess over the cap, publicity."""

    NAME, STREET, NATURE, INCLUSIVE, EFFECTIVE_FROM, FULL_DAY, HALF_DAY, HOURLY, TEMPORARY, OVER_CAP, PUBLICISED = (
        range(11))
    COLUMN_COUNT = 11
    SORT_ROLE = Qt.ItemDataRole.UserRole + 1
    ID_ROLE = Qt.ItemDataRole.UserRole + 2
    SERVICE_COLUMNS = {FULL_DAY: ServiceType.FULL_DAY, HALF_DAY: ServiceType.HALF_DAY,
                       HOURLY: ServiceType.HOURLY, TEMPORARY: ServiceType.TEMPORARY}
    HEADERS = (
        QT_TRANSLATE_NOOP("FeeOverviewTableModel", "机构名称"),
        QT_TRANSLATE_NOOP("FeeOverviewTableModel", "街道（乡镇）"),
        QT_TRANSLATE_NOOP("FeeOverviewTableModel", "法人性质"),
        QT_TRANSLATE_NOOP("FeeOverviewTableModel", "普惠性"),
        QT_TRANSLATE_NOOP("FeeOverviewTableModel", "执行日期"),
        QT_TRANSLATE_NOOP("FeeOverviewTableModel", "全日托"),
        QT_TRANSLATE_NOOP("FeeOverviewTableModel", "半日托"),
        QT_TRANSLATE_NOOP("FeeOverviewTableModel", "计时托"),
        QT_TRANSLATE_NOOP("FeeOverviewTableModel", "临时托"),
        QT_TRANSLATE_NOOP("FeeOverviewTableModel", "超指导价"),
        QT_TRANSLATE_NOOP("FeeOverviewTableModel", "公示"),
    )

    def __init__(self, rows: Sequence[CurrentFees] = (), parent=None) -> None:
        super().__init__(parent)
        self._rows: list[CurrentFees] = list(rows)

    def set_rows(self, rows: Sequence[CurrentFees]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> CurrentFees:
        return self._rows[row]

    def row_of(self, nursery_id: int) -> int | None:
        return next((n for n, r in enumerate(self._rows) if r.nursery_id == nursery_id), None)

    def rowCount(self, parent: _Index = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _NO_PARENT) -> int:
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < self.COLUMN_COUNT:
            return QCoreApplication.translate("FeeOverviewTableModel", self.HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        handlers = {Qt.ItemDataRole.DisplayRole: self._display, self.SORT_ROLE: self._sort_value,
                    Qt.ItemDataRole.ToolTipRole: self._tooltip, Qt.ItemDataRole.ForegroundRole: self._foreground,
                    Qt.ItemDataRole.BackgroundRole: self._background,
                    Qt.ItemDataRole.TextAlignmentRole: self._alignment}
        if role == self.ID_ROLE:
            return row.nursery_id
        handler = handlers.get(role)
        return handler(row, column) if handler else None

    # --- roles ----------------------------------------------------------------------------------

    def _display(self, row: CurrentFees, column: int) -> str:
        if column in self.SERVICE_COLUMNS:
            item = row.main_item(self.SERVICE_COLUMNS[column])
            return item.price_text if item else ""
        texts = {
            self.NAME: lambda: row.name, self.STREET: lambda: row.street,
            self.NATURE: lambda: ui_label(row.legal_nature),
            self.INCLUSIVE: lambda: QCoreApplication.translate("FeeOverviewTableModel", "普惠") if row.inclusive else "",
            self.EFFECTIVE_FROM: lambda: row.effective_from.isoformat() if row.effective_from
            else QCoreApplication.translate("FeeOverviewTableModel", "未登记"),
            self.OVER_CAP: lambda: QCoreApplication.translate("FeeOverviewTableModel", "超 {amount} 元").format(
                amount=format_yuan(row.excess_fen)) if row.over_cap else "",
            self.PUBLICISED: lambda: self._publicity_text(row),
        }
        return texts[column]()

    def _publicity_text(self, row: CurrentFees) -> str:
        if row.schedule_id is None:
            return ""
        if row.publicised:
            return QCoreApplication.translate("FeeOverviewTableModel", "已公示")
        return QCoreApplication.translate("FeeOverviewTableModel", "未公示")

    def _sort_value(self, row: CurrentFees, column: int):
        if column in self.SERVICE_COLUMNS:
            item = row.main_item(self.SERVICE_COLUMNS[column])
            return item.amount_fen if item else -1
        if column == self.EFFECTIVE_FROM:
            return row.effective_from.isoformat() if row.effective_from else ""
        if column == self.OVER_CAP:
            return row.excess_fen
        if column == self.PUBLICISED:
            return -1 if row.schedule_id is None else int(row.publicised)
        return self._display(row, column)

    def _tooltip(self, row: CurrentFees, column: int) -> str | None:
        if column in self.SERVICE_COLUMNS:
            service = self.SERVICE_COLUMNS[column]
            lines = [f"{i.name}：{i.price_text}" for i in row.items if i.service_type is service]
            return "\n".join(lines) or None
        if column in (self.OVER_CAP, self.PUBLICISED, self.NAME):
            return "\n".join(f.message for f in row.findings) or None
        return None

    def _flagged(self, row: CurrentFees, column: int) -> bool:
        if column == self.OVER_CAP:
            return bool(row.over_cap)
        if column == self.PUBLICISED:
            return row.schedule_id is not None and not row.publicised
        if column in self.SERVICE_COLUMNS:
            service = self.SERVICE_COLUMNS[column]
            return any(f.service_type is service for f in row.over_cap)
        return False

    def _foreground(self, row: CurrentFees, column: int):
        return QBrush(WARN) if self._flagged(row, column) else None

    def _background(self, row: CurrentFees, column: int):
        return QBrush(WARN_BACKGROUND) if self._flagged(row, column) else None

    def _alignment(self, row: CurrentFees, column: int):
        right = column in self.SERVICE_COLUMNS or column == self.OVER_CAP
        return (Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignVCenter


class FeeOverviewProxyModel(QSortFilterProxyModel):
    """Filters by name text and the two flags; sorts by the source's SORT_ROLE."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(FeeOverviewTableModel.SORT_ROLE)
        self._text = ""
        self._over_cap_only = False
        self._unpublicised_only = False

    def set_conditions(self, text: str, over_cap_only: bool, unpublicised_only: bool) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self._over_cap_only = over_cap_only
        self._unpublicised_only = unpublicised_only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, FeeOverviewTableModel)
        row = model.row_at(source_row)
        if self._text and self._text not in row.name.casefold() and self._text not in row.street.casefold():
            return False
        if self._over_cap_only and not row.over_cap:
            return False
        return not (self._unpublicised_only and (row.schedule_id is None or row.publicised))
