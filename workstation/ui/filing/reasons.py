"""The reason a filing action asks for (none, optional or required), asked in the application dialog."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from workstation.domain.filing import FilingAction
from workstation.i18n.labels import ui_label

if TYPE_CHECKING:
    from workstation.ui.filing.application_dialog import FilingApplicationDialog


def reason_for(dialog: FilingApplicationDialog, action: FilingAction) -> str | None:
    """What the action needs from the user first: a reason, a confirmation, or nothing (None: cancelled)."""
    if action is FilingAction.NOTIFY:
        return dialog.ask_text(ui_label(action), QCoreApplication.translate(
            "FilingPrompts", "不符合要求的具体情况（将告知机构说明情况，并向社会公开）："), True)
    if action is FilingAction.WITHDRAW:
        return dialog.ask_text(ui_label(action), QCoreApplication.translate("FilingPrompts", "撤回原因（可不填）："), False)
    questions = {
        FilingAction.ACCEPT: QCoreApplication.translate(
            "FilingPrompts", "受理后将出具回执并占用一个回执编号，且不能撤销。确认受理备案？"),
        FilingAction.RETURN: QCoreApplication.translate(
            "FilingPrompts", "将按材料清单中标记为缺失或不符合要求的材料退回补正。确认退回？"),
        FilingAction.VERIFY: QCoreApplication.translate(
            "FilingPrompts", "确认已核实，备案事项符合要求？"),
    }
    if action in questions:
        return "" if dialog.confirm(ui_label(action), questions[action]) else None
    return ""
