"""Validate one data row of a registration push into the nursery fields it provides."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from workstation.domain.enums import LegalNature, RegistrationOrganKind
from workstation.domain.errors import ValidationError
from workstation.domain.field_limits import too_long
from workstation.domain.intake_checks import uscc_findings
from workstation.domain.routing import DEFAULT_ROUTES, Route, organ_problem
from workstation.services.imports.cells import (
    NATURE_BY_PREFIX,
    cell_text,
    date_of,
    free_text,
    nature_of,
    organ_of,
    uscc_of,
)
from workstation.services.imports.reader import SheetRow


@dataclass(frozen=True)
class RowContext:
    """What validation needs from the district: today, its code, routes, departments and streets."""

    today: dt.date
    district_code: str
    routes: Mapping[LegalNature, Route]
    departments: Mapping[RegistrationOrganKind, int]
    streets: Sequence[tuple[str, int]]  # (name, id), longest names first

    def street_for(self, address: str) -> int | None:
        """The street whose name the address contains, None when none does."""
        return next((street_id for name, street_id in self.streets if name in address), None)


@dataclass(frozen=True)
class Candidate:
    """A valid row: `given` holds only the Nursery fields the file supplies (non-blank cells);
    `warnings` are the findings that intake would also only warn about (the row is still written)."""

    row_number: int
    uscc: str
    name: str
    nature: LegalNature
    organ: RegistrationOrganKind | None
    given: Mapping[str, object]
    warnings: tuple[str, ...] = ()


def validate_row(row: SheetRow, columns: Mapping[str, int], ctx: RowContext) -> Candidate:
    """The row as a Candidate, or ValidationError with the reason it is rejected."""
    name = _limited("name", cell_text(row.get(columns.get("name"))))
    if not name:
        raise ValidationError("缺少名称。", "name")
    code = uscc_of(row.get(columns.get("uscc")))
    nature_text = cell_text(row.get(columns.get("nature")))
    nature = _nature(code, nature_text)
    organ_text = cell_text(row.get(columns.get("organ")))
    routed = ctx.routes.get(nature, Route(nature, DEFAULT_ROUTES.get(nature), "")).organ
    given_organ = _organ(organ_text, nature)
    given: dict[str, object] = {"name": name}
    if nature_text:
        given["legal_nature"] = nature
    if given_organ is not None:
        given["registration_organ_kind"] = given_organ
        given["registration_organ_id"] = ctx.departments.get(given_organ)
    findings = uscc_findings(code, nature, ctx.district_code)
    elsewhere = any(f.code == "R-USCC-AREA" for f in findings)
    _add_details(given, row, columns, ctx, place_in_street=not elsewhere)
    warnings = tuple(f.message + (_NO_STREET if f.code == "R-USCC-AREA" else "") for f in findings)
    return Candidate(row.number, code, name, nature, given_organ or routed, given, warnings)


# A nursery registered outside the district is not placed in one of its streets by a word of its address.
_NO_STREET = "导入时不按住所划入街道。"


def _add_details(given: dict[str, object], row: SheetRow, columns: Mapping[str, int], ctx: RowContext,
                 place_in_street: bool = True) -> None:
    registered_at = date_of(row.get(columns.get("registered_at")), ctx.today)
    if registered_at is not None:
        given["registered_at"] = registered_at
    rep = _limited("legal_rep_name", cell_text(row.get(columns.get("legal_rep"))))
    if rep:
        given["legal_rep_name"] = rep
    address = _limited("address", cell_text(row.get(columns.get("address"))))
    if address:
        given["address"] = address
        street_id = ctx.street_for(address) if place_in_street else None
        if street_id is not None:
            given["street_id"] = street_id
    scope = _limited("business_scope", free_text(row.get(columns.get("scope"))))
    if scope:
        given["business_scope"] = scope


def _limited(field: str, text: str) -> str:
    """The text, refused when longer than the field's limit (domain/field_limits.py, as at intake)."""
    message = too_long(field, text)
    if message:
        raise ValidationError(message, field)
    return text


def _nature(code: str, text: str) -> LegalNature:
    """The nature the 性质 cell names, else the one the USCC implies (a mismatch is a warning)."""
    if not text:
        nature = NATURE_BY_PREFIX.get(code[:2])
        if nature is None:
            raise ValidationError(
                f"无法根据统一社会信用代码前两位“{code[:2]}”判断机构性质，请在“性质”列注明。", "legal_nature"
            )
        return nature
    nature = nature_of(text)
    if nature is None:
        raise ValidationError(f"无法识别机构性质“{text}”。", "legal_nature")
    return nature


def _organ(text: str, nature: LegalNature) -> RegistrationOrganKind | None:
    """The organ the 登记机关 cell names, refused when it does not register this nature (as at intake)."""
    organ = organ_of(text) if text else None
    if organ is None:
        return None  # blank or unknown wording: the district's routing decides
    problem = organ_problem(nature, organ)
    if problem:
        raise ValidationError(f"登记机关“{text}”：{problem}", "registration_organ_kind")
    return organ
