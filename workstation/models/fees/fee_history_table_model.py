"""A nursery's fee schedules, newest first, as a read-only table model."""

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
from PySide6.QtGui import QBrush, QColor

from workstation.i18n.labels import ui_label
from workstation.models.audit import actor_text
from workstation.services.fees import Schedule

_Index = QModelIndex | QPersistentModelIndex
_NO_PARENT = QModelIndex()
WARN = QColor("#b00020")


class FeeHistoryTableModel(QAbstractTableModel):
    """Period, number of items, publicity and who recorded each schedule."""

    PERIOD, ITEMS, PUBLICITY, RECORDED_BY = range(4)
    COLUMN_COUNT = 4
    HEADERS = (
        QT_TRANSLATE_NOOP("FeeHistoryTableModel", "执行期"), QT_TRANSLATE_NOOP("FeeHistoryTableModel", "收费项目"),
        QT_TRANSLATE_NOOP("FeeHistoryTableModel", "公示情况"), QT_TRANSLATE_NOOP("FeeHistoryTableModel", "登记人"),
    )

    def __init__(self, schedules: Sequence[Schedule] = (), parent=None, as_of: dt.date | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Schedule] = list(schedules)
        self._as_of = as_of or dt.date.today()

    def set_schedules(self, schedules: Sequence[Schedule], as_of: dt.date | None = None) -> None:
        """Show `schedules`; their periods read as on `as_of` (the page's day; default today)."""
        self.beginResetModel()
        self._rows = list(schedules)
        self._as_of = as_of or dt.date.today()
        self.endResetModel()

    def schedule_at(self, row: int) -> Schedule | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _NO_PARENT) -> int:
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < self.COLUMN_COUNT:
            return QCoreApplication.translate("FeeHistoryTableModel", self.HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        schedule = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(schedule, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.PUBLICITY and not schedule.publicity:
            return QBrush(WARN)
        return None

    def _display(self, schedule: Schedule, column: int) -> str:
        if column == self.PERIOD:
            period = schedule.period
            if period.start > self._as_of:  # recorded ahead of its effective date
                return QCoreApplication.translate("FeeHistoryTableModel", "{start} 起（尚未生效）").format(
                    start=period.start.isoformat())
            if period.end is None:
                return QCoreApplication.translate("FeeHistoryTableModel", "{start} 起至今").format(
                    start=period.start.isoformat())
            return QCoreApplication.translate("FeeHistoryTableModel", "{start} 至 {end}").format(
                start=period.start.isoformat(), end=period.end.isoformat())
        if column == self.ITEMS:
            return QCoreApplication.translate("FeeHistoryTableModel", "{count} 项").format(
                count=len(schedule.items))
        if column == self.PUBLICITY:
            return self._publicity(schedule)
        # the person's name, as other timelines show it; os:root as 命令行（操作系统用户 root）
        return actor_text(schedule.recorded_by, schedule.recorded_by_name)

    def _publicity(self, schedule: Schedule) -> str:
        if not schedule.publicity:
            return QCoreApplication.translate("FeeHistoryTableModel", "未公示")
        return "；".join(f"{p.publicised_on.isoformat()} {ui_label(p.channel)}" for p in schedule.publicity)
