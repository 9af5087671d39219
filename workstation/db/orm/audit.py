"""The hash-chained audit trail: one row per change or audited event, and the chain head.

Each row's hash is sha256(prev_hash + canonical JSON of its content), so changing any stored
value, deleting a row or reordering rows shows when the chain is verified.
"""

from __future__ import annotations

import datetime as dt
import decimal
import enum
import hashlib
import hmac
import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Boolean, DateTime, Index, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from workstation.db.base import Base

GENESIS = "0" * 64
HASHED_FIELDS = ("seq", "at", "actor", "action", "entity", "entity_id", "entity_uuid", "nursery_id",
                 "changes", "details", "reason")


class AuditEntry(Base):
    """One audit row. Written only by db/audit_hooks.py; never updated or deleted."""

    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_log_at", "at"),
        Index("ix_audit_log_actor", "actor", "at"),
        Index("ix_audit_log_entity", "entity", "entity_id"),
        Index("ix_audit_log_entity_uuid", "entity_uuid"),
        Index("ix_audit_log_nursery_id", "nursery_id"),
    )

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32))
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(String(64), default="")
    entity_uuid: Mapped[str] = mapped_column(String(36), default="")
    nursery_id: Mapped[int | None] = mapped_column(Integer)  # the nursery a row concerns, for the viewer
    changes: Mapped[str] = mapped_column(Text, default="{}")  # {"field": [old, new]}
    details: Mapped[str] = mapped_column(Text, default="{}")  # named events: what was exported, viewed…
    reason: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    # The chain value is an HMAC with the district's audit key (rows from before keys: a plain SHA-256).
    keyed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # A business record's audited state after the change (db/audit_mac.record_hash); None for other rows.
    record_hash: Mapped[str | None] = mapped_column(String(64))


class AuditHead(Base):
    """One row (id 1): the last seq and hash. Writers lock it first, so appends serialise."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    hash: Mapped[str] = mapped_column(String(64), default=GENESIS)


AUDIT_TABLES = frozenset({AuditEntry.__tablename__, AuditHead.__tablename__})


def _json_default(value: Any) -> Any:
    """JSON form of what json cannot write itself (dates as ISO text, enums by value…)."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, set | frozenset):
        return sorted(value, key=str)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


# One encoder for every row (json.dumps with options builds a new one per call: a third of its cost).
_CANONICAL = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=_json_default)


def canonical_json(value: Any) -> str:
    """Stable text for hashing: sorted keys, no spaces, UTF-8 kept as is."""
    return _CANONICAL.encode(value)


def format_at(at: dt.datetime | str) -> str:
    """The timestamp as hashed: same text whether read through SQLAlchemy or raw sqlite3."""
    if isinstance(at, str):
        at = dt.datetime.fromisoformat(at)
    return at.isoformat(sep=" ", timespec="microseconds")


def chain_hash(prev_hash: str, row: Mapping[str, Any], key: bytes | None = None) -> str:
    """sha256 (or, with the audit key, HMAC-SHA256) over the previous value and the row's hashed fields.

    A record hash joins the hashed fields only when present, so rows written before it existed keep their value.
    """
    content = {name: row.get(name) for name in HASHED_FIELDS}
    content["at"] = format_at(content["at"])
    if row.get("record_hash") is not None:
        content["record_hash"] = row["record_hash"]
    return content_hash(prev_hash, content, key)


def content_hash(prev_hash: str, content: Mapping[str, Any], key: bytes | None = None) -> str:
    """chain_hash of a row already reduced to what is hashed (HASHED_FIELDS, `at` formatted, a record hash
    only when there is one): what a bulk append builds once per row instead of a full row and then this."""
    data = (prev_hash + canonical_json(content)).encode("utf-8")
    if key is not None:
        return hmac.new(key, data, hashlib.sha256).hexdigest()
    return hashlib.sha256(data).hexdigest()


from workstation.db import audit_hooks  # noqa: E402, F401  (registers the session events that write the trail)
