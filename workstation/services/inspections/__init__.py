"""Inspections: checklists, findings and rectification, notices, re-inspection, random draws.

The front module: other areas and layers import only from here (names load on first use).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workstation.fronts import lazy_front

if TYPE_CHECKING:
    from workstation.services.inspections.draw_check import DrawCheck, verify_draw
    from workstation.services.inspections.draw_dto import DEFAULT_STATUSES, DrawDTO, DrawFilters, DrawSummary
    from workstation.services.inspections.draws import RandomDrawService
    from workstation.services.inspections.dto import (
        FindingDTO,
        InspectionDTO,
        InspectionItemDTO,
        InspectionRow,
        ItemDraft,
        ItemEntry,
        TemplateDTO,
        TemplateItemDTO,
    )
    from workstation.services.inspections.home_counts import HomeCounts
    from workstation.services.inspections.lists import URGENCY, FindingQuery, InspectionQuery, ListPage
    from workstation.services.inspections.notices import SERIES
    from workstation.services.inspections.provisional import recompute_finding_deadlines
    from workstation.services.inspections.queues import FindingRow, InspectionQueues, timeline
    from workstation.services.inspections.served import served_home_counts
    from workstation.services.inspections.service import InspectionService
    from workstation.services.inspections.templates import TemplateService, seed_templates

__all__ = [
    "DEFAULT_STATUSES",
    "DrawDTO",
    "DrawFilters",
    "DrawSummary",
    "FindingDTO",
    "FindingQuery",
    "FindingRow",
    "HomeCounts",
    "InspectionDTO",
    "InspectionItemDTO",
    "InspectionQuery",
    "InspectionQueues",
    "InspectionRow",
    "InspectionService",
    "ItemDraft",
    "ItemEntry",
    "ListPage",
    "RandomDrawService",
    "SERIES",
    "TemplateDTO",
    "TemplateItemDTO",
    "TemplateService",
    "URGENCY",
    "recompute_finding_deadlines",
    "seed_templates",
    "served_home_counts",
    "timeline",
    "verify_draw",
    "DrawCheck",
]

__getattr__ = lazy_front(__name__, {
    "served_home_counts": "served",
    "DEFAULT_STATUSES": "draw_dto",
    "DrawDTO": "draw_dto",
    "DrawFilters": "draw_dto",
    "DrawSummary": "draw_dto",
    "FindingDTO": "dto",
    "FindingQuery": "lists",
    "FindingRow": "queues",
    "HomeCounts": "home_counts",
    "InspectionDTO": "dto",
    "InspectionItemDTO": "dto",
    "InspectionQuery": "lists",
    "InspectionQueues": "queues",
    "InspectionRow": "dto",
    "InspectionService": "service",
    "ItemDraft": "dto",
    "ItemEntry": "dto",
    "ListPage": "lists",
    "RandomDrawService": "draws",
    "SERIES": "notices",
    "TemplateDTO": "dto",
    "TemplateItemDTO": "dto",
    "TemplateService": "templates",
    "URGENCY": "lists",
    "recompute_finding_deadlines": "provisional",
    "verify_draw": "draw_check",
    "DrawCheck": "draw_check",
    "seed_templates": "templates",
    "timeline": "queues",
})
