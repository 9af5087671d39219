"""A pushed row's fields as stored on the item (JSON) and back, and as the nursery draft intake takes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import replace

from workstation.domain.enums import InstitutionKind, LabelledEnum, LegalNature, RegistrationOrganKind
from workstation.domain.nursery import NurseryDraft

_ENUMS: dict[str, type[LabelledEnum]] = {"legal_nature": LegalNature, "nature_guess": LegalNature,
                                         "registration_organ_kind": RegistrationOrganKind}
_DATES = ("registered_at",)
BEFORE = "registry_before"  # added to the item's JSON by an accept or merge: the registry's values it replaced
_DRAFT_FIELDS = ("name", "legal_nature", "registration_organ_kind", "registered_at", "legal_rep_name", "address",
                 "business_scope")


def to_json(given: Mapping[str, object], uscc: str, nature: LegalNature) -> dict[str, object]:
    """`nature` is the one the row states or its USCC implies (a new nursery needs one)."""
    out: dict[str, object] = {"uscc": uscc, "nature_guess": nature.value}
    for name, value in given.items():
        if name == "registration_organ_id":
            continue  # intake derives it from the organ kind
        if isinstance(value, LabelledEnum):
            value = value.value
        elif isinstance(value, dt.date):
            value = value.isoformat()
        out[name] = value
    return out


def from_json(data: Mapping[str, object]) -> dict[str, object]:
    out = dict(data)
    for name, enum in _ENUMS.items():
        if out.get(name):
            out[name] = enum(out[name])
    for name in _DATES:
        if out.get(name):
            out[name] = dt.date.fromisoformat(str(out[name]))
    return out


def new_draft(pushed: Mapping[str, object], street_code: str) -> NurseryDraft:
    """The draft intake creates from a pushed row (a 家庭托育点 by its name, like the import)."""
    name = str(pushed.get("name", ""))
    values = {k: pushed[k] for k in _DRAFT_FIELDS if k in pushed and pushed[k] not in (None, "")}
    values.setdefault("legal_nature", pushed.get("nature_guess"))
    kind = InstitutionKind.HOME_BASED if "家庭托育点" in name else InstitutionKind.STANDALONE
    return NurseryDraft(**values, kind=kind, uscc=str(pushed.get("uscc", "")), street_code=street_code)


def merged_draft(draft: NurseryDraft, pushed: Mapping[str, object], fields: tuple[str, ...]) -> NurseryDraft:
    """The registry's draft with the chosen fields taken from the push."""
    return replace(draft, **{name: pushed[name] for name in fields if name in pushed})
