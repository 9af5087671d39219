"""Column types shared by the ORM modules."""

from __future__ import annotations

from enum import Enum as _PyEnum

from sqlalchemy import Enum


def enum_column(enum_cls: type[_PyEnum]) -> Enum:
    """Store an enum by its value as plain text (no native enum, no CHECK to migrate)."""
    return Enum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda cls: [m.value for m in cls],
        validate_strings=True,
    )
