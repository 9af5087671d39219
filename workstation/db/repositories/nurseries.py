"""Mapping between the Nursery row and the domain draft; lookups used by intake."""

from __future__ import annotations

import re
from enum import Enum

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.db.orm import Nursery, NurseryClass, NurseryServiceType, Street
from workstation.domain.normalize import clean_text, compact_code, to_halfwidth
from workstation.domain.nursery import ClassDraft, NurseryDraft

FORM_COLUMNS = _SCALARS = (  # the intake form's columns of the nursery row
    "name", "alias", "sponsor", "legal_nature", "kind", "address", "phone", "legal_rep_name",
    "legal_rep_id_type", "legal_rep_id_no", "legal_rep_phone", "director_name", "director_phone",
    "registration_organ_kind", "registered_at", "business_scope", "founded_at", "premises_type",
    "lease_end", "building_m2", "living_room_m2", "living_room_floors", "outdoor_m2", "places_total",
    "places_inclusive", "provides_meals", "inclusive", "demonstration_level", "notes",
)
_PHONES = frozenset({"phone", "legal_rep_phone", "director_phone"})
_FREE_TEXT = frozenset({"business_scope", "notes"})


def draft_of(row: Nursery, street_code: str) -> NurseryDraft:
    values = {name: getattr(row, name) for name in _SCALARS}
    return NurseryDraft(
        **values,
        uscc=row.uscc or "",
        street_code=street_code,
        service_types=frozenset(s.service_type for s in row.service_types),
        classes=tuple(_class_draft(c) for c in row.classes),
    )


def apply_draft(row: Nursery, draft: NurseryDraft, street_id: int | None) -> None:
    """Copy the draft's values onto the row, normalised; child rows are replaced."""
    for name in _SCALARS:
        setattr(row, name, _normalised(name, getattr(draft, name)))
    row.uscc = compact_code(draft.uscc) or None
    row.street_id = street_id
    # Child rows are replaced only when they differ, so an unchanged save leaves the version alone.
    if {s.service_type for s in row.service_types} != set(draft.service_types):
        row.service_types = [NurseryServiceType(service_type=s) for s in sorted(draft.service_types)]
    classes = [ClassDraft(c.class_type, clean_text(c.name), c.capacity, c.enrolled, c.caregivers)
               for c in draft.classes]
    if [_class_draft(c) for c in row.classes] != classes:
        row.classes = [
            NurseryClass(name=c.name, class_type=c.class_type, capacity=c.capacity,
                         enrolled=c.enrolled, caregivers=c.caregivers)
            for c in classes
        ]


def _class_draft(c: NurseryClass) -> ClassDraft:
    return ClassDraft(c.class_type, c.name, c.capacity, c.enrolled, c.caregivers)


def _normalised(name: str, value: object) -> object:
    if not isinstance(value, str) or isinstance(value, Enum):
        return value
    if name == "legal_rep_id_no":
        return compact_code(value)
    if name in _PHONES:
        return re.sub(r"\s", "", to_halfwidth(value))
    if name in _FREE_TEXT:
        return value.strip()
    return clean_text(value)


def street_id_for(session: Session, code: str) -> int | None:
    if not code:
        return None
    return session.scalar(select(Street.id).where(Street.code == code))


def street_code_of(session: Session, street_id: int | None) -> str:
    if street_id is None:
        return ""
    return session.scalar(select(Street.code).where(Street.id == street_id)) or ""


def by_uscc(session: Session, uscc: str) -> Nursery | None:
    return session.scalars(select(Nursery).where(Nursery.uscc == uscc)).first()
