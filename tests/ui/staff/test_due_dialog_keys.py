"""The full 证照到期 list (首页 → 人员证照到期 → 更多…) is a window of its own over the main window: opened, also
when it was still open behind the main window, it takes the keys, so Esc closes it as it closes every dialog;
Ctrl+Q quits the program from it as from the main window. Keys go where the system sends them: the focus window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from test_home_due_queue import CLERK, TODAY, _roster_with_backlog

from workstation.app import attach_database, build_main_window
from workstation.ui.staff.home_queue import HomeStaffQueue

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def home(qtbot, district, actor):
    _roster_with_backlog(district, actor)
    window = build_main_window(district, CLERK)
    qtbot.addWidget(window)
    attach_database(window, district, CLERK, today=lambda: TODAY)
    window.show()
    qtbot.waitExposed(window)
    return window, window.home_page.findChild(HomeStaffQueue)


def _more(qtbot, window, queue):
    """Back in the main window, click 更多…: the list opened (or brought back) and active (the system activates
    a window as events come, so this waits for it: a list left behind the main window never comes)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.mouseClick(queue.more_button, LEFT)
    dialog = queue.dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=1000)
    return dialog


def _press(key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(QGuiApplication.focusWindow(), key, modifier)


def test_escape_closes_the_list_opened_again_while_it_was_open_behind(qtbot, home):
    window, queue = home
    dialog = _more(qtbot, window, queue)
    qtbot.addWidget(dialog)
    _press(Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    _more(qtbot, window, queue)  # opened again
    assert dialog.isVisible()
    _more(qtbot, window, queue)  # still open, behind the main window: 更多… brings it back
    _press(Qt.Key.Key_Escape)
    assert not dialog.isVisible() and window.isVisible()


def test_ctrl_q_quits_from_the_list(qtbot, home):
    window, queue = home
    dialog = _more(qtbot, window, queue)
    qtbot.addWidget(dialog)
    dialog.view.setFocus()
    _press(Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()
