"""What the district key adds to the audit trail: the chain's MAC key and the hashes of records' audited state.

A business record's audit row carries the hash of the record's audited columns after the change
(HMAC with the RECORDS sub-key, or SHA-256 when the district has no key), so `check` can recompute
it from the current row and name the records edited outside the program.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable, Iterator

from sqlalchemy import Connection, Engine, Table, column, select

from workstation.db import record_state
from workstation.db.district_keys import subkey
from workstation.domain.keys import AUDIT, RECORDS

# The main tables whose rows carry a record hash (small enough to recompute every row in `check`).
HASHED_ENTITIES = ("nursery", "user_account", "filing_application", "inspection", "finding")
BOOKKEEPING = frozenset({"id", "uuid", "created_at", "created_by", "updated_at", "updated_by", "version"})
_BATCH = 500


def audit_key(engine: Engine) -> bytes | None:
    return subkey(engine, AUDIT)


def records_key(engine: Engine) -> bytes | None:
    return subkey(engine, RECORDS)


def record_hash(entity: str, entity_id: str, values: tuple, key: bytes | None) -> str:
    """The hash of one record's audited state: its column values in the engine-neutral form of
    db/record_state.py (SQLite's stored values), in audited_columns order."""
    data = f"{entity}\n{entity_id}\n{values!r}".encode()  # repr: quoted, escaped, unambiguous and fast
    if key is not None:
        return hmac.new(key, data, hashlib.sha256).hexdigest()
    return hashlib.sha256(data).hexdigest()


def audited_columns(entity: str) -> tuple[Table, list[str]]:
    """The table and the names of its audited columns (those the audit rows record), in a fixed order."""
    from workstation.db.base import Base

    for mapper in Base.registry.mappers:
        if mapper.local_table.name == entity:
            skipped = BOOKKEEPING | getattr(mapper.class_, "__audit_ignored__", frozenset())
            columns = [a.columns[0].name for a in mapper.column_attrs if a.key not in skipped]
            return mapper.local_table, sorted(columns)
    raise KeyError(entity)


def current_states(conn: Connection, entity: str, ids: Iterable[int] | None = None, *, raw: bool = False
                   ) -> Iterator[tuple[str, tuple]]:
    """(entity id, values of the audited columns in their engine-neutral form) of the rows with `ids` (every
    row when None); `raw`: the driver's values as they come (a server's hashes before the neutral form)."""
    table, names = audited_columns(entity)
    encoding = None if raw else record_state.encoders(table, names, conn.dialect.name)
    pk = table.c.id
    # Untyped columns: the driver's values as stored, without SQLAlchemy's conversions (cheaper, and the same
    # whether the row was just written or read back by `check` years later).
    stmt = select(pk, *[column(name) for name in names]).select_from(table)
    if ids is None:
        for row in conn.execution_options(yield_per=5000).execute(stmt.order_by(pk)):
            yield str(row[0]), record_state.canonical(row[1:], encoding)
        return
    wanted = sorted({int(i) for i in ids})
    if conn.dialect.name == "sqlite":  # the same stored values straight from the driver: a third cheaper
        listed = ", ".join(f'"{name}"' for name in names)
        sql = f'SELECT id, {listed} FROM "{table.name}" WHERE id IN ({{}})'
        for start in range(0, len(wanted), _BATCH):
            chunk = tuple(wanted[start:start + _BATCH])
            for row in conn.exec_driver_sql(sql.format(", ".join("?" * len(chunk))), chunk).all():
                yield str(row[0]), tuple(row[1:])
        return
    for start in range(0, len(wanted), _BATCH):
        for row in conn.execute(stmt.where(pk.in_(wanted[start:start + _BATCH]))).all():
            yield str(row[0]), record_state.canonical(row[1:], encoding)


def hash_states(conn: Connection, entity: str, ids: Iterable[str], key: bytes | None) -> dict[str, str]:
    """Record hashes of the rows of `entity` with these ids (ids of rows that no longer exist are absent)."""
    numeric = [i for i in ids if i.isdigit()]
    return {eid: record_hash(entity, eid, values, key) for eid, values in current_states(conn, entity, numeric)}
