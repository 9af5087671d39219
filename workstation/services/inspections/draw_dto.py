"""What the random-draw service takes and returns: filters, candidates, draws (frozen values)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from workstation.db.orm.random_draws import RandomDraw
from workstation.domain.enums import InstitutionKind, InstitutionStatus, LegalNature
from workstation.domain.texts import QT_TRANSLATE_NOOP, Text, text

FROZEN, DRAWN = "FROZEN", "DRAWN"  # RandomDraw.stage

# The population by default: nurseries that are filed and open (not suspended, not closing).
DEFAULT_STATUSES: tuple[InstitutionStatus, ...] = (
    InstitutionStatus.FILED, InstitutionStatus.OPERATING, InstitutionStatus.UNDER_NOTICE,
    InstitutionStatus.CHANGING)


@dataclass(frozen=True)
class DrawFilters:
    """Which nurseries a draw is made from (None = any)."""

    street_code: str | None = None
    legal_nature: LegalNature | None = None
    kind: InstitutionKind | None = None
    statuses: tuple[InstitutionStatus, ...] = DEFAULT_STATUSES
    inclusive: bool | None = None

    def to_json(self, street_name: str = "") -> dict[str, Any]:
        return {"street_code": self.street_code, "street_name": street_name,
                "legal_nature": self.legal_nature.value if self.legal_nature else None,
                "kind": self.kind.value if self.kind else None,
                "statuses": [s.value for s in self.statuses], "inclusive": self.inclusive}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DrawFilters:
        nature, kind = data.get("legal_nature"), data.get("kind")
        return cls(data.get("street_code"), LegalNature(nature) if nature else None,
                   InstitutionKind(kind) if kind else None,
                   tuple(InstitutionStatus(s) for s in data.get("statuses", ())), data.get("inclusive"))


_ANY = QT_TRANSLATE_NOOP("DomainText", "不限")
_INCLUSIVE = {None: _ANY, True: QT_TRANSLATE_NOOP("DomainText", "普惠性"),
              False: QT_TRANSLATE_NOOP("DomainText", "非普惠性")}


def filters_text(data: dict[str, Any]) -> Text:
    """The stored filters in words: str() is the Chinese printed on the result, `shown` the interface's."""
    filters = DrawFilters.from_json(data)
    street = data.get("street_name") or filters.street_code or text(QT_TRANSLATE_NOOP("DomainText", "全部街道（乡镇）"))
    return text(QT_TRANSLATE_NOOP("DomainText", "街道（乡镇）：{street}；机构性质：{nature}；机构类型：{kind}；"
                                                "机构状态：{statuses}；普惠性：{inclusive}"),
                street=street, nature=filters.legal_nature or text(_ANY), kind=filters.kind or text(_ANY),
                statuses=filters.statuses or text(_ANY), inclusive=text(_INCLUSIVE[filters.inclusive]))


@dataclass(frozen=True)
class Candidate:
    """A nursery of the population; `key` is what the draw hashes (its USCC)."""

    nursery_id: int
    key: str
    name: str
    uscc: str
    street_name: str
    status: InstitutionStatus


@dataclass(frozen=True)
class PickView:
    position: int
    nursery_id: int
    key: str
    name: str
    uscc: str
    street_name: str
    inspectors: tuple[str, ...]


@dataclass(frozen=True)
class DrawSummary:
    """One line of the history of draws."""

    id: int
    drawn_at: dt.datetime
    drawn_by: str
    seed: str
    count: int
    population_size: int
    filters_text: Text  # str(): the Chinese of the printed result
    pending: bool = False  # frozen, its public value not yet entered


@dataclass(frozen=True)
class DrawDTO:
    """A stored draw with its picks: everything the printed result shows."""

    id: int
    uuid: str
    drawn_at: dt.datetime  # naive UTC
    drawn_by: str          # username
    drawn_by_name: str
    method: str
    seed: str
    seed_generated: bool
    filters: DrawFilters
    filters_text: Text  # str(): the Chinese of the printed result
    population_size: int
    population_sha256: str
    count: int
    per_nursery: int
    inspectors: tuple[str, ...]
    picks: tuple[PickView, ...] = field(default=())
    stage: str = DRAWN  # FROZEN: population, count and inspectors fixed, waiting for the public value
    frozen_at: dt.datetime | None = None  # naive UTC; when the population was fixed (two-step draws)
    public_value: str = ""
    witness: str = ""
    population: tuple[str, ...] = ()  # the candidate keys as frozen (sorted): printed for an outside re-check

    @property
    def pending(self) -> bool:
        return self.stage == FROZEN


# What a line of the history reads: never the stored population.
SUMMARY_COLUMNS = (RandomDraw.id, RandomDraw.created_at, RandomDraw.drawn_at, RandomDraw.drawn_by_name,
                   RandomDraw.created_by, RandomDraw.seed, RandomDraw.count, RandomDraw.population_size,
                   RandomDraw.filters, RandomDraw.stage)


def summary_of(row) -> DrawSummary:
    """A DrawSummary from a RandomDraw or a row of SUMMARY_COLUMNS."""
    return DrawSummary(row.id, row.drawn_at or row.created_at, row.drawn_by_name or row.created_by, row.seed,
                       row.count, row.population_size, filters_text(row.filters), row.stage == FROZEN)


def draw_view(row: RandomDraw, with_population: bool = False) -> DrawDTO:
    """The draw as shown; its population (thousands of keys) only when asked: for the printed sheet."""
    picks = tuple(PickView(p.position, p.nursery_id, p.nursery_key, p.nursery_name,
                           "" if p.nursery_key.startswith(NO_USCC_PREFIX) else p.nursery_key,
                           p.street_name, tuple(p.inspectors)) for p in row.picks)
    return DrawDTO(row.id, row.uuid, row.drawn_at or row.created_at, row.created_by, row.drawn_by_name,
                   row.method, row.seed, row.seed_generated, DrawFilters.from_json(row.filters),
                   filters_text(row.filters), row.population_size, row.population_sha256, row.count,
                   row.per_nursery, tuple(row.inspectors), picks, row.stage or DRAWN, row.created_at,
                   row.public_value or "", row.witness or "",
                   tuple(row.population or ()) if with_population else ())


# A nursery without a USCC (never in the default population) is keyed by its UUID instead.
NO_USCC_PREFIX = "uuid:"


def candidate_key(uscc: str | None, uuid: str) -> str:
    return uscc or f"{NO_USCC_PREFIX}{uuid}"
