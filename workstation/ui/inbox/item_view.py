"""The inbox items' table: every column as wide as the rows on screen, the long texts no wider than a
share of the view, so 名称 and 问题与提示 stay in view on a 1200-pixel window (their whole text is
the tooltip)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

MIN_LONG = 120  # a long text column is never narrower than this (unless its texts are)


class ItemTableView(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shares: dict[int, float] = {}

    def fit_columns(self, shares: dict[int, float]) -> None:
        """Columns sized to the rows on screen (only those: the list is lazy); column -> the largest
        share of the view's width it takes."""
        self._shares = dict(shares)
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setResizeContentsPrecision(0)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Two lines a row, the same for every row (a lazy list cannot measure them all): a finding
        # such as 与已登记的“…”（记录号 3，名称、地址相同）… wraps instead of being cut.
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(2 * self.fontMetrics().lineSpacing() + 8)

    def sizeHintForColumn(self, column: int) -> int:
        hint = super().sizeHintForColumn(column)
        share = self._shares.get(column)
        if share is None:
            return hint
        return min(hint, max(MIN_LONG, int(self.viewport().width() * share)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._shares and event.size().width() != event.oldSize().width():
            self.horizontalHeader().headerDataChanged(self.horizontalHeader().orientation(), 0, 0)
