"""The fonts a PDF file references and whether each is embedded (imported by tests; holds no tests).

reportlab writes every object's dictionary uncompressed (only content streams are compressed), so
the font dictionaries can be read from the raw bytes without a PDF library.
"""

from __future__ import annotations

import re
from pathlib import Path

_OBJECT = re.compile(rb"(\d+) 0 obj\s*(<<.*?>>)\s*(?:endobj|stream)", re.DOTALL)
_REF = rb"/%s\s+(\d+) 0 R"
_FONT_FILES = (b"/FontFile ", b"/FontFile2 ", b"/FontFile3 ")


def fonts(path: Path) -> dict[str, bool]:
    """Every font dictionary in the PDF at `path`: its base font name -> whether a font file is embedded."""
    objects = {int(m.group(1)): m.group(2) for m in _OBJECT.finditer(Path(path).read_bytes())}
    found: dict[str, bool] = {}
    for body in objects.values():
        if not re.search(rb"/Type\s*/Font\b", body) or b"/Subtype /Type0" in body:
            continue  # a Type0 font's glyphs live in its descendant, itself listed as a font
        name = re.search(rb"/BaseFont\s*/([^\s/<>\[\]]+)", body)
        descriptor = re.search(_REF % b"FontDescriptor", body)
        embedded = descriptor is not None and any(
            key in objects.get(int(descriptor.group(1)), b"") for key in _FONT_FILES)
        found[name.group(1).decode() if name else "?"] = embedded
    return found


def unembedded_fonts(path: Path) -> list[str]:
    """The fonts the PDF references without embedding them (a viewer substitutes its own)."""
    return sorted(name for name, embedded in fonts(path).items() if not embedded)
