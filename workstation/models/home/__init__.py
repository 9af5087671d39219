"""Qt models of the home page: the per-street figures."""

from workstation.models.home.street_figures_table_model import StreetFiguresTableModel, sorting_proxy

__all__ = ["StreetFiguresTableModel", "sorting_proxy"]
