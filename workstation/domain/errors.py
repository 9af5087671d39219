"""Typed errors carrying a message for people (Chinese by default)."""

from __future__ import annotations


class DomainError(Exception):
    """Base of every error the workstation shows to a person."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(DomainError):
    """A value or record breaks a rule; `field` names the offending input when known."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class PermissionDenied(DomainError):
    """The acting user's role does not allow the action."""


class ConflictError(DomainError):
    """A stale edit or a duplicate: someone else changed or owns the record."""


class NotFound(DomainError):
    """The record asked for does not exist."""


class StorageError(DomainError):
    """The database file or disk cannot be used (corrupt, wrong file, full, locked)."""
