"""Tabs built on first show: a first visit to 系统设置 builds no tab it does not show.

Each deferred tab has a placeholder (or its own empty tab) until it first becomes current or is
asked for; then its builder runs once and the built widget takes the placeholder's place.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget


class LazyTabs(QObject):
    def __init__(self, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self._tabs = tabs
        self._pending: dict[QWidget, Callable[[], QWidget]] = {}
        self.built: list[str] = []  # titles of the tabs built so far, in order (tests)
        tabs.currentChanged.connect(self._shown)

    def insert(self, index: int, title: str, build: Callable[[], QWidget]) -> QWidget:
        """A tab at `index` whose widget `build()` makes on first show; returns its placeholder."""
        placeholder = QWidget(self._tabs)
        QVBoxLayout(placeholder).setContentsMargins(0, 0, 0, 0)
        self._tabs.insertTab(index, placeholder, title)
        self._pending[placeholder] = build
        return placeholder

    def defer(self, tab: QWidget, fill: Callable[[], None]) -> QWidget:
        """An existing (empty) tab that `fill()` fills on first show."""
        def build() -> QWidget:
            fill()
            return tab

        self._pending[tab] = build
        return tab

    def ensure(self, slot: QWidget) -> None:
        """Build the tab now if it is still waiting (it is asked for before it was shown)."""
        build = self._pending.pop(slot, None)
        if build is None:
            return
        index = self._tabs.indexOf(slot)
        title = self._tabs.tabText(index)
        widget = build()
        self.built.append(title)
        if widget is slot:
            return
        current = self._tabs.currentIndex()
        blocked = self._tabs.blockSignals(True)  # the swap is not a visit of another tab
        try:
            self._tabs.removeTab(index)
            self._tabs.insertTab(index, widget, title)
            self._tabs.setCurrentIndex(current)
        finally:
            self._tabs.blockSignals(blocked)
        slot.deleteLater()

    def _shown(self, index: int) -> None:
        widget = self._tabs.widget(index)
        if widget is not None:
            self.ensure(widget)
