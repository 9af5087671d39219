"""Texts a list column can show when they come from a fixed set or format, for sizing the column
(ui/common/list_views): every label of an enumeration, or the widest of a format, in the interface
language. A column sized to them fits whichever rows are loaded, in either language."""

from __future__ import annotations

import datetime as dt

from workstation.domain.enums import LabelledEnum
from workstation.i18n.labels import ui_label

# The widest values of the formats (digits are about equally wide; 8 and 0 among the widest).
DATE = dt.date(2088, 8, 28).isoformat()
DATE_TIME = "2088-08-28 20:08"
LARGE_FEN = 99_999_999  # 999,999.99 yuan: more than any fee in a month


def labels(*enums: type[LabelledEnum]) -> tuple[str, ...]:
    """Every member's label of `enums` in the interface language."""
    return tuple(ui_label(member) for enum in enums for member in enum)
