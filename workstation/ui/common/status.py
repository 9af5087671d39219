"""A short confirmation in the main window's status bar (a save done, nothing to answer)."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QWidget

SHOWN_MS = 10_000


def show_status(widget: QWidget, text: str, timeout_ms: int = SHOWN_MS) -> None:
    """Show `text` in the status bar of the window holding `widget` (nothing when it has none)."""
    window = widget.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, timeout_ms)
