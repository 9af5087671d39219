"""Start-up helpers: the application font and a signal for a widget's first paint."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

from workstation.paths import resource_path

# Bundled first so Chinese never falls back to boxes or Japanese glyph variants.
FONT_FAMILIES = ["WenQuanYi Micro Hei", "Microsoft YaHei", "Noto Sans CJK SC"]
FONT_POINT_SIZE = 10

_log = logging.getLogger(__name__)


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
