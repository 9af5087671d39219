"""A page built on its first visit is painted once, after its lists have laid themselves out."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget


def paint_once_laid_out(page: QWidget) -> None:
    """Hold the paint of `page`, just built and shown, until the zero timers started so far have run.

    Item views lay out and repaint on zero timers started while the page was built and shown (a model
    reset, a resized column, a stretched last section). Those run after the next paint, so each list
    of a new page was painted twice on its first visit (10-15 ms a list at 1280 px). A timer started
    now runs after them; the page is painted once when it lets updates through.
    """
    page.setUpdatesEnabled(False)
    timer = QTimer(page)
    timer.setSingleShot(True)
    timer.setInterval(0)  # a QTimer object, not QTimer.singleShot(0): that one is a posted call, run first
    timer.timeout.connect(lambda: page.setUpdatesEnabled(True))
    timer.timeout.connect(timer.deleteLater)
    timer.start()
