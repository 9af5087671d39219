"""Issue #18: "auto-accept new rows with no findings" is off by default and only the administrator
changes it, in 系统设置 → 工作站设置."""

from __future__ import annotations

from inbox_support import TODAY
from PySide6.QtCore import Qt

from workstation.app import attach_database, build_main_window
from workstation.services.common.context import Actor
from workstation.services.district import SettingsService


def settings_page(qtbot, district, actor):
    window = build_main_window(district, actor)
    qtbot.addWidget(window)
    attach_database(window, district, actor, today=lambda: TODAY)
    return window.page("settings")


def test_administrator_turns_auto_accept_on(qtbot, district):
    admin = Actor("admin", "管理员", "ADMIN")
    page = settings_page(qtbot, district, admin)
    check = page.ui.inboxAutoCheck
    assert not check.isChecked() and check.isEnabled()
    check.setFocus()
    qtbot.keyClick(check, Qt.Key.Key_Space)
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    assert page.ui.policyMessage.text() == "设置已保存。"
    assert SettingsService(district.factory, admin).get().inbox_auto_accept_new


def test_clerks_cannot_change_it(qtbot, district):
    page = settings_page(qtbot, district, Actor("clerk", "王登记", "CLERK"))
    assert not page.ui.inboxAutoCheck.isEnabled()
