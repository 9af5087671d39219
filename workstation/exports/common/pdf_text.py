"""Text for the PDF renderer: the embedded CJK font and fast line wrapping of table cells.

Table cells are wrapped here into plain strings with line breaks rather than made into
Paragraphs: a 10,000-row register has some 300,000 cells, and a Paragraph per cell would
take minutes. Chinese breaks between any two characters; a Latin word is kept whole when
it fits on a line of its own.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from workstation.paths import resource_path

FONT_NAME = "WQYMicroHei"
FONT_FILE = ("resources", "fonts", "wqy-microhei.ttc")
_WORD = re.compile(r"[A-Za-z0-9]+|\s+|.", re.DOTALL)
# Punctuation that may not begin a line (it stays at the end of the line before, a little over).
NO_LINE_START = frozenset("）)】」』》〉，。、；：？！,.;:?!%％")


@lru_cache(maxsize=1)
def register_font() -> str:
    """Register the bundled WenQuanYi Micro Hei (embedded as a subset) once; returns its name."""
    font = TTFont(FONT_NAME, str(resource_path(*FONT_FILE)), subfontIndex=0)
    pdfmetrics.registerFont(font)
    return FONT_NAME


class Wrapper:
    """Wraps text to a width in points for one font size, caching each character's width."""

    def __init__(self, font: str, size: float) -> None:
        self._font = font
        self._size = size
        self._widths: dict[str, float] = {}
        self._widest = pdfmetrics.stringWidth("国", font, size)

    def width(self, text: str) -> float:
        widths = self._widths
        total = 0.0
        for char in text:
            w = widths.get(char)
            if w is None:
                w = widths[char] = pdfmetrics.stringWidth(char, self._font, self._size)
            total += w
        return total

    def lines(self, text: str, width: float) -> list[str]:
        """`text` broken into lines no wider than `width` (a word wider than a line is cut)."""
        if "\n" not in text and len(text) * self._widest <= width:
            return [text]  # surely fits: most cells
        out: list[str] = []
        for paragraph in text.split("\n"):
            out.extend(self._wrap(paragraph, width))
        return out

    def _wrap(self, text: str, width: float) -> list[str]:
        lines: list[str] = []
        line, used = "", 0.0
        for token in _WORD.findall(text):
            w = self.width(token)
            if used + w <= width or (line and token in NO_LINE_START):
                line, used = line + token, used + w
                continue
            if token.isspace():  # a break here: the space is dropped
                lines.append(line.rstrip())
                line, used = "", 0.0
                continue
            if line and w <= width:  # the word moves to the next line whole
                lines.append(line.rstrip())
                line, used = token, w
                continue
            for char in token:  # Chinese, or a word longer than a line: break between characters
                cw = self.width(char)
                if line and used + cw > width and char not in NO_LINE_START:
                    lines.append(line.rstrip())
                    line, used = "", 0.0
                line, used = line + char, used + cw
        lines.append(line.rstrip())
        return lines
