"""The one masking rule for personal data (domain.md §15): what a person without the right to see
full personal data reads, in service results, registers and the audit trail alike."""

from __future__ import annotations

import re
from typing import Any

MASK_CHAR = "*"
_MOBILE = re.compile(r"(?:0{0,2}86)?(1[3-9]\d)(\d{4})(\d{4})", re.ASCII)
_LANDLINE = re.compile(r"0\d{9,11}", re.ASCII)
_RESIDENT_ID = re.compile(r"\d{17}[\dX]|\d{15}", re.ASCII)
_KEPT_TAIL = 4
# Already masked (masking twice changes nothing): 6 + stars + 4, 3 + **** + 4, or only stars.
_MASKED_ID = re.compile(r"\d{6}\*{5,8}[\dX]{4}|\*+", re.ASCII)
_MASKED_MOBILE = re.compile(r"1[3-9]\d\*{4}\d{4}", re.ASCII)


def mask_id_number(value: str | None) -> str | None:
    """A resident ID (18 or 15 digits) with all but the first 6 and last 4 characters starred.

    Anything else (a passport, a permit, a mistyped number) is starred entirely: its parts have no
    fixed meaning, and an 11-character number kept 6 + 4 would show all but one character.
    """
    if not value:
        return value
    text = value.strip()
    if _MASKED_ID.fullmatch(text):
        return text
    if _RESIDENT_ID.fullmatch(text.upper()):
        return text[:6] + MASK_CHAR * (len(text) - 10) + text[-4:]
    return MASK_CHAR * len(text)


def mask_phone(value: str | None) -> str | None:
    """A mainland mobile number as 138****5678, however it is written (+86 (139) 0013 9000, full-width
    digits); a landline with its area code unchanged (an organisation's desk number); anything else
    with no more than its last 4 characters shown, so no stored form prints in full."""
    if not value or _MASKED_MOBILE.fullmatch(value.strip()):
        return value
    digits = "".join(str(int(c)) for c in value if c.isdigit())  # int(): full-width digits too
    match = _MOBILE.fullmatch(digits)
    if match is not None:
        return f"{match.group(1)}{MASK_CHAR * 4}{match.group(3)}"
    if _LANDLINE.fullmatch(digits) and re.fullmatch(r"[\d\s()（）+\-]+", value.strip(), re.ASCII):
        return value
    text = value.strip()
    tail = _KEPT_TAIL if len(text) >= 2 * _KEPT_TAIL else 0
    return MASK_CHAR * (len(text) - tail) + text[len(text) - tail:]


# Personal values by table and column: how each is masked wherever it is shown or kept in the trail.
PERSONAL_FIELDS: dict[tuple[str, str], str] = {
    ("nursery", "legal_rep_id_no"): "id",
    ("nursery", "legal_rep_phone"): "phone",
    ("nursery", "director_phone"): "phone",
    ("staff_member", "id_no"): "id",
    ("staff_member", "phone"): "phone",
    ("staff_ban", "id_no"): "id",
}
_MASKERS = {"id": mask_id_number, "phone": mask_phone}


def is_personal(entity: str, field: str) -> bool:
    return (entity, field) in PERSONAL_FIELDS


def mask_field(entity: str, field: str, value: Any) -> Any:
    """`value` masked when the table's column holds personal data; anything else unchanged."""
    kind = PERSONAL_FIELDS.get((entity, field))
    if kind is None or not isinstance(value, str):
        return value
    return _MASKERS[kind](value)


def is_masked_form(shown: str | None, stored: str | None, kind: str) -> bool:
    """True when `shown` is exactly what masking `stored` gives (a masked value sent back unchanged)."""
    if not shown or not stored or MASK_CHAR not in shown:
        return False
    return _MASKERS[kind](stored) == shown.strip()
