"""The district: first-run set-up, streets, departments and the workstation's settings.

The front module: other areas and layers import only from here (names load on first use).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workstation.fronts import lazy_front

if TYPE_CHECKING:
    from workstation.services.district.rule_catalogue import CatalogueRow, RuleCatalogueService
    from workstation.services.district.service import DistrictService, DistrictSettings, StreetInfo
    from workstation.services.district.settings import SettingsService

__all__ = [
    "CatalogueRow",
    "DistrictService",
    "DistrictSettings",
    "RuleCatalogueService",
    "SettingsService",
    "StreetInfo",
]

__getattr__ = lazy_front(__name__, {
    "CatalogueRow": "rule_catalogue",
    "DistrictService": "service",
    "DistrictSettings": "service",
    "RuleCatalogueService": "rule_catalogue",
    "SettingsService": "settings",
    "StreetInfo": "service",
})
