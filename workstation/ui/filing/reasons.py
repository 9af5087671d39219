"""What a filing action asks for first in the application dialog: a reason (optional or required), a
confirmation, or nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from workstation.domain.filing import FilingAction
from workstation.i18n.labels import ui_label
from workstation.models.common.domain_text import shown

if TYPE_CHECKING:
    from workstation.ui.filing.application_dialog import FilingApplicationDialog


def reason_for(dialog: FilingApplicationDialog, action: FilingAction) -> str | None:
    """What the action needs from the user first: a reason, a confirmation, or nothing (None: cancelled)."""
    if action is FilingAction.NOTIFY:
        return dialog.ask_text(ui_label(action), QCoreApplication.translate(
            "FilingPrompts", "不符合要求的具体情况（将告知机构说明情况，并向社会公开）："), True)
    if action is FilingAction.WITHDRAW:
        return dialog.ask_text(ui_label(action), QCoreApplication.translate("FilingPrompts", "撤回原因（可不填）："), False)
    if action in (FilingAction.SUBMIT, FilingAction.RESUBMIT):
        return "" if materials_confirmed(dialog, action) else None
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


def materials_confirmed(dialog: FilingApplicationDialog, action: FilingAction) -> bool:
    """Required materials not ticked as provided do not stop a submission (domain.md §18.2: the materials
    check returns them for 补正, all at once), but the clerk is warned first, and going back is the default."""
    missing = dialog.view.unprovided()
    if not missing:
        return True
    question = QCoreApplication.translate(
        "FilingPrompts", "还有 {n} 项必需材料未勾选“已提供”：{titles}。\n\n"
        "材料不全也可以提交：提交即开始计算出具回执的期限，材料审核时将缺少的材料一次性退回补正。\n\n"
        "仍然提交，还是返回补齐材料？")
    return dialog.confirm_incomplete(ui_label(action), question.format(
        n=len(missing), titles=shown(tuple(m.title for m in missing))))
