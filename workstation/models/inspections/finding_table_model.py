"""The open findings (整改事项) of the 监督检查 page: overdue first, a page at a time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from workstation.domain.enums import InspectingDeptKind
from workstation.domain.inspections import RectificationState
from workstation.i18n.labels import ui_label
from workstation.models.common import column_samples as samples
from workstation.models.common.paged_table_model import PagedSource, PagedTableModel
from workstation.services.inspections import FindingQuery, FindingRow, InspectionQueues

DueText = Callable[[dt.date | None, bool], str]  # the interface's way of showing a (provisional) deadline
# A sample provisional deadline, for sizing the deadline columns to the date and its compact mark.
SAMPLE_DAY = dt.date.fromisoformat(samples.DATE)

OVERDUE = QColor("#b00000")


class FindingTableModel(PagedTableModel):
    NAME, DEPARTMENT, CODE, TEXT, DEADLINE, STATE, REISSUES, NOTICE, RECHECK = range(9)
    CONTEXT = "FindingTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("FindingTableModel", "机构名称"), QT_TRANSLATE_NOOP("FindingTableModel", "检查部门"),
        QT_TRANSLATE_NOOP("FindingTableModel", "编号"), QT_TRANSLATE_NOOP("FindingTableModel", "检查项目"),
        QT_TRANSLATE_NOOP("FindingTableModel", "整改期限"), QT_TRANSLATE_NOOP("FindingTableModel", "状态"),
        QT_TRANSLATE_NOOP("FindingTableModel", "重新限期"), QT_TRANSLATE_NOOP("FindingTableModel", "整改通知书"),
        QT_TRANSLATE_NOOP("FindingTableModel", "复查期限"),
    )
    # 复查期限 follows the deadline on the working-day calendar (earlier when reported): computed, not stored.
    SORT_KEYS = ("nursery", "department", "code", "text", "deadline", "state", "reissues", "notice", None)

    def __init__(self, queues: InspectionQueues, due_text: DueText, parent=None, *,
                 due_tip: DueText | None = None) -> None:
        """`due_text` shows a deadline in its cell (compact, ui/common/due_dates.due_cell), `due_tip` in
        its tooltip (the provisional mark explained)."""
        super().__init__(PagedSource(queues.findings_first_page, queues.findings_page), FindingQuery(), parent)
        self._due_text, self._due_tip = due_text, due_tip

    def display(self, row: FindingRow, column: int) -> str:
        if column == self.STATE:
            if row.overdue:
                return QCoreApplication.translate("FindingTableModel", "逾期 {days} 天").format(days=row.days_overdue)
            return ui_label(row.state)
        if column == self.RECHECK:
            due = self._due_text(row.recheck_due, row.recheck_due_provisional)
            if row.recheck_overdue:
                return QCoreApplication.translate("FindingTableModel", "{due}（复查已逾期）").format(due=due)
            return due
        values = (row.nursery_name, ui_label(row.department), row.code, row.text,
                  self._due_text(row.deadline, row.deadline_provisional), None, str(row.reissue_count), row.notice_no)
        return values[column]

    def tooltip(self, row: FindingRow, column: int) -> str | None:
        if self._due_tip is None:
            return None
        if column == self.DEADLINE and row.deadline_provisional:
            return self._due_tip(row.deadline, True)
        if column == self.RECHECK and row.recheck_due_provisional:
            return self._due_tip(row.recheck_due, True)
        return None

    def column_samples(self, column: int) -> tuple[str, ...] | None:
        if column == self.DEPARTMENT:
            return samples.labels(InspectingDeptKind)
        if column == self.STATE:
            return (*samples.labels(RectificationState),
                    QCoreApplication.translate("FindingTableModel", "逾期 {days} 天").format(days=9999))
        if column == self.DEADLINE:  # the date whole, with its compact mark when provisional
            return (samples.DATE, self._due_text(SAMPLE_DAY, True))
        if column == self.RECHECK:
            return (QCoreApplication.translate("FindingTableModel", "{due}（复查已逾期）").format(
                due=self._due_text(SAMPLE_DAY, True)),)
        return None

    def decoration(self, row: FindingRow, role: int):
        if not (row.overdue or row.recheck_overdue):
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(OVERDUE)
        font = QFont()
        font.setBold(True)
        return font
