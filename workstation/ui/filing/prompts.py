"""The questions the filing dialogs ask (default implementations of their replaceable hooks)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from ...domain.filing import FilingAction
from ...i18n.labels import ui_label

if TYPE_CHECKING:
    from .application_dialog import FilingApplicationDialog


def ask_text(parent: QWidget, title: str, label: str, required: bool) -> str | None:
    """Multi-line text from the user; None when cancelled (or left empty when required)."""
    text, ok = QInputDialog.getMultiLineText(parent, title, label)
    if not ok or (required and not text.strip()):
        return None
    return text.strip()


def confirm(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def error(parent: QWidget, message: str) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("FilingPrompts", "不能办理"), message)


def choose_scans(parent: QWidget) -> list[str]:
    paths, _ = QFileDialog.getOpenFileNames(
        parent, QCoreApplication.translate("FilingPrompts", "选择扫描件"), "",
        QCoreApplication.translate("FilingPrompts", "扫描件 (*.pdf *.jpg *.jpeg *.png)"))
    return paths


def choose_pdf_path(parent: QWidget, name: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("FilingPrompts", "导出PDF"), name,
        QCoreApplication.translate("FilingPrompts", "PDF 文件 (*.pdf)"))
    return path or None


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
