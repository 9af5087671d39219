"""Text normalisation applied before validating or matching user input."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")


def to_halfwidth(text: str) -> str:
    """Full-width ASCII forms and the ideographic space become their half-width forms."""
    out = []
    for ch in text:
        code = ord(ch)
        if code == 0x3000:
            out.append(" ")
        elif 0xFF01 <= code <= 0xFF5E:
            out.append(chr(code - 0xFEE0))
        else:
            out.append(ch)
    return "".join(out)


def clean_text(text: str | None) -> str:
    """Half-width, trimmed, inner whitespace runs collapsed to one space."""
    if text is None:
        return ""
    return _SPACES.sub(" ", to_halfwidth(str(text))).strip()


def compact_code(text: str | None) -> str:
    """A code typed by a person: half-width, no spaces or hyphens, upper-case."""
    return re.sub(r"[\s\-]", "", to_halfwidth(str(text or ""))).upper()


def nfkc(text: str) -> str:
    """Unicode NFKC (folds compatibility forms such as circled digits)."""
    return unicodedata.normalize("NFKC", text)
