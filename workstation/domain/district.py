"""The district a workstation serves, as a value object."""

from __future__ import annotations

from dataclasses import dataclass

from workstation.domain.enums import LegalNature


@dataclass(frozen=True)
class StreetInfo:
    code: str
    name: str
    resident_population: int | None = None


@dataclass(frozen=True)
class DistrictSettings:
    division_code: str
    name: str
    resident_population: int | None
    approval_natures: tuple[LegalNature, ...]
    streets: tuple[StreetInfo, ...]
