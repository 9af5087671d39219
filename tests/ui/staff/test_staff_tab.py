"""A clerk adds three staff with certificates by keyboard in the nursery record's 人员 tab, and the
home page's expiring-soon queue follows at once (through the event hub)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from staff_support import add_nursery, resident_id

from workstation.app import attach_database, build_main_window
from workstation.services.common.context import Actor
from workstation.ui.staff.home_queue import HomeStaffQueue
from workstation.ui.staff.member_dialog import StaffMemberDialog

CLERK = Actor("clerk", "王登记", "CLERK")
TODAY = dt.date(2026, 12, 4)


def _activate(qtbot, widget) -> None:
    with qtbot.waitActive(widget):
        widget.activateWindow()


def _tick(qtbot, group) -> None:
    """A checkable section is ticked with Space once it has the focus (as Tab brings it there)."""
    group.setFocus()
    qtbot.keyClick(group, Qt.Key.Key_Space)


def _date(qtbot, edit, text: str) -> None:
    edit.setFocus()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)


def _add(qtbot, type_text, tab, name: str, serial: int, certificate: tuple[str, str, str] | None,
         health_on: str | None) -> None:
    _activate(qtbot, tab.window())
    qtbot.keyClick(tab, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # 新增人员(&A)
    qtbot.waitUntil(lambda: isinstance(tab.dialog, StaffMemberDialog) and tab.dialog.isVisible())
    dialog = tab.dialog
    _activate(qtbot, dialog)
    ui = dialog.ui
    type_text(ui.nameEdit, name)
    ui.idNoEdit.setFocus()
    qtbot.keyClicks(ui.idNoEdit, resident_id(serial))
    _date(qtbot, ui.hiredEdit, "2026-11-01")
    if certificate is not None:
        _tick(qtbot, ui.credentialGroup)
        assert ui.credentialGroup.isChecked()
        number, issuer, until = certificate
        assert ui.kindCombo.currentText() == "保育师证"  # the usual certificate of a caregiver
        ui.numberEdit.setFocus()
        qtbot.keyClicks(ui.numberEdit, number)
        type_text(ui.issuerEdit, issuer)
        _date(qtbot, ui.issuedEdit, "2024-01-02")
        ui.expiresCheck.setFocus()
        qtbot.keyClick(ui.expiresCheck, Qt.Key.Key_Space)
        _date(qtbot, ui.validUntilEdit, until)
    if health_on is not None:
        _tick(qtbot, ui.healthGroup)
        assert ui.healthGroup.isChecked()
        _date(qtbot, ui.healthDateEdit, health_on)
    ui.noteEdit.setFocus()
    qtbot.keyClick(ui.noteEdit, Qt.Key.Key_Return)  # the dialog's default button: 保存
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_clerk_adds_three_staff_by_keyboard_and_the_home_queue_changes(qtbot, district, type_text):
    nursery = add_nursery(district.factory)
    window = build_main_window(district, CLERK)
    qtbot.addWidget(window)
    attach_database(window, district, CLERK, today=lambda: TODAY)
    queue = window.home_page.findChild(HomeStaffQueue)
    assert queue is not None and queue.total == 0

    window.show()
    qtbot.waitExposed(window)
    area = window.page("registry")
    area.open_record(nursery)
    record = area.record_dialog
    qtbot.addWidget(record)
    _activate(qtbot, record)
    qtbot.keyClick(record, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # 人员(&P)
    tab = record.staff_tab
    qtbot.waitUntil(lambda: record.ui.recordTabs.currentWidget() is tab)

    _add(qtbot, type_text, tab, "张保育", 1, ("BYS-001", "九龙坡区人社局", "2026-12-20"), None)
    assert queue.total == 1  # the certificate runs out within 30 days
    _add(qtbot, type_text, tab, "李保育", 2, ("BYS-002", "九龙坡区人社局", "2030-12-31"), "2026-06-01")
    assert queue.total == 1  # nothing of hers is due
    _add(qtbot, type_text, tab, "王厨师", 3, None, "2025-12-10")  # health certificate ends 2026-12-09
    assert queue.total == 2

    assert [tab.model.index(r, 0).data() for r in range(tab.model.rowCount())] == ["李保育", "王厨师", "张保育"]  # pinyin
    masked = tab.model.index(2, tab.model.ID_NO).data()  # 张保育's
    assert masked == resident_id(1)[:6] + "********" + resident_id(1)[-4:]  # a clerk sees IDs masked
    lines = [queue.list.item(i).text() for i in range(queue.list.count())]
    assert lines == ["九龙坡区小海豚托育中心：王厨师的健康合格证将到期（2026-12-09）",
                     "九龙坡区小海豚托育中心：张保育的保育师证将到期（2026-12-20）"]


def test_import_action_reports_rows_and_writes_after_confirmation(qtbot, district, tmp_path):
    from openpyxl import Workbook

    from workstation.domain.staff import BanDraft
    from workstation.services.staff import BanService, StaffImporter, StaffService
    from workstation.ui.staff.staff_tab import StaffTab

    nursery = add_nursery(district.factory)
    BanService(district.factory, Actor("m", role="MANAGER"), today=lambda: TODAY).add(BanDraft(
        resident_id(9), "钱某某", "虐待婴幼儿", "九卫禁〔2026〕3号", dt.date(2026, 10, 9), "九龙坡区卫生健康委员会"))
    tab = StaffTab(StaffService(district.factory, CLERK, today=lambda: TODAY), nursery, lambda: TODAY)
    qtbot.addWidget(tab)
    tab.set_importer(StaffImporter(district.factory, CLERK, today=lambda: TODAY))
    assert not tab.import_button.isHidden()
    asked = []
    tab.confirm = lambda _parent, _title, text: asked.append(text) or True

    def workbook(*rows) -> str:
        book = Workbook()
        book.active.append(("姓名", "身份证号", "岗位", "入职日期"))
        for row in rows:
            book.active.append(row)
        book.save(tmp_path / "s.xlsx")
        return str(tmp_path / "s.xlsx")

    tab.import_file(workbook(("张三", resident_id(1), "保育员", "2025-03-01"),
                             ("钱某某", resident_id(9), "保育员", "2025-03-01")))
    assert asked == [] and "全部未导入" in tab.message_label.text()
    assert "第3行 钱某某" in tab.message_label.text() and "九卫禁〔2026〕3号" in tab.message_label.text()
    assert tab.model.rowCount() == 0

    tab.import_file(workbook(("张三", resident_id(1), "保育员", "2025-03-01")))
    assert len(asked) == 1 and tab.message_label.text() == "已导入 1 人。"
    assert [tab.model.index(r, 0).data() for r in range(tab.model.rowCount())] == ["张三"]


def test_escape_with_typed_input_asks_before_discarding(qtbot, district, type_text):
    from workstation.services.staff import StaffService
    from workstation.ui.common.prompts import Unsaved

    nursery = add_nursery(district.factory)
    dialog = StaffMemberDialog(StaffService(district.factory, CLERK, today=lambda: TODAY), nursery, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    asked: list[Unsaved] = []
    dialog.ask_unsaved = lambda: asked.append(Unsaved.CANCEL) or Unsaved.CANCEL
    type_text(dialog.ui.nameEdit, "张三")
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Escape)
    assert asked == [Unsaved.CANCEL] and dialog.isVisible()
    assert dialog.ui.nameEdit.text() == "张三"
    dialog.ask_unsaved = lambda: Unsaved.DISCARD
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
