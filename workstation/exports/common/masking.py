"""Masking of personal data in registers (domain.md §15: keep the first 6 and last 4 of an ID)."""

from __future__ import annotations

import re
from collections.abc import Callable

from workstation.exports.common.spec import Mask

MASK_CHAR = "*"
_MOBILE = re.compile(r"(?:\+?86[- ]?)?(1[3-9]\d)[- ]?(\d{4})[- ]?(\d{4})")


def mask_id_number(value: str | None) -> str | None:
    """An ID number with all but the first 6 and last 4 characters starred.

    Shorter values (passports, permits) keep at most a third of their characters at each
    end, so a short number never shows in full.
    """
    if not value:
        return value
    text = value.strip()
    keep_head, keep_tail = 6, 4
    if len(text) <= keep_head + keep_tail:
        keep_head = keep_tail = len(text) // 3
    hidden = len(text) - keep_head - keep_tail
    return text[:keep_head] + MASK_CHAR * hidden + (text[-keep_tail:] if keep_tail else "")


def mask_mobile(value: str | None) -> str | None:
    """A mainland mobile number as 138****5678; anything else (a landline) unchanged."""
    if not value:
        return value
    match = _MOBILE.fullmatch(value.strip())
    if match is None:
        return value
    return f"{match.group(1)}{MASK_CHAR * 4}{match.group(3)}"


MASKERS: dict[Mask, Callable[[str | None], str | None]] = {
    Mask.ID_NUMBER: mask_id_number,
    Mask.MOBILE: mask_mobile,
}
