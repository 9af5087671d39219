"""Start-up helpers: the application font, a signal for a widget's first paint, and what follows the
first paint of 首页 when the program was asked to grab it or to quit then."""

from __future__ import annotations

import logging
import sys
import time
from argparse import Namespace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

from workstation.paths import resource_path

if TYPE_CHECKING:
    from workstation.ui.main_window import MainWindow

# Bundled first so Chinese never falls back to boxes or Japanese glyph variants.
FONT_FAMILIES = ["WenQuanYi Micro Hei", "Microsoft YaHei", "Noto Sans CJK SC"]
FONT_POINT_SIZE = 10

_log = logging.getLogger(__name__)
SCREENSHOT_DELAY_MS = 300  # let late layout and style polish settle before grabbing


def apply_app_font(app: QApplication) -> QFont:
    """Register the bundled CJK font and make it the application font."""
    path = resource_path("resources", "fonts", "wqy-microhei.ttc")
    if QFontDatabase.addApplicationFont(str(path)) < 0:
        _log.warning("could not load bundled font %s", path)
    font = QFont(FONT_FAMILIES, FONT_POINT_SIZE)
    app.setFont(font)
    return font


class FirstPaintWatcher(QObject):
    """Emits `painted` once, after the watched widget has finished its first paint."""

    painted = Signal()

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            self._widget.removeEventFilter(self)
            QTimer.singleShot(0, self.painted.emit)  # after this paint has returned
        return False


def after_first_paint(app: QApplication, window: MainWindow, args: Namespace) -> None:
    """--screenshot: grab the window once 首页 has painted; --quit-after-show: quit then (the bench's usable moment)."""
    screenshot = getattr(args, "screenshot", None)
    if not screenshot and not getattr(args, "quit_after_show", False):
        return
    if screenshot:
        watcher = FirstPaintWatcher(window.home_page)
        watcher.painted.connect(lambda: QTimer.singleShot(SCREENSHOT_DELAY_MS, lambda: _grab(app, window, screenshot)))
        return
    # --quit-after-show measures the usable window: quit on the home page's first paint after the attach.
    def quit_if_still_running() -> None:
        # The paint's zero-timer can outlive this window's event loop (ended for another reason):
        # it must not end whatever event loop runs next.
        if not getattr(window, "ended", False):
            # the usable moment on the system's monotonic clock, for a bench timing it from outside
            # (the process's exit comes later: its teardown is not part of the start)
            print(f"usable-at {time.monotonic():.6f}", file=sys.stderr, flush=True)
            app.quit()

    def quit_on_next_paint() -> None:
        FirstPaintWatcher(window.home_page).painted.connect(quit_if_still_running)
        window.home_page.update()

    if window.is_usable():
        quit_on_next_paint()
    else:
        window.usable.connect(quit_on_next_paint)


def _grab(app: QApplication, window: MainWindow, path: str) -> None:
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    saved = window.grab().save(path)
    if not saved:
        print(f"无法保存截图：{path}", file=sys.stderr)
    app.exit(0 if saved else 1)  # workstation.app's EXIT_OK / EXIT_FAILED
