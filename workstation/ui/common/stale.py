"""Re-read a page when it is shown again, or on F5, if the database changed meanwhile (another desk,
the command line): the change stamp is compared, nothing polls."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


class RefreshWhenChanged(QObject):
    """Calls `refresh` when `widget` is shown (or F5 is pressed, with `f5`) and `stamp()` moved."""

    def __init__(self, widget: QWidget, stamp: Callable[[], object], refresh: Callable[[], None],
                 f5: bool = True) -> None:
        super().__init__(widget)
        self._stamp, self._refresh = stamp, refresh
        self._seen = stamp()
        widget.installEventFilter(self)
        if f5:  # one F5 per visible page: a page inside another leaves it to the outer one
            QShortcut(QKeySequence("F5"), widget, activated=self.check)

    def check(self) -> bool:
        """Re-read if the database changed since last seen; True when it did."""
        stamp = self._stamp()
        if stamp is not None and stamp == self._seen:  # None: unknown, so read again
            return False
        self._seen = stamp
        self._refresh()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            self.check()
        return False


def refresh_when_changed(widget: QWidget, stamp: Callable[[], object], refresh: Callable[[], None],
                         f5: bool = True) -> RefreshWhenChanged:
    watcher = RefreshWhenChanged(widget, stamp, refresh, f5)
    widget.stale_watcher = watcher  # kept with the widget
    return watcher
