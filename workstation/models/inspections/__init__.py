"""Qt models of the inspections area: the open findings and the inspector's own inspections, read lazily."""

from workstation.models.inspections.finding_table_model import FindingTableModel
from workstation.models.inspections.inspection_table_model import InspectionTableModel

__all__ = ["FindingTableModel", "InspectionTableModel"]
