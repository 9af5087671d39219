"""The fees area (收费公示): district list, a nursery's schedules, schedule, publicity and rule dialogs.

The front module: other areas import only from here (names load on first use).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workstation.fronts import lazy_front

if TYPE_CHECKING:
    from workstation.ui.fees.area import build_page
    from workstation.ui.fees.fees_page import FeesPage
    from workstation.ui.fees.publicity_dialog import FeePublicityDialog
    from workstation.ui.fees.rules_dialog import FeeRulesDialog
    from workstation.ui.fees.schedule_dialog import FeeScheduleDialog

__all__ = [
    "FeePublicityDialog",
    "FeeRulesDialog",
    "FeeScheduleDialog",
    "FeesPage",
    "build_page",
]

__getattr__ = lazy_front(__name__, {
    "FeePublicityDialog": "publicity_dialog",
    "FeeRulesDialog": "rules_dialog",
    "FeeScheduleDialog": "schedule_dialog",
    "FeesPage": "fees_page",
    "build_page": "area",
})
