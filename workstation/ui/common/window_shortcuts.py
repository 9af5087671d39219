"""The main window's shortcuts in a window of its own over it (a list opened by 更多…, not a modal form)."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

QUIT_ACTION = "quitAction"  # the main window's 退出程序 (Ctrl+Q), in its account menu


def share_quit(window: QWidget) -> None:
    """Ctrl+Q in `window` quits as it does in the main window (its parent's window): the main window's
    退出程序 action is added to it, and an action's window shortcut works in every window it was added to.

    Only for a window that holds nothing to save: quitting asks nothing.
    """
    parent = window.parentWidget()
    action = parent.window().findChild(QAction, QUIT_ACTION) if parent is not None else None
    if action is not None:
        window.addAction(action)
