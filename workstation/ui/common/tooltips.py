"""Long tooltips wrapped at a readable width.

Qt shows a plain-text tooltip on one line up to half the screen's width (960 px of a 1920 px screen); a rich
text it wraps, but narrows to the fewest characters that make four lines or more (~13 Chinese characters a
line). Wrapped in a table of fixed width, a tooltip is a paragraph of about 30 Chinese characters (about 60
Latin ones) a line, in either language.
"""

from __future__ import annotations

import html

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QToolTip, QWidget

LINE_EMS = 30  # a line's width in Chinese characters of the tooltip font


def wrapped(text: str) -> str:
    """`text` as a rich-text tooltip LINE_EMS Chinese characters wide."""
    if not text:
        return text
    width = QFontMetrics(QToolTip.font()).horizontalAdvance("中") * LINE_EMS
    return f'<table width="{width}"><tr><td>{html.escape(text)}</td></tr></table>'


def wrap_tooltip(widget: QWidget) -> None:
    """The widget's tooltip (from its form, in the interface language) wrapped."""
    widget.setToolTip(wrapped(widget.toolTip()))
