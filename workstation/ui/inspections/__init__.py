"""

The front module: other areas import only from here (names load on first use).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workstation.fronts import lazy_front

if TYPE_CHECKING:
    from workstation.ui.inspections.area import build_home_widget, build_page
    from workstation.ui.inspections.home_counts import HomeInspectionCounts
    from workstation.ui.inspections.inspections_page import InspectionServices, InspectionsPage
    from workstation.ui.inspections.new_dialog import registry_search

__all__ = [
    "HomeInspectionCounts",
    "InspectionServices",
    "InspectionsPage",
    "build_home_widget",
    "build_page",
    "registry_search",
]

__getattr__ = lazy_front(__name__, {
    "HomeInspectionCounts": "home_counts",
    "InspectionServices": "inspections_page",
    "InspectionsPage": "inspections_page",
    "build_home_widget": "area",
    "build_page": "area",
    "registry_search": "new_dialog",
})
