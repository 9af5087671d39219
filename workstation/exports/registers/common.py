"""Filters shared by registers of nurseries, with the registry's semantics (services/registry.py):
street by code, legal nature and status by equality, inclusive as a yes/no flag."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ColumnElement, Date, select
from sqlalchemy.orm import Session

from workstation.db.orm import Nursery, Street
from workstation.domain.enums import LabelledEnum
from workstation.domain.errors import ValidationError
from workstation.exports.common.spec import RegisterFilters


def street_id(session: Session, code: str) -> int:
    """The id of the street with `code`; a code that names no street is refused, not exported empty."""
    found = session.scalar(select(Street.id).where(Street.code == code))
    if found is None:
        raise ValidationError(f"没有代码为“{code}”的街道（乡镇）。", "street")
    return found


def nursery_conditions(session: Session, filters: RegisterFilters,
                       date_column: Any = None) -> list[ColumnElement[bool]]:
    """WHERE conditions on Nursery for the filters; the date range applies to `date_column`."""
    conditions: list[ColumnElement[bool]] = []
    if filters.street_code is not None:
        conditions.append(Nursery.street_id == street_id(session, filters.street_code))
    if filters.legal_nature is not None:
        conditions.append(Nursery.legal_nature == filters.legal_nature)
    if filters.status is not None:
        conditions.append(Nursery.status == filters.status)
    if filters.inclusive is not None:
        conditions.append(Nursery.inclusive == filters.inclusive)
    if date_column is not None:
        conditions.extend(date_conditions(date_column, filters.date_from, filters.date_to))
    return conditions


def date_conditions(column: Any, date_from: dt.date | None, date_to: dt.date | None) -> list:
    """Inclusive day range on a DATE or DATETIME column (the end day counts whole)."""
    conditions = []
    if isinstance(getattr(column, "type", None), Date):  # days compare with days (SQLite stores text)
        if date_from is not None:
            conditions.append(column >= date_from)
        if date_to is not None:
            conditions.append(column <= date_to)
        return conditions
    if date_from is not None:
        conditions.append(column >= dt.datetime.combine(date_from, dt.time.min))
    if date_to is not None:
        conditions.append(column < dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time.min))
    return conditions


def zh_labels(enum_cls: type[LabelledEnum]) -> dict[str | None, str | None]:
    """Stored code -> Chinese label of every member (None -> None), for rows read as raw codes."""
    labels: dict[str | None, str | None] = {m.value: m.zh for m in enum_cls}
    labels[None] = None
    return labels
