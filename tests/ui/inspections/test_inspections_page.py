"""The 监督检查 page: findings overdue first, roles, re-inspection, findings' report and escalation, templates."""

from __future__ import annotations

import datetime as dt

import pytest
from inspections_ui_support import (
    ADMIN,
    CLERK,
    DAY,
    INSPECTOR,
    add_nursery,
    make_page,
    png,
    record_with,
    services,
)
from PySide6.QtCore import Qt

from workstation.domain.enums import InspectingDeptKind as Dept
from workstation.domain.errors import PermissionDenied
from workstation.domain.inspections import (
    Escalation,
    InspectionKind,
    InspectionState,
    ItemResult,
    RectificationState,
    Severity,
)
from workstation.exports.inspections.draw import write_draw_pdf
from workstation.services.inspections.draws import RandomDrawService
from workstation.ui.inspections.draw_dialog import DrawDialog
from workstation.ui.inspections.home_counts import HomeInspectionCounts

R, RS = ItemResult, RectificationState
LEFT = Qt.MouseButton.LeftButton


def recorded(district, number: int, day: dt.date, failed: dict[str, ItemResult]):
    """An inspection of a new nursery recorded on `day` (deadlines count from that day)."""
    return record_with(services(district, today=day).inspections, add_nursery(district.factory, number), day, failed)


def texts(view, column: int) -> list[str]:
    model = view.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_open_findings_overdue_first_marked_and_opened_by_enter(qtbot, district):
    recent = recorded(district, 1, DAY - dt.timedelta(days=1), {"XF-04": R.FAIL, "XF-03": R.PARTIAL})
    oldest = recorded(district, 2, dt.date(2025, 7, 1), {"XF-02": R.FAIL})
    older = recorded(district, 3, dt.date(2025, 8, 1), {"XF-07": R.FAIL})
    page = make_page(qtbot, district)
    table = page.ui.findingsTable
    assert texts(table, 2) == ["XF-02", "XF-07", "XF-03", "XF-04"]  # longest overdue first, then by deadline
    assert texts(table, 0)[:2] == [oldest.nursery_name, older.nursery_name]
    late, on_time = table.model().index(0, 5), table.model().index(2, 5)
    days = (DAY - oldest.findings[0].deadline).days
    assert late.data() == f"逾期 {days} 天" and on_time.data() == "已下达整改"
    assert late.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b00000"
    assert late.data(Qt.ItemDataRole.FontRole).bold()
    assert on_time.data(Qt.ItemDataRole.ForegroundRole) is None and on_time.data(Qt.ItemDataRole.FontRole) is None
    assert page.ui.countsLabel.text() == "本周到期整改 0 项 · 逾期 2 项"

    table.setFocus()
    table.setCurrentIndex(table.model().index(1, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    dialog = page.finding_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.view.id == older.findings[0].id and dialog.view.code == "XF-07"
    assert "逾期" in dialog.ui.stateValue.text()
    with qtbot.waitSignal(page.nursery_requested) as requested:
        qtbot.mouseClick(dialog.ui.nurseryButton, LEFT)
    assert requested.args == [older.nursery_id]
    assert recent.findings  # kept for the order above


def test_clerk_sees_no_edit_buttons_and_the_service_refuses(qtbot, district):
    done = recorded(district, 1, DAY, {"XF-02": R.FAIL})
    page = make_page(qtbot, district, CLERK)
    for button in (page.ui.newButton, page.ui.recheckButton, page.ui.templatesButton, page.ui.drawButton):
        assert button.isHidden(), button.objectName()
    assert not page.ui.refreshButton.isHidden() and page.findings.rowCount() == 1
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.new_dialog is None
    with pytest.raises(PermissionDenied):
        services(district, CLERK).inspections.start(done.nursery_id, DAY, InspectionKind.ROUTINE, [Dept.FIRE],
                                                    ["王登记"], ["fire"])
    finding = page.open_finding(done.findings[0].id)
    assert finding.ui.reportGroup.isHidden() and finding.ui.escalateGroup.isHidden()


def test_a_clerk_reads_a_checklist_but_cannot_enter_results(qtbot, district):
    svc = services(district).inspections
    started = svc.start(add_nursery(district.factory, 1), DAY, InspectionKind.ROUTINE, [Dept.FIRE], ["赵检查"],
                        ["fire"])
    page = make_page(qtbot, district, CLERK)
    checklist = page.open_inspection(started.id)
    assert checklist.ui.saveButton.isHidden() and checklist.ui.recordButton.isHidden()
    qtbot.keyClick(checklist.ui.itemsTable, Qt.Key.Key_3)
    assert checklist.table.lines[0].result is None and not checklist.save_draft()


def test_reinspection_opens_with_exactly_the_open_findings(qtbot, district):
    first = recorded(district, 1, DAY - dt.timedelta(days=20), {"XF-02": R.FAIL, "XF-05": R.PARTIAL})
    page = make_page(qtbot, district)
    page.ask_inspectors = lambda default: f"{default}、周检查"
    page.ui.tabs.setCurrentWidget(page.ui.mineTab)
    page.ui.mineTable.setCurrentIndex(page.mine.index(0, 0))
    qtbot.mouseClick(page.ui.recheckButton, LEFT)
    checklist = page.checklist
    view = checklist.view
    assert view.kind is InspectionKind.RECHECK and view.previous_inspection_id == first.id
    assert view.inspectors == ("赵检查", "周检查") and view.inspected_on == DAY
    assert [(i.code, i.carried, i.finding_id) for i in view.items] == [
        (f.code, True, f.id) for f in first.findings]
    assert texts(checklist.ui.itemsTable, 0) == ["XF-02（复查）", "XF-05（复查）"]

    qtbot.keyClick(checklist.ui.itemsTable, Qt.Key.Key_1)   # XF-02 rectified
    qtbot.keyClick(checklist.ui.itemsTable, Qt.Key.Key_3)   # XF-05 still not
    assert checklist.record()
    states = {f.code: (f.state, f.reissue_count) for f in checklist.view.findings}
    assert states == {"XF-02": (RS.CLOSED, 0), "XF-05": (RS.ISSUED, 1)}
    assert checklist.view.notice_no and checklist.ui.pdfButton.isEnabled()

    # From the findings list: the next 复查 carries only what is still open.
    page.ui.tabs.setCurrentWidget(page.ui.findingsTab)
    assert texts(page.ui.findingsTable, 2) == ["XF-05"] and texts(page.ui.findingsTable, 6) == ["1"]
    page.ui.findingsTable.setCurrentIndex(page.findings.index(0, 0))
    again = page.recheck()
    assert [i.code for i in again.view.items] == ["XF-05"]


def test_report_and_escalate_a_finding_through_its_dialog(qtbot, district, type_text, tmp_path):
    late = recorded(district, 1, dt.date(2025, 7, 1), {"XF-02": R.FAIL, "XF-03": R.FAIL})
    current = recorded(district, 2, DAY, {"XF-04": R.FAIL})
    page = make_page(qtbot, district)
    by_code = {f.code: f.id for f in late.findings}

    dialog = page.open_finding(by_code["XF-02"])
    assert dialog.ui.escalateButton.isEnabled()
    dialog.choose_files = lambda: [str(png(tmp_path / "现场照片.png"))]
    type_text(dialog.ui.reportTextEdit, "已更换灭火器并补充台账")
    qtbot.mouseClick(dialog.ui.addEvidenceButton, LEFT)
    assert dialog.ui.evidenceList.count() == 1
    qtbot.mouseClick(dialog.ui.reportButton, LEFT)
    assert dialog.ui.errorLabel.isHidden(), dialog.ui.errorLabel.text()
    assert dialog.view.state is RS.SUBMITTED and dialog.view.reported_on == DAY
    assert dialog.ui.reportsTable.rowCount() == 1 and dialog.ui.reportsTable.item(0, 2).text() == "现场照片.png"
    assert dialog.view.reports[0].text == "已更换灭火器并补充台账" and not dialog.ui.escalateButton.isEnabled()
    assert dialog.ui.evidenceList.count() == 0 and dialog.ui.reportTextEdit.toPlainText() == ""

    dialog = page.open_finding(by_code["XF-03"])
    dialog.ui.escalationCombo.setCurrentIndex(dialog.ui.escalationCombo.findData(Escalation.REFER.value))
    type_text(dialog.ui.escalateNoteEdit, "逾期拒不整改")
    qtbot.mouseClick(dialog.ui.escalateButton, LEFT)
    assert dialog.view.state is RS.ESCALATED and dialog.view.escalation is Escalation.REFER
    assert "移送执法" in dialog.ui.escalatedValue.text() and "逾期拒不整改" in dialog.ui.escalatedValue.text()
    assert dialog.ui.reportGroup.isHidden() and dialog.ui.escalateGroup.isHidden()
    assert texts(page.ui.findingsTable, 2) == ["XF-02", "XF-04"]  # the escalated one left the list
    assert "已报告整改" in texts(page.ui.findingsTable, 5)[0]

    dialog = page.open_finding(current.findings[0].id)
    assert not dialog.ui.escalateButton.isEnabled()  # not overdue: nothing to escalate yet
    assert services(district).inspections.inspection(late.id).state is InspectionState.RECTIFICATION_REQUIRED


def test_template_edit_makes_a_new_version_and_shows_the_history(qtbot, district, type_text):
    services(district).templates.ensure_seeded()
    svc = services(district).inspections
    before = svc.start(add_nursery(district.factory, 1), DAY, InspectionKind.ROUTINE, [Dept.FIRE], ["赵检查"], ["fire"])
    page = make_page(qtbot, district, ADMIN)
    assert not page.ui.templatesButton.isHidden()
    qtbot.mouseClick(page.ui.templatesButton, LEFT)
    dialog = page.template_dialog
    dialog.ui.templateCombo.setCurrentIndex(dialog.ui.templateCombo.findData("fire"))
    table = dialog.ui.itemsTable
    assert table.rowCount() == 7 and dialog.ui.historyTable.rowCount() == 1

    qtbot.mouseClick(dialog.ui.saveButton, LEFT)  # no reason: refused, nothing saved
    assert "原因" in dialog.ui.errorLabel.text() and dialog.ui.historyTable.rowCount() == 1

    qtbot.mouseClick(dialog.ui.addButton, LEFT)
    row = table.currentRow()
    table.item(row, dialog.CODE).setText("XF-08")
    table.item(row, dialog.TEXT).setText("厨房燃气报警装置完好")
    table.cellWidget(row, dialog.SEVERITY).setCurrentIndex(1)
    table.setCurrentCell(row, 0)
    qtbot.mouseClick(dialog.ui.upButton, LEFT)
    type_text(dialog.ui.reasonEdit, "增加燃气报警检查")
    qtbot.mouseClick(dialog.ui.saveButton, LEFT)

    versions = services(district).templates.versions("fire")
    assert [v.revision for v in versions] == [2, 1] and versions[0].edit_reason == "增加燃气报警检查"
    assert [i.code for i in versions[0].items][-2:] == ["XF-08", "XF-07"]
    assert versions[0].items[-2].severity is Severity.SERIOUS and len(versions[1].items) == 7
    assert dialog.ui.historyTable.rowCount() == 2 and dialog.ui.historyTable.item(0, 0).text() == "2（当前）"
    assert "第2版" in dialog.ui.statusLabel.text() and table.rowCount() == 8
    assert len(svc.inspection(before.id).items) == 7  # an inspection already started keeps its lines


def test_draw_dialog_opens_from_the_page(qtbot, district):
    page = make_page(qtbot, district, draw=lambda: RandomDrawService(district.factory, INSPECTOR, write_draw_pdf))
    qtbot.mouseClick(page.ui.drawButton, LEFT)
    assert isinstance(page.draw_dialog, DrawDialog) and page.draw_dialog.isVisible()


def test_home_counts_say_due_this_week_and_overdue(qtbot, district):
    recorded(district, 1, dt.date(2025, 7, 1), {"XF-02": R.FAIL})
    widget = HomeInspectionCounts(services(district, today=dt.date(2025, 10, 20)).queues.home_counts)
    qtbot.addWidget(widget)
    recorded(district, 3, DAY, {"XF-04": R.FAIL})   # due 2025-10-23, in the week of 2025-10-20
    widget.refresh()
    assert "本周到期整改 1 项" in widget.label.text() and "逾期未整改 1 项" in widget.label.text()
    with qtbot.waitSignal(widget.open_requested):
        widget.label.linkActivated.emit("inspections")
