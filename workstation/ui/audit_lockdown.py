"""The audit trail's alarm at sign-in blocks the work: what was found, who to call.

A person who is not the administrator is signed out once they have read it (the next to sign in may
be the administrator). The administrator keeps a window that opens only 系统设置 → 审计日志 and
备份与恢复, to investigate and restore from a trusted backup; every other area and tab stays shut
until a sign-in finds the trail sound again. Either way the alarm is audited (in the program's log
when the trail itself refuses writes).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox, QTabWidget

from workstation.domain.permissions import Action, Role
from workstation.logs import log_exception
from workstation.services.audit import record_alarm
from workstation.services.common.context import Actor
from workstation.ui.areas import AREAS

SETTINGS = "settings"


def investigates(actor: Actor) -> bool:
    """Whether `actor` keeps the window to investigate (the administrator: audit log and restore)."""
    return actor.role == Role.ADMIN.value and actor.can(Action.AUDIT_VIEW)


def raise_alarm(window: QMainWindow, actor: Actor, factory, problems: list[str],
                sign_out: Callable[[], object]) -> QMessageBox:
    """Show the blocking alarm on `window` and shut what `actor` may not use; returns the message box."""
    found = "\n".join(f"• {p}" for p in problems)
    if investigates(actor):
        response = "settings_only"
        shut_all_but_investigation(window)
        text = QCoreApplication.translate("AuditAlarm", "启动时发现审计记录在程序之外被改动过：") + "\n\n" + found \
            + "\n\n" + QCoreApplication.translate("AuditAlarm",
            "在查明之前，本窗口只开放“系统设置”中的“审计日志”和“备份与恢复”：请核对审计记录，"
            "必要时从可信的备份恢复。其他功能已暂停，其他用户登录后也不能办理业务。")
    else:
        response = "signed_out"
        text = QCoreApplication.translate("AuditAlarm", "启动时发现审计记录在程序之外被改动过：") + "\n\n" + found \
            + "\n\n" + QCoreApplication.translate("AuditAlarm",
            "在系统管理员查明之前，本机暂停办理业务。请联系系统管理员，由管理员登录后核对审计日志、"
            "必要时从可信的备份恢复。点“确定”后注销。")
    if not record_alarm(factory, actor, problems, response):
        log_exception(RuntimeError("审计链告警（无法写入审计记录）：" + " / ".join(problems)))
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("AuditAlarm", "审计链告警"), text, QMessageBox.StandardButton.Ok, window)
    if response == "signed_out":
        box.finished.connect(lambda _code: sign_out())
    box.open()  # window-modal: nothing under it answers until it is read
    return box


def shut_all_but_investigation(window: QMainWindow) -> None:
    """Every area hidden but 系统设置, whose tabs but 审计日志 and 备份与恢复 are hidden; going elsewhere
    (a link, a shortcut, a cross-area request) comes straight back."""
    page = window.page(SETTINGS)
    tabs: QTabWidget = page.ui.tabs
    allowed = [w for w in (getattr(page.ui, "auditTab", None), getattr(page.ui, "backupTab", None))
               if w is not None and tabs.indexOf(w) >= 0]

    def keep_tabs(_index: int = -1) -> None:
        for index in range(tabs.count()):
            tabs.setTabVisible(index, tabs.widget(index) in allowed)
        if allowed and tabs.currentWidget() not in allowed:
            tabs.setCurrentWidget(allowed[0])

    def keep_area(key: str) -> None:
        if key != SETTINGS:
            window.show_area(SETTINGS)

    for area in AREAS:
        window.set_area_hidden(area.key, area.key != SETTINGS)
    window.show_area(SETTINGS)
    keep_tabs()
    tabs.currentChanged.connect(keep_tabs)
    window.area_changed.connect(keep_area)
    window.investigation_only = True
