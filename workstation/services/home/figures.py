"""Figures for the home page: the district, nurseries by status and by street, places.

Queries are portable SQL text run through a reader, so the first screen can be served
without loading the ORM (see db/readers.py).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from workstation.db.readers import SessionReader, SqlReader
from workstation.domain.counting import COUNTED, NOT_COUNTED
from workstation.domain.district import DistrictSettings, StreetInfo
from workstation.domain.enums import InstitutionStatus, LegalNature

DISTRICT_SQL = "SELECT division_code, name, resident_population, approval_natures FROM district ORDER BY id LIMIT 1"
STREETS_SQL = "SELECT code, name, resident_population FROM street ORDER BY code"
# One pass over a covering index (ix_nursery_figures) gives every figure, enrolment too (each nursery's
# stored total, kept by triggers on nursery_class: migration 20261205_0045).
FIGURES_SQL = """
SELECT street_id, status, COUNT(*), COALESCE(SUM(places_total), 0), COALESCE(SUM(places_inclusive), 0),
       COALESCE(SUM(enrolled_total), 0)
FROM nursery GROUP BY street_id, status
"""
STREET_IDS_SQL = "SELECT id, code, name FROM street ORDER BY code"
_NOT_COUNTED_IN = ", ".join(f"'{status.value}'" for status in sorted(NOT_COUNTED, key=lambda s: s.value))
# The enrolment alone, from the same index.
ENROLLED_SQL = f"""
SELECT COALESCE(SUM(enrolled_total), 0) FROM nursery
WHERE status NOT IN ({_NOT_COUNTED_IN})
"""
UNASSIGNED = "（未划分街道）"  # the statistics register's row for nurseries with no street


@dataclass(frozen=True)
class StreetFigures:
    street_code: str
    street_name: str
    nurseries: int
    registered_not_filed: int
    places_total: int
    places_inclusive: int


@dataclass(frozen=True)
class HomeSummary:
    """Figures of the nurseries that count (domain/counting.py); `by_status` has every status."""

    nurseries: int
    by_status: dict[InstitutionStatus, int]
    places_total: int
    places_inclusive: int
    enrolled: int
    streets: tuple[StreetFigures, ...]

    @property
    def registered_not_filed(self) -> int:
        return self.by_status.get(InstitutionStatus.REGISTERED, 0)


class HomeService:
    """Read-only aggregates; one query per figure group, no rows loaded."""

    def __init__(self, source: SqlReader | object) -> None:
        # A session factory is accepted too and wrapped.
        self._reader: SqlReader = source if hasattr(source, "rows") else SessionReader(source)

    def district(self) -> DistrictSettings | None:
        """The district settings, or None before the first run."""
        rows = self._reader.rows(DISTRICT_SQL)
        if not rows:
            return None
        code, name, population, natures = rows[0]
        natures = json.loads(natures) if isinstance(natures, str) else (natures or [])
        streets = tuple(StreetInfo(*r) for r in self._reader.rows(STREETS_SQL))
        return DistrictSettings(code, name, population, tuple(LegalNature(v) for v in natures), streets)

    def enrolled(self) -> int:
        """Children enrolled in the nurseries that count."""
        return int(self._reader.rows(ENROLLED_SQL)[0][0])

    def summary(self, enrolled: int | None = None) -> HomeSummary:
        """`enrolled`: the enrolment already read (enrolled()), else the one read here with the figures."""
        read = self._reader.rows
        by_status: dict[InstitutionStatus, int] = {}
        per_street: dict[int | None, list[int]] = {}
        counted_enrolment = 0
        for street_id, status, count, places, inclusive, enrolment in read(FIGURES_SQL):
            status = InstitutionStatus(status)
            by_status[status] = by_status.get(status, 0) + int(count)
            if status not in COUNTED:
                continue
            counted_enrolment += int(enrolment)
            figures = per_street.setdefault(street_id, [0, 0, 0, 0])
            figures[0] += int(count)
            figures[1] += int(count) if status == InstitutionStatus.REGISTERED else 0
            figures[2] += int(places)
            figures[3] += int(inclusive)
        streets = [StreetFigures(code, name, *per_street.get(sid, (0, 0, 0, 0)))
                   for sid, code, name in read(STREET_IDS_SQL)]
        if None in per_street:
            streets.append(StreetFigures("", UNASSIGNED, *per_street[None]))
        return HomeSummary(
            nurseries=sum(f[0] for f in per_street.values()),
            by_status=by_status,
            places_total=sum(f[2] for f in per_street.values()),
            places_inclusive=sum(f[3] for f in per_street.values()),
            enrolled=counted_enrolment if enrolled is None else enrolled,
            streets=tuple(streets),
        )
