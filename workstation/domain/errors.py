"""Typed errors carrying a message for people (Chinese by default; a `Text` also in English)."""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """Base of every error the workstation shows to a person."""

    def __init__(self, message: Any) -> None:
        self.message = str(message)
        self.text = message if not isinstance(message, str) else None  # a domain.texts.Text
        super().__init__(self.message)


class ValidationError(DomainError):
    """A value or record breaks a rule; `field` names the offending input when known."""

    def __init__(self, message: Any, field: str | None = None) -> None:
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
