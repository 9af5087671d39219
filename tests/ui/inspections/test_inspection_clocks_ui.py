"""The inspector sees the notice delivery and re-check clocks: overdue marked in the findings list and
the inspection's dialog; 登记送达 stops the delivery clock."""

from __future__ import annotations

import datetime as dt

from inspections_ui_support import DAY, INSPECTOR, add_nursery, make_page, record_with, services
from PySide6.QtCore import Qt

from workstation.domain.inspections import ItemResult
from workstation.ui.common.form_widgets import set_date


def test_findings_list_marks_a_reported_finding_whose_recheck_is_past_due(qtbot, database):
    svc = services(database, INSPECTOR, dt.date(2025, 10, 10)).inspections
    done = record_with(svc, add_nursery(database.factory, 1), DAY, {"XF-02": ItemResult.FAIL})
    svc.report_rectification(done.findings[0].id, dt.date(2025, 10, 10), "已更换灭火器")  # deadline 2025-10-23
    page = make_page(qtbot, database, today=dt.date(2025, 10, 14))
    model = page.ui.findingsTable.model()
    column = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())].index("复查期限")
    assert model.index(0, column).data() == "2025-10-14"  # Saturday 11 October is a make-up working day
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole) is None
    late = make_page(qtbot, database, today=dt.date(2025, 10, 15)).ui.findingsTable.model()
    assert late.index(0, column).data() == "2025-10-14（复查已逾期）"
    assert late.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()  # marked although the deadline has not passed


def test_the_inspection_dialog_shows_the_notice_overdue_until_delivery_is_recorded(qtbot, database):
    svc = services(database, INSPECTOR, DAY).inspections
    done = record_with(svc, add_nursery(database.factory, 1), DAY, {"XF-02": ItemResult.FAIL})
    page = make_page(qtbot, database, today=dt.date(2025, 10, 9))
    page.open_inspection(done.id)
    dialog = page.checklist
    ui = dialog.ui
    assert ui.deliveryLabel.text() == "整改通知书逾期未送达：应于 2025-09-30 前送达。"
    assert "#b00000" in ui.deliveryLabel.styleSheet()
    assert ui.deliveryButton.isVisibleTo(dialog)
    set_date(ui.deliveryDateEdit, dt.date(2025, 9, 25))
    qtbot.mouseClick(ui.deliveryButton, Qt.MouseButton.LeftButton)
    assert "早于检查日期" in ui.errorLabel.text()
    set_date(ui.deliveryDateEdit, dt.date(2025, 9, 29))
    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(ui.deliveryButton, Qt.MouseButton.LeftButton)
    assert ui.deliveryLabel.text() == "整改通知书已于 2025-09-29 送达（送达期限 2025-09-30）。"
    assert not ui.deliveryButton.isVisibleTo(dialog) and ui.errorLabel.text() == ""
