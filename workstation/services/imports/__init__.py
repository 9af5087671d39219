"""Imports of data pushed to the workstation (登记信息推送 from registration organs)."""

from .errors import ImportCancelled, UnusableFileError
from .reader import Table, read_table
from .registrations import RegistrationImporter
from .report import ImportReport, RowOutcome, RowResult, save_rejected

__all__ = [
    "ImportCancelled", "ImportReport", "RegistrationImporter", "RowOutcome", "RowResult", "Table",
    "UnusableFileError", "read_table", "save_rejected",
]
