"""Issue #18: the inbox page's parts: its models pass Qt's model tests, the receive dialog is filled with
the keyboard and checks its input, a file received twice says so, filters and sorting re-query,
the inbox is a tab of 机构登记 reached with Alt+I, and the operating-but-unregistered list."""

from __future__ import annotations

import pytest
from inbox_support import TODAY, mixed_file, row, write_csv
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from workstation.context import AppContext
from workstation.domain.enums import RegistrationOrganKind
from workstation.domain.inbox import ItemClass, OrganLevel
from workstation.models.inbox import InboxBatchTableModel, InboxItemTableModel
from workstation.services.common.context import Actor
from workstation.ui.inbox.inbox_page import InboxPage
from workstation.ui.inbox.receive_dialog import ReceiveDialog, ReceiveRequest
from workstation.ui.inbox.unregistered_dialog import UnregisteredDialog
from workstation.ui.tasks import SynchronousPool

CLERK = Actor("clerk", "王登记", "CLERK")
MARKET = RegistrationOrganKind.MARKET_REGULATION


@pytest.fixture
def ctx(district):
    return AppContext(district, CLERK, today=lambda: TODAY)


@pytest.fixture
def page(qtbot, ctx):
    page = InboxPage(ctx.inbox, ctx.unregistered, CLERK, SynchronousPool(), today=lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    return page


def test_models_pass_qt_model_tests(qtmodeltester, ctx, district, tmp_path):
    path, _ = mixed_file(district, tmp_path)
    batch = ctx.inbox.receive(path, MARKET, OrganLevel.DISTRICT).batch
    batches = InboxBatchTableModel(ctx.inbox)
    batches.refresh()
    qtmodeltester.check(batches)
    items = InboxItemTableModel(ctx.inbox)
    items.set_batch(batch.id)
    qtmodeltester.check(items)
    assert items.rowCount() == 6 and batches.rowCount() == 1


def test_item_model_reads_pages_lazily(ctx, district, tmp_path):
    path = write_csv(tmp_path / "one.csv", [row(1)])
    batch = ctx.inbox.receive(path, MARKET, OrganLevel.CITY).batch
    model = InboxItemTableModel(ctx.inbox)
    model.PAGE_SIZE = 1
    model.set_batch(batch.id)
    assert model.rowCount() == 1 and model._pages == {}  # only counted until a row is shown
    assert model.index(0, 2).data() == "晨曦托育有限公司"
    assert list(model._pages) == [0]


def test_receive_dialog_by_keyboard_and_its_checks(qtbot, tmp_path, type_text):
    dialog = ReceiveDialog(None, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    assert dialog.message.text() == "请选择要接收的推送文件。" and dialog.isVisible()
    type_text(dialog.file_edit, str(tmp_path / "没有的文件.csv"))
    dialog.accept()
    assert "找不到文件" in dialog.message.text()
    path = write_csv(tmp_path / "推送.csv", [row(1)])
    dialog.file_edit.clear()
    type_text(dialog.file_edit, str(path))
    dialog.organ_combo.setFocus()
    dialog.organ_combo.setCurrentIndex(dialog.organ_combo.findData(RegistrationOrganKind.CIVIL_AFFAIRS))
    qtbot.keyClick(dialog.level_combo, Qt.Key.Key_Down)
    dialog.accept()
    assert not dialog.isVisible()
    request = dialog.request()
    assert (request.path, request.organ_kind, request.organ_level, request.received_on) == (
        path, RegistrationOrganKind.CIVIL_AFFAIRS, OrganLevel.CITY, TODAY)


def test_the_same_file_twice_says_so_and_adds_nothing(qtbot, page, district, tmp_path):
    path, _ = mixed_file(district, tmp_path)
    page.ask_request = lambda: ReceiveRequest(path, MARKET, OrganLevel.DISTRICT, TODAY)
    qtbot.mouseClick(page.receive_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.receive_button, Qt.MouseButton.LeftButton)
    assert "本次未重复接收，也未新增任何条目" in page.status_label.text()
    assert page.batch_model.rowCount() == 1 and page.item_model.rowCount() == 6


def test_filters_and_sorting_requery(qtbot, page, district, tmp_path):
    path, _ = mixed_file(district, tmp_path)
    page.ask_request = lambda: ReceiveRequest(path, MARKET, OrganLevel.DISTRICT, TODAY)
    qtbot.mouseClick(page.receive_button, Qt.MouseButton.LeftButton)
    page.class_filter.setCurrentIndex(page.class_filter.findData(ItemClass.NEW))
    assert page.item_model.rowCount() == 2 and page.count_label.text() == "共 2 行"
    page.class_filter.setCurrentIndex(0)
    page.item_view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert [page.item_model.item_at(r).row_number for r in range(6)] == [7, 6, 5, 4, 3, 2]
    page.item_view.selectRow(5)
    qtbot.mouseClick(page.defer_button, Qt.MouseButton.LeftButton)
    page.decision_filter.setCurrentIndex(page.decision_filter.findData("waiting"))
    assert page.item_model.rowCount() == 6  # deferred rows still wait
    page.decision_filter.setCurrentIndex(page.decision_filter.findText("暂缓"))
    assert [page.item_model.item_at(r).row_number for r in range(page.item_model.rowCount())] == [2]


def test_invalid_rows_offer_only_reject_and_defer(qtbot, page, district, tmp_path):
    path, _ = mixed_file(district, tmp_path)
    page.ask_request = lambda: ReceiveRequest(path, MARKET, OrganLevel.DISTRICT, TODAY)
    qtbot.mouseClick(page.receive_button, Qt.MouseButton.LeftButton)
    page.item_view.selectRow(4)
    assert page.current_item().item_class == ItemClass.INVALID
    assert "缺少名称" in page.comparison.findings.text()
    assert not page.accept_button.isEnabled() and not page.merge_button.isEnabled()
    assert page.reject_button.isEnabled() and page.defer_button.isEnabled()
    page.ask_reason = lambda _label: "   "
    qtbot.mouseClick(page.reject_button, Qt.MouseButton.LeftButton)
    assert page.status_label.text() == "驳回必须填写理由。"
    page.error_box.close()


def test_inspectors_see_the_inbox_but_cannot_decide(qtbot, ctx, district, tmp_path):
    path, _ = mixed_file(district, tmp_path)
    ctx.inbox.receive(path, MARKET, OrganLevel.DISTRICT)
    inspector = Actor("insp", "检查员", "INSPECTOR")
    view = AppContext(district, inspector, today=lambda: TODAY)
    page = InboxPage(view.inbox, view.unregistered, inspector, SynchronousPool(), today=lambda: TODAY)
    qtbot.addWidget(page)
    assert page.item_model.rowCount() == 6
    assert page.receive_button.isHidden() and page.bulk_button.isHidden()
    assert not page.accept_button.isEnabled() and not page.reject_button.isEnabled()


def test_alt_i_opens_the_inbox_tab_of_the_registry(qtbot, district):
    from workstation.app import attach_database, build_main_window

    window = build_main_window(district, CLERK)
    qtbot.addWidget(window)
    attach_database(window, district, CLERK, today=lambda: TODAY)
    window.show()
    window.show_area("registry")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    area = window.page("registry")
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    assert area.tabs.currentIndex() == area.inbox_tab
    assert isinstance(area.tabs.currentWidget(), InboxPage)


def test_unregistered_nurseries_are_recorded_and_resolved(qtbot, ctx, type_text):
    dialog = UnregisteredDialog(ctx.unregistered, lambda: TODAY, True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "请填写机构名称（或招牌名）。"
    type_text(dialog.name_edit, "小太阳看护点")
    type_text(dialog.address_edit, "杨家坪正街12号2楼")
    dialog.found_combo.setCurrentIndex(1)  # 投诉举报
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 2).text() == "投诉举报"
    assert ctx.unregistered.count_pending() == 1
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.banned_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "“小太阳看护点”已标记为已取缔。"
    assert dialog.table.rowCount() == 0 and ctx.unregistered.count_pending() == 0


def test_the_invalid_rows_are_saved_with_their_reasons(qtbot, page, district, tmp_path):
    import openpyxl

    path, _ = mixed_file(district, tmp_path)
    page.ask_request = lambda: ReceiveRequest(path, MARKET, OrganLevel.DISTRICT, TODAY)
    qtbot.mouseClick(page.receive_button, Qt.MouseButton.LeftButton)
    out = tmp_path / "out" / "无效.xlsx"
    page.ask_report_path = lambda name: (str(out) if name == "推送-无效的行.xlsx" else "")
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    assert page.status_label.text() == f"无效的行已另存为：{out}"
    sheet = openpyxl.load_workbook(out).active
    assert [c.value for c in sheet[1]][-2:] == ["错误原因", "原行号"]
    assert sheet.max_row == 2 and sheet.cell(2, 9).value == "缺少名称。" and sheet.cell(2, 10).value == 6
