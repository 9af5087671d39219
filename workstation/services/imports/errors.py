"""Errors of the import use cases: each carries one Chinese message for the clerk."""

from __future__ import annotations

from workstation.domain.errors import DomainError, ValidationError


class UnusableFileError(ValidationError):
    """The file itself cannot be imported (not a spreadsheet, encrypted, empty, no header)."""

    def __init__(self, message: str) -> None:
        super().__init__(message, "file")


class ImportCancelled(DomainError):
    """The clerk cancelled a running import; nothing was written."""

    def __init__(self) -> None:
        super().__init__("导入已取消，未写入任何数据。")
