"""Text normalisation applied before validating or matching user input."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")


_HALFWIDTH = {0x3000: " ", **{code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}}
# Most text has none of them: one regex search is far cheaper than str.translate, which looks every
# Chinese character up in the table.
_FULLWIDTH = re.compile("[\u3000\uff01-\uff5e]")


def to_halfwidth(text: str) -> str:
    """Full-width ASCII forms and the ideographic space become their half-width forms."""
    return text.translate(_HALFWIDTH) if _FULLWIDTH.search(text) else text


# Names and addresses keep their full-width brackets: "（个体工商户）" is how a licence prints the
# name, and saving a phone change must not rewrite it. Matching ignores brackets of either width.
_TEXT_HALFWIDTH = {code: char for code, char in _HALFWIDTH.items() if code not in (0xFF08, 0xFF09)}


def clean_text(text: str | None) -> str:
    """Half-width (but full-width brackets kept), trimmed, inner whitespace runs collapsed to one space."""
    if text is None:
        return ""
    text = str(text)
    if _FULLWIDTH.search(text):
        text = text.translate(_TEXT_HALFWIDTH)
    return _SPACES.sub(" ", text).strip()


def compact_code(text: str | None) -> str:
    """A code typed by a person: half-width, no spaces or hyphens, upper-case."""
    return re.sub(r"[\s\-]", "", to_halfwidth(str(text or ""))).upper()


def nfkc(text: str) -> str:
    """Unicode NFKC (folds compatibility forms such as circled digits)."""
    return unicodedata.normalize("NFKC", text)
