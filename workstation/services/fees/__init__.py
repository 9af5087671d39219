"""Fees (收费公示): effective-dated schedules, guidance caps, publicity, the district overview.

The front module: other areas and layers import only from here (names load on first use).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workstation.fronts import lazy_front

if TYPE_CHECKING:
    from workstation.services.fees.dto import CurrentFees, FeeNotice, Publicity, Schedule
    from workstation.services.fees.overview import (
        CHARGING,
        FEE_COUNT_CAP,
        OVERVIEW_SORT_KEYS,
        FeeOverviewQuery,
    )
    from workstation.services.fees.rules import FeeRuleService
    from workstation.services.fees.service import FeeService

__all__ = [
    "CHARGING",
    "CurrentFees",
    "FEE_COUNT_CAP",
    "FeeNotice",
    "FeeOverviewQuery",
    "FeeRuleService",
    "FeeService",
    "OVERVIEW_SORT_KEYS",
    "Publicity",
    "Schedule",
]

__getattr__ = lazy_front(__name__, {
    "CHARGING": "overview",
    "CurrentFees": "dto",
    "FEE_COUNT_CAP": "overview",
    "FeeNotice": "dto",
    "FeeOverviewQuery": "overview",
    "FeeRuleService": "rules",
    "FeeService": "service",
    "OVERVIEW_SORT_KEYS": "overview",
    "Publicity": "dto",
    "Schedule": "dto",
})
