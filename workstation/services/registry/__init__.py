"""The registry of nurseries: intake with routing and checks, search, duplicates, timeline.

The front module: other areas and layers import only from here (names load on first use).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workstation.fronts import lazy_front

if TYPE_CHECKING:
    from workstation.services.registry.duplicates import SimilarNursery, find_similar
    from workstation.services.registry.intake import (
        IntakeRejected,
        IntakeService,
        NurseryRecord,
        PossibleDuplicate,
    )
    from workstation.services.registry.lifecycle import LifecycleService, StatusChange, suspend_for_inspection
    from workstation.services.registry.listing import (
        COUNT_CAP,
        RegistryFirstPage,
        RegistryQuery,
        RegistryRow,
        RegistryService,
    )
    from workstation.services.registry.nursery_filter import NurseryTextFilter, nursery_text_filter
    from workstation.services.registry.routing import RoutingService, routes_in
    from workstation.services.registry.search import nursery_text_conditions
    from workstation.services.registry.timeline import TimelineEntry, TimelineService

__all__ = [
    "COUNT_CAP",
    "IntakeRejected",
    "IntakeService",
    "LifecycleService",
    "NurseryRecord",
    "NurseryTextFilter",
    "PossibleDuplicate",
    "RegistryFirstPage",
    "RegistryQuery",
    "RegistryRow",
    "RegistryService",
    "RoutingService",
    "SimilarNursery",
    "StatusChange",
    "TimelineEntry",
    "TimelineService",
    "find_similar",
    "nursery_text_conditions",
    "nursery_text_filter",
    "routes_in",
    "suspend_for_inspection",
]

__getattr__ = lazy_front(__name__, {
    "COUNT_CAP": "listing",
    "IntakeRejected": "intake",
    "IntakeService": "intake",
    "LifecycleService": "lifecycle",
    "NurseryRecord": "intake",
    "NurseryTextFilter": "nursery_filter",
    "PossibleDuplicate": "intake",
    "RegistryFirstPage": "listing",
    "RegistryQuery": "listing",
    "RegistryRow": "listing",
    "RegistryService": "listing",
    "RoutingService": "routing",
    "SimilarNursery": "duplicates",
    "StatusChange": "lifecycle",
    "TimelineEntry": "timeline",
    "TimelineService": "timeline",
    "find_similar": "duplicates",
    "nursery_text_conditions": "search",
    "nursery_text_filter": "nursery_filter",
    "routes_in": "routing",
    "suspend_for_inspection": "lifecycle",
})
