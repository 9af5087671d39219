"""Writes the audit trail in the same transaction as every change.

Mapper events collect what each flush inserts, updates and deletes (with old and new values);
the session's after_flush appends them to the hash chain. Bulk DML run through Session.execute
is recorded as one summary row unless the service writes its own rows (EXPLICIT_KEY).
Appends lock the chain first, so writers in other processes wait instead of forking it: on SQLite the
head row (the writer lock every write transaction takes at its start), on a server an advisory lock
held only from the append to the commit (db/postgres/chain_lock.py). Every append waits for the commit
(rows a service records itself and bulk statements' summaries too, `append_at_commit`), so a server's
desks hold the chain only while the trail is written, never through the rest of a long write.
With the district key attached, chain values are HMACs (db/audit_mac.py) and rows about the main
business records carry the hash of the record's state; a missing head is refused, never rebuilt.
"""

from __future__ import annotations

import operator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, insert, inspect, select, update
from sqlalchemy.orm import Mapper, ORMExecuteState, Session, object_session

from workstation.db import audit_mac
from workstation.db.base import utcnow
from workstation.db.orm.audit import (
    AUDIT_TABLES,
    AuditEntry,
    AuditHead,
    canonical_json,
    content_hash,
    format_at,
)
from workstation.db.sqlite import cipher
from workstation.domain.errors import StorageError
from workstation.domain.masking import is_personal, mask_field

ACTOR_KEY = "actor"  # session.info: the services.context.Actor doing the work
ACTION_KEY = "audit_action"  # session.info: a named action replacing create/update (e.g. "login")
REASON_KEY = "audit_reason"  # session.info: why, recorded on every row of the transaction
EXPLICIT_KEY = "audit_explicit"  # session.info: the service records its bulk statements itself
_PENDING = "_audit_pending"
_DEFERRED = "_audit_deferred"  # (entries, actor) recorded explicitly, appended at commit before the ORM's
_MARKS = "_audit_savepoints"
MASK = "******"
BOOKKEEPING = frozenset({"id", "uuid", "created_at", "created_by", "updated_at", "updated_by", "version"})
_HEAD = AuditHead.__table__
_LOG = AuditEntry.__table__


@dataclass
class Entry:
    """One audit row before it is chained: what happened to which record."""

    action: str
    entity: str
    entity_id: str = ""
    entity_uuid: str = ""
    nursery_id: int | None = None
    changes: dict[str, Any] = field(default_factory=dict)
    details: dict[str, Any] = field(default_factory=dict)
    reason: str = ""
    masked: frozenset[str] = frozenset()  # fields whose values are replaced by MASK when written


def actor_name(session: Session) -> str:
    actor = session.info.get(ACTOR_KEY)
    return getattr(actor, "username", "") or ""


def lock_for_writing(session: Session) -> None:
    """On SQLite take the database write lock before anything is read (first statement of a write).

    The UPDATE makes the transaction a writer at once, so it never reads a snapshot it could not
    later write from (SQLITE_BUSY_SNAPSHOT). A server locks rows as they are written and the chain
    only for its append: desks are not serialised for the whole of every write.
    """
    conn = session.connection()
    if conn.dialect.name != "postgresql":
        conn.execute(update(_HEAD).where(_HEAD.c.id == 1).values(seq=_HEAD.c.seq))


def _lock_chain(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        from workstation.db.postgres.chain_lock import hold_chain_lock

        hold_chain_lock(conn)
    else:
        conn.execute(update(_HEAD).where(_HEAD.c.id == 1).values(seq=_HEAD.c.seq))  # lock before reading


def append_at_commit(session: Session, entries: list[Entry], actor: str) -> None:
    """Chain `entries` when the transaction commits (in the order recorded; undone with a savepoint)."""
    if entries:
        session.info.setdefault(_DEFERRED, []).append((list(entries), actor))


def append(conn: Connection, entries: list[Entry], actor: str) -> list[int]:
    """Chain `entries` after the current head; return their seq numbers."""
    if not entries:
        return []
    _lock_chain(conn)
    seq, prev = _head(conn)
    key = audit_mac.audit_key(conn.engine)
    if key is None:
        _refuse_unkeyed_after_keyed(conn, seq)
    hashes = _record_hashes(conn, entries)
    at, rows, keyed, who = utcnow(), [], key is not None, actor[:64]
    at_text = format_at(at)  # as chain_hash formats it, once for the append
    for entry in entries:
        seq += 1
        # What chain_hash would take from the row (HASHED_FIELDS, the record hash only when there is one).
        content = {"seq": seq, "at": at_text, "actor": who, "action": entry.action[:32],
                   "entity": entry.entity[:64], "entity_id": entry.entity_id[:64],
                   "entity_uuid": entry.entity_uuid[:36], "nursery_id": entry.nursery_id,
                   "changes": canonical_json(entry.changes),
                   "details": canonical_json(entry.details) if entry.details else "{}", "reason": entry.reason}
        record_hash = hashes.get((entry.entity, entry.entity_id))
        if record_hash is not None:
            content["record_hash"] = record_hash
        row = {**content, "at": at, "prev_hash": prev, "keyed": keyed, "record_hash": record_hash}
        prev = row["hash"] = content_hash(prev, content, key)
        rows.append(row)
    _insert_rows(conn, rows)
    conn.execute(update(_HEAD).where(_HEAD.c.id == 1).values(seq=seq, hash=prev))
    return [row["seq"] for row in rows]


def _insert_rows(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """One executemany; on SQLite straight to the driver (SQLAlchemy's per-row parameter handling was a third of
    a 10,000-row import's insert), the append's one timestamp and keyed flag converted by SQLAlchemy's processors."""
    if conn.dialect.name != "sqlite" or len(rows) < 2:
        conn.execute(insert(_LOG), rows)
        return
    names = list(rows[0])
    fixed = {name: _bound(conn, name, rows[0][name]) for name in ("at", "keyed")}  # the same on every row
    at, keyed = names.index("at"), names.index("keyed")
    get = operator.itemgetter(*names)
    params = []
    for row in rows:
        values = list(get(row))
        values[at], values[keyed] = fixed["at"], fixed["keyed"]
        params.append(tuple(values))
    listed = ", ".join(f'"{name}"' for name in names)
    conn.exec_driver_sql(f'INSERT INTO "{_LOG.name}" ({listed}) VALUES ({", ".join("?" * len(names))})', params)


def _bound(conn: Connection, name: str, value: Any) -> Any:
    process = _LOG.c[name].type.dialect_impl(conn.dialect).bind_processor(conn.dialect)
    return process(value) if process is not None else value


def _head(conn: Connection) -> tuple[int, str]:
    head = conn.execute(select(_HEAD.c.seq, _HEAD.c.hash).where(_HEAD.c.id == 1).with_for_update()).first()
    if head is not None:
        return head.seq, head.hash
    # Rebuilding it from the last row would hide deleted rows: refuse until someone looks (`check`).
    raise StorageError(HEAD_MISSING)


HEAD_MISSING = ("审计链头（audit_head）缺失：数据库在程序之外被改动过（末尾的审计记录可能已被删除）。"
                "为免掩盖删除，不再写入任何记录（也不能登录）。请运行命令“workstation check --user 用户名”；恢复时先把该数据库文件移到别处"
                "保存（作为证据），再从可信的备份恢复到原位置。")


def _refuse_unkeyed_after_keyed(conn: Connection, seq: int) -> None:
    """Without the key nothing may be appended to a keyed chain (an unkeyed tail would be forgeable)."""
    if seq and conn.execute(select(_LOG.c.keyed).where(_LOG.c.seq == seq)).scalar():
        raise StorageError("辖区密钥未解锁，不能在受密钥保护的审计链后写入记录；请登录后再操作，未作任何改动。")


def _record_hashes(conn: Connection, entries: list[Entry]) -> dict[tuple[str, str], str]:
    """The state hash of every main business record the entries change (not of deleted ones)."""
    wanted: dict[str, list[str]] = {}
    for entry in entries:
        if entry.entity in audit_mac.HASHED_ENTITIES and entry.entity_id and entry.action not in ("delete", "gone"):
            wanted.setdefault(entry.entity, []).append(entry.entity_id)
    if not wanted:
        return {}
    key = audit_mac.records_key(conn.engine)
    return {(entity, eid): digest for entity, ids in wanted.items()
            for eid, digest in audit_mac.hash_states(conn, entity, ids, key).items()}


# --- what a flush changed -------------------------------------------------------------------

def _audited(target: Any) -> bool:
    return getattr(target, "__tablename__", None) not in AUDIT_TABLES


def _identity(target: Any, mapper: Mapper) -> tuple[str, str, int | None]:
    key = mapper.primary_key_from_instance(target)
    entity_id = "/".join(str(getattr(v, "value", v)) for v in key)
    nursery = target.id if mapper.local_table.name == "nursery" else getattr(target, "nursery_id", None)
    return entity_id, getattr(target, "uuid", "") or "", nursery


def _columns(target: Any, mapper: Mapper) -> list[str]:
    skipped = BOOKKEEPING | getattr(target, "__audit_ignored__", frozenset())
    return [attr.key for attr in mapper.column_attrs if attr.key not in skipped]


def _values(target: Any, mapper: Mapper, slot: int) -> dict[str, list]:
    """Every loaded non-empty column value as [value, None] (slot 0) or [None, value] (slot 1).

    Reads the instance's loaded state only: a lazy load inside a flush could hit a deleted row.
    """
    result, loaded = {}, inspect(target).dict
    for name in _columns(target, mapper):
        value = loaded.get(name)
        if value is not None and value != "":
            pair = [None, None]
            pair[slot] = value
            result[name] = pair
    return result


def _diff(target: Any, mapper: Mapper) -> dict[str, list]:
    state, result = inspect(target), {}
    for name in _columns(target, mapper):
        history = state.attrs[name].history
        if history.added or history.deleted:
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old != new:
                result[name] = [old, new]
    return result


def _mask(entry: Entry) -> Entry:
    for name in entry.masked & entry.changes.keys():
        entry.changes[name] = [None if v is None else MASK for v in entry.changes[name]]
    # ID numbers and phones are kept masked: the trail shows that they changed, never the numbers.
    for name in [n for n in entry.changes if is_personal(entry.entity, n)]:
        entry.changes[name] = [mask_field(entry.entity, name, v) for v in entry.changes[name]]
    return entry


def _collect(target: Any, mapper: Mapper, kind: str) -> None:
    session = object_session(target)
    if session is None or not _audited(target):
        return
    if kind == "update":
        changes = _diff(target, mapper)
        if not changes:
            return
    else:
        changes = _values(target, mapper, 1 if kind == "create" else 0)
    personal = getattr(target, "audit_personal_columns", None)  # values whose kind depends on the row
    for column, (entity, name) in (personal() if personal is not None else {}).items():
        if column in changes:
            changes[column] = [mask_field(entity, name, v) for v in changes[column]]
    entity_id, uuid, nursery = _identity(target, mapper)
    entry = Entry(kind, mapper.local_table.name, entity_id, uuid, nursery, changes,
                  masked=getattr(target, "__audit_masked__", frozenset()))
    session.info.setdefault(_PENDING, []).append(entry)


@event.listens_for(Mapper, "after_insert")
def _after_insert(mapper: Mapper, _conn: Connection, target: Any) -> None:
    _collect(target, mapper, "create")


@event.listens_for(Mapper, "after_update")
def _after_update(mapper: Mapper, _conn: Connection, target: Any) -> None:
    _collect(target, mapper, "update")


@event.listens_for(Mapper, "after_delete")
def _after_delete(mapper: Mapper, _conn: Connection, target: Any) -> None:
    _collect(target, mapper, "delete")


@event.listens_for(Session, "before_commit")
def _before_commit(session: Session) -> None:
    """Chain what the transaction's flushes changed, net of changes undone within it."""
    if session.in_nested_transaction():
        return
    session.flush()
    entries = [_mask(e) for e in coalesce(session.info.pop(_PENDING, []))]
    named, reason = session.info.get(ACTION_KEY), session.info.get(REASON_KEY, "")
    for entry in entries:
        entry.action = named if named and entry.action != "delete" else entry.action
        entry.reason = entry.reason or reason
    conn = session.connection()
    for recorded, who in session.info.pop(_DEFERRED, []):
        append(conn, recorded, who)
    append(conn, entries, actor_name(session))


@event.listens_for(Session, "after_transaction_create")
def _mark_savepoint(session: Session, transaction: Any) -> None:
    if transaction.nested:
        session.info.setdefault(_MARKS, {})[transaction] = (len(session.info.get(_PENDING, [])),
                                                            len(session.info.get(_DEFERRED, [])))


@event.listens_for(Session, "after_soft_rollback")
def _forget_savepoint(session: Session, previous: Any) -> None:
    mark = session.info.get(_MARKS, {}).pop(previous, None)
    if previous.nested and mark is not None:
        del session.info.get(_PENDING, [])[mark[0]:]
        del session.info.get(_DEFERRED, [])[mark[1]:]


@event.listens_for(Session, "after_transaction_end")
def _forget_transaction(session: Session, transaction: Any) -> None:
    if transaction.parent is None:  # committed (already written) or rolled back: start afresh
        for key in (_PENDING, _DEFERRED, _MARKS, ACTION_KEY, REASON_KEY, EXPLICIT_KEY):
            session.info.pop(key, None)


def coalesce(entries: list[Entry]) -> list[Entry]:
    """One entry per record: the net change of a transaction (A→B→A is no change)."""
    net: dict[tuple[str, str], Entry] = {}
    for entry in entries:
        key = (entry.entity, entry.entity_id)
        earlier = net.get(key)
        net[key] = entry if earlier is None else _merge(earlier, entry)
    result = [e for e in net.values() if e.action == "delete" or e.changes]
    for entry in result:
        entry.changes = {k: v for k, v in entry.changes.items() if v[0] != v[1]}
    return [e for e in result if e.changes or e.action == "delete"]


def _merge(earlier: Entry, later: Entry) -> Entry:
    changes = {k: list(v) for k, v in earlier.changes.items()}
    for name, (old, new) in later.changes.items():
        changes[name] = [changes[name][0] if name in changes else old, new]
    if later.action == "delete":
        action = "gone" if earlier.action == "create" else "delete"
    elif earlier.action == "delete":
        action = "update"  # deleted and inserted again under the same key
    else:
        action = earlier.action
    merged = Entry(action, later.entity, later.entity_id, later.entity_uuid or earlier.entity_uuid,
                   later.nursery_id or earlier.nursery_id, changes, masked=earlier.masked | later.masked)
    if action == "gone":
        merged.changes = {}
    return merged


@event.listens_for(Session, "do_orm_execute")
def _bulk_statement(state: ORMExecuteState) -> Any:
    """Bulk INSERT/UPDATE/DELETE through Session.execute: one summary row unless recorded explicitly."""
    if not (state.is_insert or state.is_update or state.is_delete):
        return None
    table = getattr(getattr(state.statement, "table", None), "name", None)
    if table is None or table in AUDIT_TABLES or state.session.info.get(EXPLICIT_KEY):
        return None
    result = state.invoke_statement()
    kind = "insert" if state.is_insert else "update" if state.is_update else "delete"
    rows = len(state.parameters) if state.is_executemany else result.rowcount
    info = state.session.info
    entry = Entry(f"bulk_{kind}", table, details={"rows": rows}, reason=info.get(REASON_KEY, ""))
    append_at_commit(state.session, [entry], actor_name(state.session))
    return result


def read_only_engine(path: Path) -> Engine:
    """An engine that can only read the SQLite file (used by `check`; changes nothing)."""
    uri = f"{Path(path).resolve().as_uri()}?mode=ro"
    module = cipher.dbapi_module(path)
    options = {"module": module} if module is not None else {}
    return create_engine("sqlite://", creator=lambda: cipher.connect(uri, uri=True), **options)


from workstation.db import audit_checkpoints  # noqa: E402, F401  (registers the checkpoint every so many commits)
