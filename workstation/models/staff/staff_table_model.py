"""A nursery's roster (人员) as a table: employed and departed staff, ID numbers as the service gave them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from workstation.i18n.labels import ui_label
from workstation.models.staff.rows_model import RowsTableModel
from workstation.services.staff import StaffRow

CONTEXT = "StaffTableModel"


class StaffTableModel(RowsTableModel):
    NAME, ROLE, EMPLOYMENT, ID_NO, HIRED, CREDENTIAL, HEALTH, BACKGROUND, STATE = range(9)
    SOON_DAYS = 30  # the home queue's window
    CONTEXT = CONTEXT
    HEADERS = (
        QT_TRANSLATE_NOOP("StaffTableModel", "姓名"), QT_TRANSLATE_NOOP("StaffTableModel", "岗位"),
        QT_TRANSLATE_NOOP("StaffTableModel", "用工方式"), QT_TRANSLATE_NOOP("StaffTableModel", "证件号码"),
        QT_TRANSLATE_NOOP("StaffTableModel", "入职日期"), QT_TRANSLATE_NOOP("StaffTableModel", "证书最早到期"),
        QT_TRANSLATE_NOOP("StaffTableModel", "健康合格证有效期至"),
        QT_TRANSLATE_NOOP("StaffTableModel", "下次违法犯罪记录查询"), QT_TRANSLATE_NOOP("StaffTableModel", "状态"),
    )

    def __init__(self, rows=(), parent=None, today: dt.date | None = None) -> None:
        super().__init__(rows, parent)
        self.today = today or dt.date.today()

    def value(self, item: StaffRow, column: int):
        if column == self.NAME:
            return item.name
        if column == self.ROLE:
            return ui_label(item.role)
        if column == self.EMPLOYMENT:
            return ui_label(item.employment)
        if column == self.ID_NO:
            return item.id_no
        if column == self.HIRED:
            return item.hired_on.isoformat()
        if column == self.CREDENTIAL:
            return item.credential_due.isoformat() if item.credential_due else ""
        if column == self.HEALTH:
            return item.health_valid_until.isoformat() if item.health_valid_until else \
                QCoreApplication.translate("StaffTableModel", "无")
        if column == self.BACKGROUND:
            return item.background_next_due.isoformat() if item.background_next_due else \
                QCoreApplication.translate("StaffTableModel", "未查询")
        if item.left_on is None:
            return QCoreApplication.translate("StaffTableModel", "在岗")
        return QCoreApplication.translate("StaffTableModel", "{day} 离职").format(day=item.left_on.isoformat())

    def warned(self, item: StaffRow, column: int) -> bool:
        if item.left_on is not None:
            return False
        if column == self.CREDENTIAL:
            return item.credential_due is not None and item.credential_due < self.today
        if column == self.HEALTH:
            return item.health_valid_until is None or item.health_valid_until < self.today
        if column == self.BACKGROUND:
            return item.background_next_due is None or item.background_next_due < self.today
        return False

    def soon(self, item: StaffRow, column: int) -> bool:
        """A certificate or health certificate running out within SOON_DAYS (amber; red once expired)."""
        if item.left_on is not None:
            return False
        day = {self.CREDENTIAL: item.credential_due, self.HEALTH: item.health_valid_until}.get(column)
        return day is not None and self.today <= day <= self.today + dt.timedelta(days=self.SOON_DAYS)
