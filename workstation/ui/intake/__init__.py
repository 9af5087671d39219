"""机构登记: the intake dialog and its parts (form binding, findings panel, classes table, duplicates)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .duplicate_dialog import DuplicateCompareDialog
    from .intake_dialog import IntakeDialog

__all__ = ["DuplicateCompareDialog", "IntakeDialog"]


def __getattr__(name: str) -> Any:
    # Imported on first use: the generated form imports findings_panel from this package, so an
    # eager import of intake_dialog here would be circular when the form is imported first.
    if name == "IntakeDialog":
        from .intake_dialog import IntakeDialog
        return IntakeDialog
    if name == "DuplicateCompareDialog":
        from .duplicate_dialog import DuplicateCompareDialog
        return DuplicateCompareDialog
    raise AttributeError(name)
