"""The three-way question before unsaved input is dropped: each button gives its own answer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from workstation.ui.common.prompts import Unsaved, ask_unsaved


@pytest.mark.parametrize(("button", "answer"), [("保存草稿", Unsaved.SAVE), ("放弃", Unsaved.DISCARD),
                                                ("取消", Unsaved.CANCEL), (None, Unsaved.CANCEL)])
def test_ask_unsaved_answers_by_the_button_pressed(qtbot, button, answer):
    parent = QWidget()
    qtbot.addWidget(parent)

    def press() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and box.text() == "有未保存的内容"
        if button is None:
            box.reject()  # Esc or the window's X
        else:
            next(b for b in box.buttons() if b.text() == button).click()

    QTimer.singleShot(0, press)
    assert ask_unsaved(parent, "关闭", "有未保存的内容") is answer
