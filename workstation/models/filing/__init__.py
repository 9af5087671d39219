"""Qt models of the filing area: the list of applications, read lazily."""

from workstation.models.filing.application_table_model import ApplicationTableModel

__all__ = ["ApplicationTableModel"]
