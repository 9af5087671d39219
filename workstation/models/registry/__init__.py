"""Qt models of the registry area: the lazy nursery table and the classes editor."""

from workstation.models.registry.class_table_model import ClassTableModel
from workstation.models.registry.nursery_table_model import NurseryTableModel

__all__ = ["ClassTableModel", "NurseryTableModel"]
