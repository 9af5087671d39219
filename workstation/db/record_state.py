"""The engine-neutral form of a record's audited state, as its record hash covers it.

The form is each column's value as SQLAlchemy stores it in SQLite (the form every record hash was first
computed from, so SQLite districts keep verifying without a rehash): dates as 'YYYY-MM-DD', timestamps as
'YYYY-MM-DD HH:MM:SS.ffffff', booleans as 0/1, JSON as json.dumps text, numbers, text and NULL as they are.
A server's driver returns dates, datetimes, booleans and parsed JSON instead; they are written back into
that form here, so the same record hashes the same on both engines (and after `migrate-to-postgres`).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Table

Encoder = Callable[[Any], Any]


def _date(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def _datetime(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="microseconds")
    return value


def _boolean(value: Any) -> Any:
    return int(value) if isinstance(value, bool) else value


def _json(value: Any) -> Any:
    return value if value is None or isinstance(value, str) else json.dumps(value)


def encoders(table: Table, names: Sequence[str], dialect: str) -> list[Encoder | None] | None:
    """Per column, what turns the driver's value into the canonical form (None: nothing to do)."""
    if dialect == "sqlite":
        return None  # the driver already returns the stored form
    found: list[Encoder | None] = []
    for name in names:
        kind = table.c[name].type
        if isinstance(kind, DateTime):
            found.append(_datetime)
        elif isinstance(kind, Date):
            found.append(_date)
        elif isinstance(kind, Boolean):
            found.append(_boolean)
        elif isinstance(kind, JSON):
            found.append(_json)
        else:
            found.append(None)
    return found if any(found) else None


def canonical(values: Sequence[Any], encoding: list[Encoder | None] | None) -> tuple:
    if encoding is None:
        return tuple(values)
    return tuple(value if encode is None or value is None else encode(value)
                  for value, encode in zip(values, encoding, strict=True))
