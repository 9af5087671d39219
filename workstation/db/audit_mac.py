"""What the district key adds to the audit trail: the chain's MAC key and the hashes of records' audited state.

A business record's audit row carries the hash of the record's audited columns after the change
(HMAC with the RECORDS sub-key, or SHA-256 when the district has no key), so `check` can recompute
it from the current row and name the records edited outside the program.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import Connection, Engine, Table, select

from workstation.db.district_keys import subkey
from workstation.db.orm.audit import canonical_json
from workstation.domain.keys import AUDIT, RECORDS

# The main tables whose rows carry a record hash (small enough to recompute every row in `check`).
HASHED_ENTITIES = ("nursery", "user_account", "filing_application", "inspection", "finding")
BOOKKEEPING = frozenset({"id", "uuid", "created_at", "created_by", "updated_at", "updated_by", "version"})
_BATCH = 500


def audit_key(engine: Engine) -> bytes | None:
    return subkey(engine, AUDIT)


def records_key(engine: Engine) -> bytes | None:
    return subkey(engine, RECORDS)


def record_hash(entity: str, entity_id: str, state: dict[str, Any], key: bytes | None) -> str:
    """The hash of one record's audited state (the same text whoever computes it)."""
    data = canonical_json({"entity": entity, "id": entity_id, "state": state}).encode("utf-8")
    if key is not None:
        return hmac.new(key, data, hashlib.sha256).hexdigest()
    return hashlib.sha256(data).hexdigest()


def audited_columns(entity: str) -> tuple[Table, list[tuple[str, Any]]]:
    """The table and its audited columns as (attribute name, column): those the audit rows record."""
    from workstation.db.base import Base

    for mapper in Base.registry.mappers:
        if mapper.local_table.name == entity:
            skipped = BOOKKEEPING | getattr(mapper.class_, "__audit_ignored__", frozenset())
            columns = [(a.key, a.columns[0]) for a in mapper.column_attrs if a.key not in skipped]
            return mapper.local_table, columns
    raise KeyError(entity)


def current_states(conn: Connection, entity: str, ids: Iterable[int] | None = None
                   ) -> Iterator[tuple[str, dict[str, Any]]]:
    """(entity id, audited state) of the rows with `ids` (every row when None), read with Core."""
    table, columns = audited_columns(entity)
    pk = table.c.id
    stmt = select(pk, *[c for _, c in columns])
    names = [n for n, _ in columns]
    if ids is None:
        for row in conn.execution_options(yield_per=2000).execute(stmt.order_by(pk)):
            yield str(row[0]), dict(zip(names, row[1:], strict=True))
        return
    wanted = sorted({int(i) for i in ids})
    for start in range(0, len(wanted), _BATCH):
        for row in conn.execute(stmt.where(pk.in_(wanted[start:start + _BATCH]))):
            yield str(row[0]), dict(zip(names, row[1:], strict=True))


def hash_states(conn: Connection, entity: str, ids: Iterable[str], key: bytes | None) -> dict[str, str]:
    """Record hashes of the rows of `entity` with these ids (ids of rows that no longer exist are absent)."""
    numeric = [i for i in ids if i.isdigit()]
    return {eid: record_hash(entity, eid, state, key) for eid, state in current_states(conn, entity, numeric)}
