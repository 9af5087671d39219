"""Issue #18, the tester's walk: what another desk or the command line stored is seen when the page is
shown again or on F5; the rejection reason and the decider's name are shown; the reject prompt works by
keyboard and the focus moves on to the next waiting row."""

from __future__ import annotations

import pytest
from inbox_support import TODAY, mixed_file, row, write_csv
from PySide6.QtCore import Qt

from workstation.app import attach_database, build_main_window
from workstation.context import AppContext
from workstation.db.orm.accounts import User
from workstation.domain.enums import RegistrationOrganKind
from workstation.domain.inbox import Decision, ItemClass, OrganLevel
from workstation.domain.permissions import Role
from workstation.models.inbox.item_table_model import COLUMNS
from workstation.services.common.context import Actor
from workstation.ui.inbox.reason_dialog import ReasonDialog

CLERK = Actor("clerk", "王登记", "CLERK")
DESK = Actor("clerk2", "李登记", "CLERK")
MARKET = RegistrationOrganKind.MARKET_REGULATION


@pytest.fixture
def window(qtbot, district):
    window = build_main_window(district, CLERK)
    qtbot.addWidget(window)
    attach_database(window, district, CLERK, today=lambda: TODAY)
    window.show()
    window.show_area("registry")
    return window


def inbox_of(window):
    area = window.page("registry")
    area.tabs.setCurrentIndex(area.inbox_tab)
    return area, area.tabs.widget(area.inbox_tab)


def test_a_command_line_import_is_seen_on_showing_the_page_again_and_on_f5(qtbot, window, district, tmp_path):
    area, inbox = inbox_of(window)
    listed = area.registry_page.model.rowCount()
    assert inbox.batch_model.rowCount() == 0
    other = AppContext(district, DESK, today=lambda: TODAY)  # `workstation import registrations --accept-valid`
    path = write_csv(tmp_path / "cli.csv", [row(1), row(2)])
    other.inbox.accept_clean(other.inbox.receive(path, MARKET, OrganLevel.DISTRICT).batch.id)

    window.show_area("home")
    window.show_area("registry")
    assert inbox.batch_model.rowCount() == 1 and inbox.item_model.rowCount() == 2
    area.tabs.setCurrentIndex(0)
    assert area.registry_page.model.rowCount() == listed + 2

    second = write_csv(tmp_path / "cli2.csv", [row(20)])
    other.inbox.receive(second, MARKET, OrganLevel.CITY)
    area.tabs.setCurrentIndex(area.inbox_tab)
    assert inbox.batch_model.rowCount() == 2  # the tab shown again
    third = write_csv(tmp_path / "cli3.csv", [row(21)])
    other.inbox.receive(third, MARKET, OrganLevel.CITY)
    inbox.item_view.setFocus()
    qtbot.keyClick(inbox.item_view, Qt.Key.Key_F5)
    assert inbox.batch_model.rowCount() == 3


def add_user(db, username: str, display_name: str) -> None:
    with db.factory.begin() as session:
        session.add(User(username=username, display_name=display_name, role=Role.CLERK, password_hash="x"))


def column(key: str) -> int:
    return [k for k, _ in COLUMNS].index(key)


def item_of(inbox, kind: ItemClass) -> int:
    return next(r for r in range(inbox.item_model.rowCount()) if inbox.item_model.item_at(r).item_class == kind)


def test_the_rejection_reason_and_the_deciders_display_name_are_shown(qtbot, window, district, tmp_path):
    add_user(district, "clerk", "李登记")
    path, _ = mixed_file(district, tmp_path)
    area, inbox = inbox_of(window)
    received = AppContext(district, Actor("os:root", "os:root", "CLERK"), today=lambda: TODAY).inbox.receive(
        path, MARKET, OrganLevel.DISTRICT)
    inbox.refresh()
    assert inbox.batch_model.batch_at(0).received_by == "root"  # never "os:root" on screen
    inbox.item_view.selectRow(item_of(inbox, ItemClass.INVALID))
    inbox.ask_reason = lambda _label: "名称为空，已电话通知推送机关补正"
    inbox.reject_current()

    row = item_of(inbox, ItemClass.INVALID)
    model = inbox.item_model
    assert model.item_at(row).decision == Decision.REJECTED
    assert model.index(row, column("reason")).data() == "名称为空，已电话通知推送机关补正"
    assert model.index(row, column("decided_by")).data() == "李登记"
    tip = model.index(row, column("decision")).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "已驳回：名称为空，已电话通知推送机关补正"
    inbox.item_view.selectRow(row)
    shown = inbox.comparison.decision.text()
    assert "已驳回（李登记，" in shown and shown.endswith("理由/说明：名称为空，已电话通知推送机关补正")
    assert received.batch.id == inbox.current_batch_id()


def test_the_reject_dialog_works_by_keyboard(qtbot, type_text):
    dialog = ReasonDialog(None, "驳回第6行（无名称）的理由：")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.edit.setFocus()
    type_text(dialog.edit, "名称为空")
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    type_text(dialog.edit, "请补正")
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Tab)
    assert not dialog.edit.hasFocus() and dialog.reason() == "名称为空\n请补正"
    dialog.edit.setFocus()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == ReasonDialog.DialogCode.Accepted


def test_after_a_decision_the_next_waiting_row_has_the_focus(qtbot, window, district, tmp_path):
    path, _ = mixed_file(district, tmp_path)
    area, inbox = inbox_of(window)
    window.activateWindow()
    AppContext(district, CLERK, today=lambda: TODAY).inbox.receive(path, MARKET, OrganLevel.DISTRICT)
    inbox.refresh()
    inbox.item_view.selectRow(1)
    inbox.defer_current()
    inbox.item_view.selectRow(0)
    inbox.reject_button.setFocus()
    inbox.ask_reason = lambda label: "重复推送"
    inbox.reject_current()
    assert inbox.item_view.currentIndex().row() == 1  # the deferred row 2 still waits
    assert inbox.item_view.hasFocus()
    inbox.accept_current()
    assert inbox.item_view.currentIndex().row() == 2
    assert not inbox.comparison.table.tabKeyNavigation()


def test_the_reject_prompt_of_a_row_without_a_name(qtbot, window, district, tmp_path):
    path, _ = mixed_file(district, tmp_path)
    area, inbox = inbox_of(window)
    AppContext(district, CLERK, today=lambda: TODAY).inbox.receive(path, MARKET, OrganLevel.DISTRICT)
    inbox.refresh()
    inbox.item_view.selectRow(item_of(inbox, ItemClass.INVALID))
    asked = []
    inbox.ask_reason = lambda label: asked.append(label)
    inbox.reject_current()
    assert asked == ["驳回第6行（无名称）的理由："]


def test_accepting_a_differing_row_asks_and_the_comparison_keeps_the_old_registry_values(
        qtbot, window, district, tmp_path):
    path, ids = mixed_file(district, tmp_path)
    area, inbox = inbox_of(window)
    AppContext(district, CLERK, today=lambda: TODAY).inbox.receive(path, MARKET, OrganLevel.DISTRICT)
    inbox.refresh()
    inbox.item_view.selectRow(item_of(inbox, ItemClass.DIFFERS))
    asked = []
    inbox.confirm_overwrite = lambda text: asked.append(text) or False
    inbox.accept_current()
    assert asked == ["接受将用推送值覆盖登记中的以下字段：法定代表人（负责人）、住所、经营范围。\n"
                     "只采用其中一部分请勾选后选择“合并所选字段”。是否全部采用推送值？"]
    assert inbox.current_item().decision == Decision.PENDING  # said no: nothing changed

    inbox.comparison.set_chosen("address", True)
    inbox.merge_current()
    inbox.item_view.selectRow(item_of(inbox, ItemClass.DIFFERS))
    table = inbox.comparison.table
    address = [table.item(r, 0).text() for r in range(table.rowCount())].index("住所")
    assert table.item(address, 1).text() == "重庆市九龙坡区九龙滨江路21号"  # as it was before the merge
    assert table.item(address, 2).text() == "重庆市九龙坡区科城路9号"


def test_marking_registered_asks_which_nursery_and_resolved_records_stay_visible(qtbot, district, type_text):
    from inbox_support import add_nursery
    from PySide6.QtWidgets import QDialogButtonBox

    from workstation.domain.inbox import FoundBy, UnregisteredStatus
    from workstation.ui.inbox.nursery_picker import NurseryPicker
    from workstation.ui.inbox.unregistered_dialog import UnregisteredDialog

    nursery_id = add_nursery(district, 1)
    ctx = AppContext(district, CLERK, today=lambda: TODAY)
    ctx.unregistered.add("晨曦看护点", "石坪桥正街1号", FoundBy.COMPLAINT, TODAY)
    ctx.unregistered.add("小太阳看护点", "杨家坪正街12号", FoundBy.INSPECTION, TODAY)
    dialog = UnregisteredDialog(ctx.unregistered, lambda: TODAY, True)
    qtbot.addWidget(dialog)
    dialog.show()

    picker = NurseryPicker(None, ctx.unregistered.registered_matching, "没有这家")
    qtbot.addWidget(picker)
    assert picker.list.count() == 0
    assert not picker.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    picker.search_edit.clear()
    type_text(picker.search_edit, "晨曦")
    assert picker.list.count() == 1 and picker.chosen() == nursery_id

    asked = []
    dialog.ask_nursery = lambda name: asked.append(name) or None  # cancelled: nothing changes
    dialog.table.selectRow(0)
    dialog.resolve(UnregisteredStatus.REGISTERED)
    assert asked == ["晨曦看护点"] and ctx.unregistered.count_pending() == 2
    dialog.ask_nursery = lambda name: nursery_id
    dialog.resolve(UnregisteredStatus.REGISTERED)
    assert dialog.table.rowCount() == 1 and ctx.unregistered.count_pending() == 1

    dialog.status_filter.setCurrentIndex(dialog.status_filter.findData(UnregisteredStatus.REGISTERED))
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 0).text() == "晨曦看护点"
    assert dialog.table.item(0, 4).text() == "已登记"
    assert f"已登记为“晨曦托育有限公司”（{ctx.unregistered.registered_matching('晨曦')[0][2]}，记录号 {nursery_id}）" \
        in dialog.table.item(0, 5).text()
    dialog.status_filter.setCurrentIndex(dialog.status_filter.findData(None))
    assert dialog.table.rowCount() == 2


def test_columns_fit_sorting_by_decision_and_the_status_line_follows_the_batch(qtbot, window, district, tmp_path):
    from PySide6.QtWidgets import QHeaderView

    path, _ = mixed_file(district, tmp_path)
    area, inbox = inbox_of(window)
    window.resize(1400, 900)
    other = AppContext(district, CLERK, today=lambda: TODAY).inbox
    first = other.receive(path, MARKET, OrganLevel.DISTRICT).batch
    second = other.receive(write_csv(tmp_path / "二.csv", [row(2)]), MARKET, OrganLevel.CITY).batch
    inbox.refresh()

    header = inbox.item_view.horizontalHeader()
    for key in ("name", "findings"):  # sized to the rows on screen (test_inbox_layout: not squeezed at 1200×760)
        assert header.sectionResizeMode(column(key)) == QHeaderView.ResizeMode.ResizeToContents
    uscc = column("uscc")
    title = inbox.item_model.headerData(uscc, Qt.Orientation.Horizontal)
    assert header.sectionSize(uscc) >= header.fontMetrics().horizontalAdvance(title)  # the header is not cut

    inbox.select_batch(first.id)
    items = inbox.item_model
    other.reject(items.item_at(0).id, "不在本辖区")
    other.accept(items.item_at(2).id)
    other.defer(items.item_at(1).id)
    inbox.refresh()
    inbox.item_view.sortByColumn(column("decision"), Qt.SortOrder.AscendingOrder)
    assert [items.item_at(r).decision for r in range(items.rowCount())] == [
        Decision.PENDING, Decision.PENDING, Decision.PENDING, Decision.DEFERRED, Decision.ACCEPTED,
        Decision.REJECTED]
    comparison = inbox.comparison.table
    assert all(comparison.item(r, 3).text() == "" for r in range(comparison.rowCount()))

    inbox.select_batch(second.id)
    assert inbox.status_label.text().startswith(f"批次 {second.id}：二.csv，2026-12-04 由 clerk 接收自市级")
    inbox.select_batch(first.id)
    assert inbox.status_label.text().startswith(f"批次 {first.id}：推送.csv")


def test_a_command_line_accept_is_seen_on_switching_from_the_inbox_tab_to_the_list(qtbot, window, district, tmp_path):
    area, _inbox = inbox_of(window)
    listed = area.registry_page.model.rowCount()
    other = AppContext(district, DESK, today=lambda: TODAY)
    path = write_csv(tmp_path / "cli.csv", [row(1), row(2)])
    other.inbox.accept_clean(other.inbox.receive(path, MARKET, OrganLevel.DISTRICT).batch.id)
    area.tabs.setCurrentIndex(0)  # back to 机构名录 inside the same page
    assert area.registry_page.model.rowCount() == listed + 2
