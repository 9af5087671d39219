"""The audited tables' columns as the ORM maps them: which columns a row's changes can hold, each
column's label and, for an enum column, its enum (so coded values show by their Chinese names)."""

from __future__ import annotations

from enum import Enum
from functools import cache
from typing import Any

from sqlalchemy import Enum as SqlEnum
from sqlalchemy.orm import Mapper

import workstation.db.orm  # noqa: F401  (registers every table)
from workstation.db.audit_hooks import BOOKKEEPING
from workstation.db.base import Base
from workstation.services.audit.labels import ENTITY_LABELS, FIELD_LABELS, FIELD_LABELS_BY_ENTITY

# Columns whose values name another column (the change item's field is a nursery field).
FIELD_NAMING_COLUMNS = {("filing_change_item", "field"): "nursery"}


@cache
def _mappers() -> dict[str, Mapper]:
    return {m.local_table.name: m for m in Base.registry.mappers if m.local_table.name in ENTITY_LABELS}


def mapped_class(entity: str) -> type:
    """The ORM class of an audited table."""
    return _mappers()[entity].class_


def audited_columns() -> dict[str, tuple[str, ...]]:
    """Per audited table, the columns its audit rows can record (bookkeeping and ignored ones left out)."""
    out = {}
    for table, mapper in _mappers().items():
        skipped = BOOKKEEPING | getattr(mapper.class_, "__audit_ignored__", frozenset())
        out[table] = tuple(a.key for a in mapper.column_attrs if a.key not in skipped)
    return out


def field_label(entity: str, field: str) -> str:
    """A column's Chinese label on that table; the column name when none is known."""
    return FIELD_LABELS_BY_ENTITY.get((entity, field)) or FIELD_LABELS.get(field, field)


@cache
def column_enum(entity: str, field: str) -> type[Enum] | None:
    """The enum a table's column stores, from the ORM mapping; None for other columns."""
    mapper = _mappers().get(entity)
    attr = mapper.column_attrs.get(field) if mapper is not None else None
    if attr is None:
        return None
    kind = attr.columns[0].type
    return kind.enum_class if isinstance(kind, SqlEnum) else None


def enum_member(entity: str, field: str, value: Any) -> Any:
    """A stored code as its enum member where the column is an enum column; else unchanged."""
    enum_cls = column_enum(entity, field)
    if enum_cls is None or not isinstance(value, str):
        return value
    try:
        return enum_cls(value)
    except ValueError:
        return value
