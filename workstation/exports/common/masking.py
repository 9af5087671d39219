"""Masking of personal data in registers: the one rule of domain/masking.py (domain.md §15)."""

from __future__ import annotations

from collections.abc import Callable

from workstation.domain.masking import MASK_CHAR, mask_id_number, mask_phone
from workstation.exports.common.spec import Mask

mask_mobile = mask_phone

MASKERS: dict[Mask, Callable[[str | None], str | None]] = {
    Mask.ID_NUMBER: mask_id_number,
    Mask.MOBILE: mask_phone,
}

__all__ = ["MASKERS", "MASK_CHAR", "mask_id_number", "mask_mobile"]
