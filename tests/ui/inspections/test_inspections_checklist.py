"""The checklist dialog's guards: drafts, missing results, stale saves, conclusion and escalation, closing."""

from __future__ import annotations

import pytest
from inspections_ui_support import DAY, add_nursery, make_page, png, services
from PySide6.QtCore import QDate, Qt

from workstation.domain.enums import InspectingDeptKind as Dept
from workstation.domain.inspections import (
    Escalation,
    InspectionKind,
    InspectionState,
    ItemResult,
    OverallResult,
)
from workstation.services.inspections.dto import ItemEntry
from workstation.ui.common.prompts import Unsaved

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def opened(qtbot, district):
    """A fire inspection started through the service and opened in the page's checklist."""
    svc = services(district).inspections
    started = svc.start(add_nursery(district.factory, 1), DAY, InspectionKind.ROUTINE, [Dept.FIRE], ["赵检查"], ["fire"])
    page = make_page(qtbot, district)
    checklist = page.open_inspection(started.id)
    checklist.show_error = lambda message: pytest.fail(f"unexpected message: {message}")
    checklist.confirm = lambda title, text: pytest.fail(f"unexpected question: {text}")
    return svc, page, checklist


def test_a_draft_is_saved_and_shown_again(qtbot, opened):
    svc, page, checklist = opened
    table = checklist.ui.itemsTable
    for k in (K.Key_1, K.Key_3, K.Key_2):
        qtbot.keyClick(table, k)
    qtbot.keyClick(table, K.Key_S, CTRL)
    stored = svc.inspection(checklist.view.id)
    assert [i.result for i in stored.items[:4]] == [ItemResult.PASS, ItemResult.FAIL, ItemResult.PARTIAL, None]
    assert stored.state is InspectionState.IN_PROGRESS and stored.findings == ()
    again = page.open_inspection(stored.id)
    assert [line.result for line in again.table.lines[:3]] == [ItemResult.PASS, ItemResult.FAIL, ItemResult.PARTIAL]
    assert again.ui.progressLabel.text() == "已填 3/7 项"


def test_photos_are_attached_to_the_current_item(qtbot, opened, tmp_path):
    svc, _page, checklist = opened
    checklist.table.go_to(1)
    checklist.choose_photos = lambda: [str(png(tmp_path / "出口堵塞.png"))]
    qtbot.mouseClick(checklist.ui.photoButton, Qt.MouseButton.LeftButton)
    assert checklist.ui.photoLabel.text() == "照片 1 张" and "〔照片1张〕" in checklist.ui.itemsTable.item(1, 5).text()
    assert checklist.save_draft()
    stored = svc.inspection(checklist.view.id).items
    assert len(stored[1].photos) == 1 and len(stored[1].photos[0]) == 64 and stored[0].photos == ()


def test_recording_with_missing_results_points_at_the_first_one(qtbot, opened):
    svc, _page, checklist = opened
    table = checklist.ui.itemsTable
    for _ in range(3):
        qtbot.keyClick(table, K.Key_1)
    checklist.table.go_to(0)
    assert not checklist.record()
    assert "还有4个检查项目未填写结果" in checklist.ui.errorLabel.text()
    assert checklist.table.current_row() == 3 and checklist.table.filled() == 3  # nothing typed was lost
    assert svc.inspection(checklist.view.id).state is InspectionState.IN_PROGRESS


def test_a_stale_save_shows_the_message_and_offers_to_reload(qtbot, opened):
    svc, _page, checklist = opened
    view = checklist.view
    svc.save_results(view.id, [ItemEntry(view.items[0].id, ItemResult.NA, "另一窗口")], view.version)
    qtbot.keyClick(checklist.ui.itemsTable, K.Key_1)
    shown, asked = [], []
    checklist.show_error = shown.append
    checklist.confirm = lambda title, text: asked.append(text) or True
    assert not checklist.save_draft()
    assert len(shown) == 1 and "请重新打开" in shown[0] and len(asked) == 1
    assert checklist.view.version > view.version  # reloaded
    assert checklist.table.lines[0].result is ItemResult.NA and checklist.table.lines[0].note == "另一窗口"


def test_the_conclusion_follows_the_items_and_escalation_needs_unqualified(qtbot, opened):
    svc, _page, checklist = opened
    table, ui = checklist.ui.itemsTable, checklist.ui
    qtbot.keyClick(table, K.Key_N)                    # XF-01 (serious) 不符合
    for _ in range(6):
        qtbot.keyClick(table, K.Key_Y)
    assert "建议：不合格" in ui.overallCombo.itemText(0) and ui.escalationCombo.isEnabled()
    ui.overallCombo.setCurrentIndex(ui.overallCombo.findData(OverallResult.RECTIFY.value))
    assert not ui.escalationCombo.isEnabled() and checklist.escalation() is None
    ui.overallCombo.setCurrentIndex(0)
    ui.escalationCombo.setCurrentIndex(ui.escalationCombo.findData(Escalation.SUSPEND.value))
    assert checklist.record()
    done = svc.inspection(checklist.view.id)
    assert done.state is InspectionState.ESCALATED and done.escalation is Escalation.SUSPEND
    assert done.overall is OverallResult.UNQUALIFIED
    assert checklist.ui.saveButton.isHidden() and not checklist.ui.noteEdit.isEnabled()  # recorded: read-only


def test_a_draft_keeps_every_field_the_dialog_shows(qtbot, opened, type_text, tmp_path):
    svc, page, checklist = opened
    ui = checklist.ui
    qtbot.keyClick(ui.itemsTable, K.Key_N)            # XF-01 (serious) 不符合
    for _ in range(6):
        qtbot.keyClick(ui.itemsTable, K.Key_Y)
    checklist.table.go_to(0)
    qtbot.keyClick(ui.itemsTable, K.Key_Tab)
    type_text(ui.noteEdit, "安全出口堵塞")
    qtbot.keyClick(ui.noteEdit, K.Key_Return)
    checklist.choose_photos = lambda: [str(png(tmp_path / "出口.png"))]
    qtbot.mouseClick(ui.photoButton, Qt.MouseButton.LeftButton)
    ui.overallCombo.setCurrentIndex(ui.overallCombo.findData(OverallResult.UNQUALIFIED.value))
    ui.escalationCombo.setCurrentIndex(ui.escalationCombo.findData(Escalation.REFER.value))
    ui.inspectorsSignEdit.clear()
    type_text(ui.inspectorsSignEdit, "赵检查、周检查")
    ui.inspectorsDateEdit.setDate(QDate(2025, 9, 27))
    type_text(ui.representativeEdit, "钱园长")
    ui.representativeDateEdit.setDate(QDate(2025, 9, 28))
    type_text(ui.notesEdit, "园长外出，副园长陪同检查")
    qtbot.keyClick(ui.itemsTable, K.Key_S, CTRL)
    assert ui.errorLabel.text() == "" and not checklist.dirty
    checklist.ask_unsaved = lambda: pytest.fail("nothing unsaved: closing must not ask")
    qtbot.mouseClick(ui.closeButton, Qt.MouseButton.LeftButton)
    assert not checklist.isVisible()

    again = page.open_inspection(checklist.view.id)
    ui = again.ui
    assert again.table.filled() == 7 and again.table.lines[0].result is ItemResult.FAIL
    assert again.table.lines[0].note == "安全出口堵塞" and len(again.table.lines[0].photos) == 1
    assert again.overall() is OverallResult.UNQUALIFIED and ui.overallCombo.currentText() == "不合格"
    assert again.escalation() is Escalation.REFER
    assert ui.inspectorsSignEdit.text() == "赵检查、周检查" and ui.inspectorsDateEdit.date() == QDate(2025, 9, 27)
    assert ui.representativeEdit.text() == "钱园长" and ui.representativeDateEdit.date() == QDate(2025, 9, 28)
    assert ui.notesEdit.text() == "园长外出，副园长陪同检查"
    assert svc.inspection(again.view.id).overall is None  # still a draft: nothing recorded


def test_closing_with_unsaved_input_asks_to_save_discard_or_cancel(qtbot, opened, type_text, district):
    svc, page, checklist = opened
    type_text(checklist.ui.notesEdit, "消防通道")     # only the conclusion part changed
    answers = [Unsaved.CANCEL, Unsaved.CANCEL, Unsaved.SAVE]
    checklist.ask_unsaved = lambda: answers.pop(0)
    qtbot.keyClick(checklist.ui.itemsTable, K.Key_Escape)
    assert checklist.isVisible() and checklist.ui.notesEdit.text() == "消防通道"
    other = svc.start(add_nursery(district.factory, 2), DAY, InspectionKind.ROUTINE, [Dept.FIRE], ["赵检查"], ["fire"])
    assert page.open_inspection(other.id) is checklist and checklist.isVisible()  # kept, not replaced
    qtbot.mouseClick(checklist.ui.closeButton, Qt.MouseButton.LeftButton)
    assert not checklist.isVisible() and answers == []
    assert svc.inspection(checklist.view.id).notes == "消防通道"


def test_closing_can_discard_unsaved_input(qtbot, opened, type_text):
    svc, _page, checklist = opened
    qtbot.keyClick(checklist.ui.itemsTable, K.Key_1)
    type_text(checklist.ui.representativeEdit, "钱园长")
    checklist.ask_unsaved = lambda: Unsaved.DISCARD
    checklist.close()
    stored = svc.inspection(checklist.view.id)
    assert not checklist.isVisible() and stored.items[0].result is None and stored.signatures.representative == ""


def test_reload_asks_before_dropping_what_was_typed(qtbot, opened, type_text):
    _svc, _page, checklist = opened
    type_text(checklist.ui.representativeEdit, "钱园长")
    answers = [False, True]
    checklist.confirm = lambda title, text: answers.pop(0)
    qtbot.mouseClick(checklist.ui.reloadButton, Qt.MouseButton.LeftButton)
    assert checklist.ui.representativeEdit.text() == "钱园长"
    qtbot.mouseClick(checklist.ui.reloadButton, Qt.MouseButton.LeftButton)
    assert checklist.ui.representativeEdit.text() == "" and answers == [] and not checklist.dirty
