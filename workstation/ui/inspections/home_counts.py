"""The home page's line on rectifications: due this week and overdue; a click opens the 监督检查 area."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from workstation.domain.errors import DomainError
from workstation.ui.common.freshness import Freshness

if TYPE_CHECKING:
    from workstation.services.inspections import HomeCounts


class HomeInspectionCounts(QWidget):
    """Shows InspectionQueues.home_counts(); `open_requested` when the link is clicked."""

    open_requested = Signal()

    def __init__(self, source: Callable[[], HomeCounts], parent: QWidget | None = None, *,
                 token: Callable[[], object | None] = lambda: None) -> None:
        super().__init__(parent)
        self._source = source
        self.freshness = Freshness(token)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self.tr("整改跟踪"), self)
        self.title.setStyleSheet("font-weight: bold;")
        self.label = QLabel(self)
        self.label.linkActivated.connect(lambda _link: self.open_requested.emit())
        layout.addWidget(self.title)
        layout.addWidget(self.label)
        self.counts: HomeCounts | None = None

    def refresh_if_changed(self) -> None:
        """Reload unless nothing was committed (and the day is the same) since the counts were read."""
        if self.freshness.changed():
            self.refresh()

    def refresh(self) -> None:
        self.freshness.reading()
        try:
            self.counts = self._source()
        except DomainError:  # a role without INSPECTION_VIEW sees nothing here
            self.hide()
            return
        late = self.counts.overdue
        colour = "#b00000" if late else "inherit"
        text = self.tr("本周到期整改 {due} 项，<span style=\"color:{colour}\">逾期未整改 {late} 项</span>").format(
            due=self.counts.due_this_week, colour=colour, late=late)
        self.label.setText(f'<a href="inspections" style="text-decoration:none">{text}</a>')
