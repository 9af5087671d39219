"""The filing area (备案管理): page, application dialog, work queues for the home page.

The front module: other areas import only from here (names load on first use).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workstation.fronts import lazy_front

if TYPE_CHECKING:
    from workstation.ui.filing.application_dialog import FilingApplicationDialog
    from workstation.ui.filing.area import build_home_widget, build_page
    from workstation.ui.filing.filing_page import FilingPage
    from workstation.ui.filing.queues import HomeQueues

__all__ = [
    "FilingApplicationDialog",
    "FilingPage",
    "HomeQueues",
    "build_home_widget",
    "build_page",
]

__getattr__ = lazy_front(__name__, {
    "FilingApplicationDialog": "application_dialog",
    "FilingPage": "filing_page",
    "HomeQueues": "queues",
    "build_home_widget": "area",
    "build_page": "area",
})
