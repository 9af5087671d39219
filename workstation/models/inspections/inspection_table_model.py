"""The inspections the signed-in person opened or recorded (我的检查), newest first, a page at a time."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from workstation.domain.enums import InspectingDeptKind
from workstation.domain.inspections import InspectionKind, InspectionState, OverallResult
from workstation.i18n.labels import ui_label
from workstation.models.common import column_samples as samples
from workstation.models.common.paged_table_model import PagedSource, PagedTableModel
from workstation.services.inspections import InspectionQuery, InspectionQueues, InspectionRow


class InspectionTableModel(PagedTableModel):
    DATE, NAME, KIND, DEPARTMENTS, STATE, OVERALL, NOTICE = range(7)
    CONTEXT = "InspectionTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("InspectionTableModel", "检查日期"), QT_TRANSLATE_NOOP("InspectionTableModel", "机构名称"),
        QT_TRANSLATE_NOOP("InspectionTableModel", "检查类型"), QT_TRANSLATE_NOOP("InspectionTableModel", "检查部门"),
        QT_TRANSLATE_NOOP("InspectionTableModel", "状态"), QT_TRANSLATE_NOOP("InspectionTableModel", "结论"),
        QT_TRANSLATE_NOOP("InspectionTableModel", "整改通知书"),
    )
    SORT_KEYS = ("date", "nursery", "kind", "departments", "state", "overall", "notice")

    def __init__(self, queues: InspectionQueues, parent=None) -> None:
        super().__init__(PagedSource(queues.inspections_first_page, queues.inspections_page), InspectionQuery(),
                         parent)

    def display(self, row: InspectionRow, column: int) -> str:
        values = (row.inspected_on.isoformat(), row.nursery_name, ui_label(row.kind),
                  "、".join(ui_label(d) for d in row.departments), ui_label(row.state),
                  ui_label(row.overall) if row.overall else "——", row.notice_no or "")
        return values[column]

    def column_samples(self, column: int) -> tuple[str, ...] | None:
        """Every label of the enumeration columns, the widest date (the name and notice are free text)."""
        enums = {self.KIND: InspectionKind, self.DEPARTMENTS: InspectingDeptKind, self.STATE: InspectionState,
                 self.OVERALL: OverallResult}
        if column in enums:
            return samples.labels(enums[column])
        if column == self.DATE:
            return (samples.DATE,)
        return None
