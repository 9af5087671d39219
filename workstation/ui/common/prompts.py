"""The questions the filing dialogs ask (default implementations of their replaceable hooks)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from workstation.ui.common import file_dialogs


def ask_text(parent: QWidget, title: str, label: str, required: bool) -> str | None:
    """Multi-line text from the user; None when cancelled (or left empty when required)."""
    text, ok = QInputDialog.getMultiLineText(parent, title, label)
    if not ok or (required and not text.strip()):
        return None
    return text.strip()


def confirm(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def confirm_or_go_back(parent: QWidget, title: str, text: str, go_ahead: str, go_back: str) -> bool:
    """A warning before a step the user may still want to take: True only for `go_ahead`. `go_back` is the
    default button (Enter) and Esc's, so a hurried key press never takes the step."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
    ahead = box.addButton(go_ahead, QMessageBox.ButtonRole.AcceptRole)
    back = box.addButton(go_back, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    box.exec()
    return box.clickedButton() is ahead


class Unsaved(Enum):
    """The answer to closing a dialog that holds unsaved input."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_unsaved(parent: QWidget, title: str, text: str, save_text: str | None = None) -> Unsaved:
    """保存草稿 (or `save_text`) / 放弃 / 取消 (Esc cancels: nothing typed is lost by a stray key)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    save = box.addButton(save_text or QCoreApplication.translate("FilingPrompts", "保存草稿"),
                         QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(QCoreApplication.translate("FilingPrompts", "放弃"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QCoreApplication.translate("FilingPrompts", "取消"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return Unsaved.SAVE if clicked is save else Unsaved.DISCARD if clicked is discard else Unsaved.CANCEL


def error(parent: QWidget, message: str) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("FilingPrompts", "不能办理"), message)


def choose_scans(parent: QWidget) -> list[str]:
    paths, _ = file_dialogs.open_file_names(
        parent, QCoreApplication.translate("FilingPrompts", "选择扫描件"), "",
        QCoreApplication.translate("FilingPrompts", "扫描件 (*.pdf *.jpg *.jpeg *.png)"))
    return paths


def choose_pdf_path(parent: QWidget, name: str) -> str | None:
    path, _ = file_dialogs.save_file_name(
        parent, QCoreApplication.translate("FilingPrompts", "导出PDF"), name,
        QCoreApplication.translate("FilingPrompts", "PDF 文件 (*.pdf)"))
    return path or None
