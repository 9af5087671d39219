"""Qt models of the fees area: district overview, a schedule's items, a nursery's history."""

from workstation.models.fees.fee_history_table_model import FeeHistoryTableModel
from workstation.models.fees.fee_item_table_model import FeeItemTableModel
from workstation.models.fees.fee_overview_table_model import FeeOverviewTableModel

__all__ = ["FeeHistoryTableModel", "FeeItemTableModel", "FeeOverviewTableModel"]
