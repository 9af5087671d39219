"""A page for an area that is not built yet: says so plainly, naming the area."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    def __init__(self, area_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area_title = area_title
        self.message = QLabel(
            self.tr("“{area}”功能正在建设中，将在后续版本中提供。").format(area=area_title), self
        )
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #5a6270; font-size: 13pt;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
