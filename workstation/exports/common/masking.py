"""Masking of personal data in registers (domain.md §15: keep the first 6 and last 4 of an ID)."""

from __future__ import annotations

import re
from collections.abc import Callable

from workstation.exports.common.spec import Mask

MASK_CHAR = "*"
_MOBILE = re.compile(r"(?:0{0,2}86)?(1[3-9]\d)(\d{4})(\d{4})", re.ASCII)
_RESIDENT_ID = re.compile(r"\d{17}[\dX]|\d{15}", re.ASCII)


def mask_id_number(value: str | None) -> str | None:
    """A resident ID (18 or 15 digits) with all but the first 6 and last 4 characters starred.

    Anything else (a passport, a permit, a mistyped number) is starred entirely: its parts have no
    fixed meaning, and an 11-character number kept 6 + 4 would show all but one character.
    """
    if not value:
        return value
    text = value.strip()
    if _RESIDENT_ID.fullmatch(text.upper()):
        return text[:6] + MASK_CHAR * (len(text) - 10) + text[-4:]
    return MASK_CHAR * len(text)


def mask_mobile(value: str | None) -> str | None:
    """A mainland mobile number as 138****5678, however it is written (+86 (139) 0013 9000, full-width
    digits); anything else (a landline) unchanged."""
    if not value:
        return value
    digits = "".join(str(int(c)) for c in value if c.isdigit())  # int(): full-width digits too
    match = _MOBILE.fullmatch(digits)
    if match is None:
        return value
    return f"{match.group(1)}{MASK_CHAR * 4}{match.group(3)}"


MASKERS: dict[Mask, Callable[[str | None], str | None]] = {
    Mask.ID_NUMBER: mask_id_number,
    Mask.MOBILE: mask_mobile,
}
