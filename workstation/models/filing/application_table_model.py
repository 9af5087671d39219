"""The 备案管理 list of applications (latest submitted first, filtered in SQL), a page at a time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP

from workstation.domain.filing import FilingKind, FilingState
from workstation.i18n.labels import ui_label
from workstation.models.common import column_samples as samples
from workstation.models.common.paged_table_model import PagedSource, PagedTableModel
from workstation.services.filing import ApplicationQuery, ApplicationRow, FilingService

DueText = Callable[[dt.date | None, bool], str]  # the interface's way of showing a (provisional) deadline


class ApplicationTableModel(PagedTableModel):
    NAME, USCC, KIND, STATE, SUBMITTED, DUE, RECEIPT = range(7)
    CONTEXT = "ApplicationTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ApplicationTableModel", "机构名称"),
        QT_TRANSLATE_NOOP("ApplicationTableModel", "统一社会信用代码"),
        QT_TRANSLATE_NOOP("ApplicationTableModel", "类型"),
        QT_TRANSLATE_NOOP("ApplicationTableModel", "状态"),
        QT_TRANSLATE_NOOP("ApplicationTableModel", "提交日期"),
        QT_TRANSLATE_NOOP("ApplicationTableModel", "回执期限"),
        QT_TRANSLATE_NOOP("ApplicationTableModel", "回执编号"),
    )
    SORT_KEYS = ("nursery", "uscc", "kind", "state", "submitted", "due", "receipt")
    # The list opens sorted by a column it shows (提交日期, latest first; along ix_filing_application_submitted_on),
    # so the header's sort indicator says what the order is: the service's default ("newest", the id) has no column.
    START_QUERY = ApplicationQuery(sort_key="submitted", descending=True)

    def __init__(self, service: FilingService, due_text: DueText, parent=None) -> None:
        super().__init__(PagedSource(service.applications_first_page, service.applications_page),
                         self.START_QUERY, parent)
        self._due_text = due_text

    def display(self, row: ApplicationRow, column: int) -> str:
        values = (row.nursery_name, row.uscc, ui_label(row.kind), ui_label(row.state),
                  row.submitted_on.isoformat() if row.submitted_on else "",
                  self._due_text(row.due_on, row.due_provisional), row.receipt_no or "")
        return values[column]

    def column_samples(self, column: int) -> tuple[str, ...] | None:
        if column == self.KIND:
            return samples.labels(FilingKind)
        if column == self.STATE:
            return samples.labels(FilingState)
        if column in (self.SUBMITTED, self.DUE):  # a provisional mark is elided (its tooltip shows it)
            return (samples.DATE,)
        return None
