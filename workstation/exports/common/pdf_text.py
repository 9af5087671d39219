"""Text for the PDF renderer: the embedded CJK font and line wrapping with the Chinese line-breaking
rules (禁则): no line begins with closing punctuation (，。、；：）」』…, which stays at the end of the line
before, a little over) and none ends with an opening bracket (（「『《…, which moves down with what it opens).

Register cells are wrapped here into plain strings with line breaks rather than made into
Paragraphs: a 10,000-row register has some 300,000 cells, and a Paragraph per cell would
take minutes. A document's paragraphs and cells are `CJKParagraph`s, broken by the same
`Wrapper` (reportlab's own CJK wrapping lets a line begin with "，" or "；").
Chinese breaks between any two characters; a Latin word is kept whole when it fits on a line of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph

from workstation.paths import resource_path

FONT_NAME = "WQYMicroHei"
FONT_FILE = ("resources", "fonts", "wqy-microhei.ttc")
# A run of Latin letters, digits and ASCII punctuation ("PUBLIC-2025", "2025-06-01", "ZH-01") is one word.
_WORD = re.compile(r"[!-~]+|\s+|.", re.DOTALL)
# Punctuation that may not begin a line (it stays at the end of the line before, a little over).
NO_LINE_START = frozenset("）)】」』》〉〕］｝〗’”…‥·，。、；：？！,.;:?!%％")
# Brackets and quotes that may not end a line (they move to the next line with what they open).
NO_LINE_END = frozenset("（(【「『《〈〔［｛〖‘“")


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

    def lines(self, text: str, width: float | Sequence[float]) -> list[str]:
        """`text` broken into lines no wider than `width` (a word wider than a line is cut), with the
        line-breaking rules above. `width` may be one per line, the last for the rest (a first-line indent)."""
        widths = (width,) if isinstance(width, int | float) else tuple(width)
        if "\n" not in text and len(text) * self._widest <= min(widths):
            return [text]  # surely fits: most cells
        out: list[str] = []
        for paragraph in text.split("\n"):
            out.extend(self._wrap(paragraph, widths[len(out):] or widths[-1:]))
        return out

    def _wrap(self, text: str, widths: tuple[float, ...]) -> list[str]:
        lines: list[str] = []
        line, used = "", 0.0

        def room() -> float:
            return widths[min(len(lines), len(widths) - 1)]

        def new_line(start: str = "") -> tuple[str, float]:
            """End `line` (keeping an opening bracket at its end for the next line, with `start`)."""
            kept, moved = line.rstrip(), ""
            while len(kept) > 1 and kept[-1] in NO_LINE_END and len(moved) < 2:
                kept, moved = kept[:-1], kept[-1] + moved
            lines.append(kept)
            return moved + start, self.width(moved + start)

        for token in _WORD.findall(text):
            w = self.width(token)
            if used + w <= room() or (line and all(char in NO_LINE_START for char in token)):
                line, used = line + token, used + w
                continue
            if token.isspace():  # a break here: the space is dropped
                line, used = new_line()
                continue
            if line and w <= room():  # the word moves to the next line whole
                line, used = new_line(token)
                continue
            for char in token:  # Chinese, or a word longer than a line: break between characters
                cw = self.width(char)
                if line and used + cw > room() and char not in NO_LINE_START:
                    line, used = new_line()
                line, used = line + char, used + cw
        lines.append(line.rstrip())
        return lines


@lru_cache(maxsize=32)
def wrapper_for(font: str, size: float) -> Wrapper:
    """The shared Wrapper of `font` at `size` (its character widths cached)."""
    return Wrapper(font, size)


class CJKParagraph(Paragraph):
    """A reportlab Paragraph of plain text broken into lines by `Wrapper` (the line-breaking rules above).

    Text with markup in several fragments is left to reportlab's own CJK wrapping."""

    def breakLinesCJK(self, maxWidths):  # noqa: N803 (reportlab's names)
        frags, style = self.frags, self.style
        if (len(frags) != 1 or hasattr(frags[0], "cbDefn") or not hasattr(frags[0], "text") or style.endDots
                or self.bulletText or (hasattr(self, "blPara") and getattr(self, "_splitpara", 0))):
            return super().breakLinesCJK(maxWidths)
        widths = maxWidths if isinstance(maxWidths, list | tuple) else [maxWidths]
        self.height = 0
        f = frags[0]
        wrapper = wrapper_for(f.fontName, f.fontSize)
        lines = wrapper.lines(f.text, widths)
        room = [widths[min(n, len(widths) - 1)] for n in range(len(lines))]
        return f.clone(kind=0, lines=[(r - wrapper.width(line), [line]) for r, line in zip(room, lines, strict=True)],
                       ascent=f.fontSize, descent=-0.2 * f.fontSize)
