"""Imports of data pushed to the workstation (登记信息推送 from registration organs)."""

from workstation.services.imports.cells import cell_text
from workstation.services.imports.errors import ImportCancelled, UnusableFileError
from workstation.services.imports.matched import matched as nurseries_by_uscc
from workstation.services.imports.reader import HeaderRule, Table, read_table
from workstation.services.imports.registrations import RegistrationImporter, row_context
from workstation.services.imports.report import ImportReport, RowOutcome, RowResult, save_rejected
from workstation.services.imports.rows import Candidate, RowContext, validate_row

__all__ = [
    "Candidate", "HeaderRule", "ImportCancelled", "ImportReport", "RegistrationImporter", "RowContext", "RowOutcome",
    "RowResult", "Table", "UnusableFileError", "cell_text", "nurseries_by_uscc", "read_table", "row_context", "save_rejected",
    "validate_row",
]
