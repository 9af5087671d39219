"""One month of the working-day calendar as a 6 × 7 grid (Monday first), read-only."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from workstation.domain.workdays import DaySource, DayType
from workstation.i18n.labels import ui_label
from workstation.services.calendar import DayView

_Index = QModelIndex | QPersistentModelIndex
_NO_PARENT = QModelIndex()

COLOURS = {DayType.WORKDAY: "#ffffff", DayType.WEEKEND: "#e8e8e8", DayType.HOLIDAY: "#f8c8c8",
           DayType.MAKEUP: "#c8dcf8"}


class CalendarMonthTableModel(QAbstractTableModel):
    """Cells hold the day number; DAY_ROLE gives the date, the tooltip its type and source."""

    ROWS, COLUMNS = 6, 7
    DAY_ROLE = Qt.ItemDataRole.UserRole + 1
    WEEKDAYS = (
        QT_TRANSLATE_NOOP("CalendarMonthTableModel", "一"), QT_TRANSLATE_NOOP("CalendarMonthTableModel", "二"),
        QT_TRANSLATE_NOOP("CalendarMonthTableModel", "三"), QT_TRANSLATE_NOOP("CalendarMonthTableModel", "四"),
        QT_TRANSLATE_NOOP("CalendarMonthTableModel", "五"), QT_TRANSLATE_NOOP("CalendarMonthTableModel", "六"),
        QT_TRANSLATE_NOOP("CalendarMonthTableModel", "日"),
    )

    def __init__(self, year: int, month: int, days: Sequence[DayView] = (), parent=None) -> None:
        super().__init__(parent)
        self._year, self._month = year, month
        self._cells: list[DayView | None] = self._layout(days)

    def set_days(self, year: int, month: int, days: Sequence[DayView]) -> None:
        """Show `month` of `year`; `days` are the DayViews of that month (any order)."""
        self.beginResetModel()
        self._year, self._month = year, month
        self._cells = self._layout(days)
        self.endResetModel()

    def index_of(self, day: dt.date) -> QModelIndex:
        for n, cell in enumerate(self._cells):
            if cell is not None and cell.day == day:
                return self.index(n // self.COLUMNS, n % self.COLUMNS)
        return QModelIndex()

    def day_at(self, index: _Index) -> DayView | None:
        if not index.isValid():
            return None
        n = index.row() * self.COLUMNS + index.column()
        return self._cells[n] if 0 <= n < len(self._cells) else None

    def rowCount(self, parent: _Index = _NO_PARENT) -> int:
        return 0 if parent.isValid() else self.ROWS

    def columnCount(self, parent: _Index = _NO_PARENT) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if self.day_at(index) is None:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < self.COLUMNS:
            return None
        return QCoreApplication.translate("CalendarMonthTableModel", self.WEEKDAYS[section])

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        view = self.day_at(index)
        if view is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return str(view.day.day)
        if role == self.DAY_ROLE:
            return view.day
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(COLOURS[view.type]))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#000000"))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and (view.entry is not None or view.source is DaySource.ORDINARY):
            font = QFont()
            font.setBold(view.entry is not None)  # entered by an administrator
            font.setItalic(view.source is DaySource.ORDINARY)  # provisional: the year is unknown
            return font
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return describe(view)
        return None

    def _layout(self, days: Sequence[DayView]) -> list[DayView | None]:
        by_day = {d.day.day: d for d in days if d.day.month == self._month and d.day.year == self._year}
        first = dt.date(self._year, self._month, 1)
        cells: list[DayView | None] = [None] * first.weekday()
        cells += [by_day.get(n) for n in range(1, _month_length(self._year, self._month) + 1)]
        return cells + [None] * (self.ROWS * self.COLUMNS - len(cells))


def describe(view: DayView) -> str:
    """The day in one line: date, type, note and where it comes from."""
    parts = [view.day.isoformat(), ui_label(view.type)]
    if view.note:
        parts.append(view.note)
    source = ui_label(view.source)
    if view.entry is not None:
        source = QCoreApplication.translate("CalendarMonthTableModel", "录入：{source}（{who}）").format(
            source=view.entry.source + (f" {view.entry.source_date.isoformat()}" if view.entry.source_date else ""),
            who=view.entry.updated_by)
    parts.append(source)
    return " · ".join(parts)


def _month_length(year: int, month: int) -> int:
    following = dt.date(year + (month == 12), month % 12 + 1, 1)
    return (following - dt.timedelta(days=1)).day
