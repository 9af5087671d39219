"""Tables whose rows wrap one long text column: the row heights follow that column's width."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHeaderView, QTableView


def wrap_rows_to(table: QTableView, column: int) -> None:
    """`column` takes the width left by the others (sized to their contents) and wraps its text;
    rows are fitted again whenever its width changes (first show, resizing the window): heights
    measured before the dialog was laid out are far too tall for the final width."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    table.setWordWrap(True)
    # sectionResized comes before the header reports the new width: fit once the resize is over
    # (one refit for the many steps of dragging the window's edge).
    refit = QTimer(table)
    refit.setSingleShot(True)
    refit.setInterval(0)
    refit.timeout.connect(table.resizeRowsToContents)
    header.sectionResized.connect(lambda index, _old, _new: refit.start() if index == column else None)
