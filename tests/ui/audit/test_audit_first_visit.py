"""Building the audit tab (系统设置's first visit) fits its columns to a screenful of rows, not to
every row of the first page read (Qt measures them all while the tab is not shown yet)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from test_audit_viewer import MANAGER, trail  # noqa: F401 (fixture)

from workstation.models.audit.audit_table_model import AuditTableModel
from workstation.services.audit.service import AuditService
from workstation.ui.audit import audit_page
from workstation.ui.common.list_views import SIZING_ROWS


class CountingModel(AuditTableModel):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.shown_rows: set[int] = set()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            self.shown_rows.add(index.row())
        return super().data(index, role)


def test_building_the_audit_page_reads_a_screenful_of_rows(qtbot, trail, monkeypatch):  # noqa: F811
    monkeypatch.setattr(audit_page, "AuditTableModel", CountingModel)
    page = audit_page.AuditPage(AuditService(trail.factory, MANAGER))  # built before it is shown
    qtbot.addWidget(page)

    assert page.model.rowCount() == AuditTableModel.PAGE
    assert max(page.model.shown_rows) < SIZING_ROWS
