"""The home page's figure cards in one row when the page is wide enough for all of them, else in rows
of three: one row leaves the queues below their room on a 760-pixel-high window (two rows squashed the
cards' numbers there)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QWidget

NARROW_COLUMNS = 3


class CardFlow(QObject):
    """Watches the panel holding `grid` and lays `cards` out in as many columns as fit."""

    def __init__(self, panel: QWidget, grid: QGridLayout, cards: Sequence[QWidget]) -> None:
        super().__init__(panel)
        self._panel, self._grid, self._cards = panel, grid, list(cards)
        self.columns = 0
        # Its width never holds the window wide: a narrower page takes rows of three instead.
        policy = panel.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        panel.setSizePolicy(policy)
        panel.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._panel and event.type() == QEvent.Type.Resize:
            self.arrange(self._panel.width())
        return False

    def one_row_width(self) -> int:
        shown = [card for card in self._cards if not card.isHidden()]
        spacing = self._grid.horizontalSpacing() * max(len(shown) - 1, 0)
        return sum(card.minimumSizeHint().width() for card in shown) + spacing

    def arrange(self, width: int) -> None:
        columns = len(self._cards) if width >= self.one_row_width() else NARROW_COLUMNS
        if columns == self.columns:
            return
        self.columns = columns
        for card in self._cards:
            self._grid.removeWidget(card)
        for column in range(self._grid.columnCount()):
            self._grid.setColumnStretch(column, 0)
        for n, card in enumerate(self._cards):
            self._grid.addWidget(card, n // columns, n % columns)
        for column in range(columns):
            self._grid.setColumnStretch(column, 1)
