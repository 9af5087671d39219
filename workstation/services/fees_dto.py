"""What the fee services return: frozen values that may cross into Qt and into the PDF renderers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple

from ..domain.enums import InstitutionStatus, LegalNature, ServiceType
from ..domain.fees import FeeFinding, FeeItem, FeeItemKind, Period, PublicityChannel


@dataclass(frozen=True)
class Publicity:
    """When and how a schedule was made public, with the evidence file's name and hash."""

    channel: PublicityChannel
    publicised_on: dt.date
    note: str = ""
    evidence_name: str = ""
    evidence_sha256: str = ""
    id: int | None = None
    recorded_by: str = ""
    recorded_at: dt.datetime | None = None


@dataclass(frozen=True)
class Schedule:
    """A recorded fee schedule: its period, items and publicity."""

    id: int
    nursery_id: int
    period: Period
    items: tuple[FeeItem, ...]
    note: str = ""
    publicity: tuple[Publicity, ...] = ()
    recorded_at: dt.datetime | None = None
    recorded_by: str = ""

    def publicised_by(self, day: dt.date) -> bool:
        return any(p.publicised_on <= day for p in self.publicity)


@dataclass(frozen=True)
class NurseryFeeHeader:
    """Who a notice is for and whom to complain to (the PDF documents' header)."""

    nursery_id: int
    name: str
    uscc: str
    filing_no: str
    legal_nature: LegalNature
    inclusive: bool
    district_name: str = ""
    health_dept: str = "卫生健康委员会"
    health_phone: str = ""
    price_dept: str = "市场监督管理局"
    price_phone: str = ""


@dataclass(frozen=True)
class CurrentFees:
    """One nursery's fees in force on a date, with what the checks flag (district list, 收费公示汇总表)."""

    nursery_id: int
    name: str
    uscc: str
    street: str
    legal_nature: LegalNature
    inclusive: bool
    status: InstitutionStatus
    schedule_id: int | None  # None: no schedule in force
    effective_from: dt.date | None
    items: tuple[FeeItem, ...]
    publicised: bool
    findings: tuple[FeeFinding, ...]

    def main_item(self, service_type: ServiceType) -> FeeItem | None:
        """The care fee of a service type (else its first item): the figure the list shows and sorts by."""
        items = [i for i in self.items if i.service_type is service_type]
        return next((i for i in items if i.kind is FeeItemKind.CARE), items[0] if items else None)

    @property
    def over_cap(self) -> tuple[FeeFinding, ...]:
        return tuple(f for f in self.findings if f.code == "FEE-CAP")

    @property
    def excess_fen(self) -> int:
        return max((f.excess_fen for f in self.over_cap), default=0)


class TimelineEntry(NamedTuple):
    """One event of a nursery's fee record, for the nursery's timeline (at is naive UTC)."""

    at: dt.datetime
    kind: str  # "fee_schedule" | "fee_publicity"
    text: str
    actor: str
