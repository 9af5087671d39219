"""Qt models of the staff area: a nursery's roster and the lifetime ban list."""

from workstation.models.staff.ban_table_model import BanTableModel
from workstation.models.staff.due_table_model import DueTableModel
from workstation.models.staff.rows_model import RowsTableModel, sorting_proxy
from workstation.models.staff.staff_table_model import StaffTableModel

__all__ = ["BanTableModel", "DueTableModel", "RowsTableModel", "StaffTableModel", "sorting_proxy"]
