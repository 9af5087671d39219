"""Imports of data pushed to the workstation (登记信息推送 from registration organs)."""

from workstation.services.imports.errors import ImportCancelled, UnusableFileError
from workstation.services.imports.reader import HeaderRule, Table, read_table
from workstation.services.imports.registrations import RegistrationImporter
from workstation.services.imports.report import ImportReport, RowOutcome, RowResult, save_rejected

__all__ = [
    "HeaderRule", "ImportCancelled", "ImportReport", "RegistrationImporter", "RowOutcome", "RowResult", "Table",
    "UnusableFileError", "read_table", "save_rejected",
]
