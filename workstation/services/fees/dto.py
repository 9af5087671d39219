"""What the fee services return: frozen values that may cross into Qt and into the PDF renderers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from workstation.db.repositories.fees import CurrentFees  # noqa: F401  (re-exported: the district list's rows)
from workstation.domain.enums import LegalNature
from workstation.domain.fees import FeeItem, Period, PublicityChannel
from workstation.services.common.timeline import TimelineEntry  # noqa: F401  (re-exported)


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
    recorded_by_name: str = ""  # the account's display name (empty for an os:/system: actor)

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
class FeeNotice:
    """What a 收费公示表 prints: the schedule in force and publicised on `as_of`, and nothing internal.

    `publicised_on`: when that schedule was first publicised (on or before `as_of`); `over_cap`: the
    public wording of each charge above its guidance cap then. No note of the clerk's is carried.
    """

    header: NurseryFeeHeader
    as_of: dt.date
    period: Period
    items: tuple[FeeItem, ...]
    publicised_on: dt.date
    over_cap: tuple[str, ...] = ()
