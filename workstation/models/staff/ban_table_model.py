"""The lifetime ban list (禁入名单) as a table."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from workstation.models.staff.rows_model import RowsTableModel
from workstation.services.staff import BanRow

CONTEXT = "BanTableModel"


class BanTableModel(RowsTableModel):
    NAME, ID_NO, REASON, DECISION, DECIDED, AUTHORITY, STATE = range(7)
    CONTEXT = CONTEXT
    HEADERS = (
        QT_TRANSLATE_NOOP("BanTableModel", "姓名"), QT_TRANSLATE_NOOP("BanTableModel", "证件号码"),
        QT_TRANSLATE_NOOP("BanTableModel", "禁入事由"), QT_TRANSLATE_NOOP("BanTableModel", "决定书文号"),
        QT_TRANSLATE_NOOP("BanTableModel", "决定日期"), QT_TRANSLATE_NOOP("BanTableModel", "作出决定的机关"),
        QT_TRANSLATE_NOOP("BanTableModel", "状态"),
    )

    def value(self, item: BanRow, column: int):
        values = (item.name, item.id_no, item.reason, item.decision_no, item.decided_on.isoformat(), item.authority)
        if column < len(values):
            return values[column]
        if item.in_force:
            return QCoreApplication.translate("BanTableModel", "终身禁入")
        return QCoreApplication.translate("BanTableModel", "已于 {day} 解除（{decision}）").format(
            day=item.lifted_on.isoformat(), decision=item.lift_decision_no)

    def warned(self, item: BanRow, column: int) -> bool:
        return column == self.STATE and item.in_force
