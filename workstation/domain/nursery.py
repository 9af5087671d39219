"""The nursery as a clerk enters it: plain values, no persistence (domain.md §14–16)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from workstation.domain.enums import (
    ClassType,
    DemonstrationLevel,
    IdType,
    InstitutionKind,
    LegalNature,
    PremisesType,
    RegistrationOrganKind,
    ServiceType,
)
from workstation.domain.texts import Text


@dataclass(frozen=True)
class ClassDraft:
    class_type: ClassType
    name: str = ""
    capacity: int = 0
    enrolled: int = 0
    caregivers: int = 0


@dataclass(frozen=True)
class NurseryDraft:
    """Every field of the intake form. Empty strings / None mean 'not given'."""

    name: str
    legal_nature: LegalNature
    kind: InstitutionKind
    alias: str = ""
    uscc: str = ""
    sponsor: str = ""
    street_code: str = ""
    address: str = ""
    phone: str = ""
    legal_rep_name: str = ""
    legal_rep_id_type: IdType = IdType.RESIDENT_ID
    legal_rep_id_no: str = ""
    legal_rep_phone: str = ""
    director_name: str = ""
    director_phone: str = ""
    registration_organ_kind: RegistrationOrganKind | None = None
    registered_at: dt.date | None = None
    business_scope: str = ""
    founded_at: dt.date | None = None
    premises_type: PremisesType | None = None
    lease_end: dt.date | None = None
    building_m2: float | None = None
    living_room_m2: float | None = None
    living_room_floors: str = ""
    outdoor_m2: float | None = None
    places_total: int = 0
    places_inclusive: int = 0
    provides_meals: bool = False
    inclusive: bool = False
    demonstration_level: DemonstrationLevel | None = None
    service_types: frozenset[ServiceType] = frozenset()
    classes: tuple[ClassDraft, ...] = ()
    notes: str = ""

    @property
    def enrolled(self) -> int:
        return sum(c.enrolled for c in self.classes)

    @property
    def is_registered(self) -> bool:
        """The registration result has been entered (certificate number and date)."""
        return bool(self.uscc) and self.registered_at is not None


@dataclass(frozen=True)
class Finding:
    """One check result: an error blocks saving; a warning needs the clerk's reason to save; an existing
    error (one the saved record already has, which the edit leaves as it was) is shown and blocks nothing."""

    code: str
    severity: str  # "error" | "warning" | "existing"
    field: str
    message: str
    text: Text | None = field(default=None, compare=False)  # the message as template and values

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    @property
    def is_warning(self) -> bool:
        return self.severity == "warning"

    @property
    def is_existing(self) -> bool:
        return self.severity == "existing"


@dataclass(frozen=True)
class Override:
    """The clerk's reason for saving despite a warning."""

    code: str
    reason: str


@dataclass(frozen=True)
class CheckOutcome:
    findings: tuple[Finding, ...] = ()
    overrides: tuple[Override, ...] = field(default=())

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.is_error)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.is_warning)
