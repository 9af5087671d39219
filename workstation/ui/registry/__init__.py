"""机构登记 in the interface: the registry page, the intake dialog and its parts, the nursery's record.

The front module: other areas import only from here (names load on first use).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workstation.fronts import lazy_front

if TYPE_CHECKING:
    from workstation.ui.registry.area import build_page
    from workstation.ui.registry.area_page import IntakeAreaPage
    from workstation.ui.registry.duplicate_dialog import DuplicateCompareDialog
    from workstation.ui.registry.intake_dialog import IntakeDialog
    from workstation.ui.registry.record_dialog import NurseryRecordDialog
    from workstation.ui.registry.registry_page import RegistryPage

__all__ = [
    "DuplicateCompareDialog",
    "IntakeAreaPage",
    "IntakeDialog",
    "NurseryRecordDialog",
    "RegistryPage",
    "build_page",
]

__getattr__ = lazy_front(__name__, {
    "DuplicateCompareDialog": "duplicate_dialog",
    "IntakeAreaPage": "area_page",
    "IntakeDialog": "intake_dialog",
    "NurseryRecordDialog": "record_dialog",
    "RegistryPage": "registry_page",
    "build_page": "area",
})
