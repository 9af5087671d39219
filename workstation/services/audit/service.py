"""The audit trail for people: record named events (exports, views of personal data, imports)
and read the trail with filters. Rows are written by db/audit_hooks.py in the caller's transaction.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from workstation.db.audit_hooks import ACTION_KEY, EXPLICIT_KEY, Entry, append_at_commit
from workstation.db.orm import Nursery
from workstation.db.orm.accounts import User
from workstation.db.orm.audit import AuditEntry
from workstation.domain.enums import IdType, LabelledEnum
from workstation.domain.masking import mask_field
from workstation.domain.permissions import Action
from workstation.domain.staff import BackgroundResult, CredentialKind, Employment, HealthResult, StaffRole
from workstation.services.audit.checks import ChainReport, verify_chain
from workstation.services.audit.columns import FIELD_NAMING_COLUMNS, enum_member, field_label
from workstation.services.audit.labels import ACTION_LABELS, ENTITY_LABELS, FIELD_LABELS, actor_label
from workstation.services.common.context import Actor
from workstation.services.common.personal import sees_full
from workstation.services.common.uow import reading

__all__ = ["ACTION_LABELS", "ENTITY_LABELS", "FIELD_LABELS", "FIELD_NAMING_COLUMNS", "AuditFilter", "AuditRecord", "AuditRow", "AuditService", "FieldChange",
           "actor_label", "field_label", "record_event", "record_many", "records_as", "records_bulk_itself"]

AuditRecord = Entry  # one row to record: action, entity, entity_id, changes, details, reason

# Coded values shown by their Chinese label, per table and field (the same field name may code another list).
VALUE_ENUMS: dict[tuple[str, str], type[LabelledEnum]] = {
    ("staff_member", "id_type"): IdType, ("staff_ban", "id_type"): IdType, ("nursery", "legal_rep_id_type"): IdType,
    ("staff_member", "role"): StaffRole, ("staff_member", "employment"): Employment,
    ("staff_credential", "kind"): CredentialKind, ("staff_health_check", "result"): HealthResult,
    ("staff_background_check", "result"): BackgroundResult,
}


def value_member(entity: str, field: str, value: Any) -> Any:
    """A coded value as its labelled enum member where the table's field holds a known list (the
    interface shows it in its language); else unchanged."""
    enum_cls = VALUE_ENUMS.get((entity, field))
    if enum_cls is None:
        return enum_member(entity, field, value)  # the column's enum in the ORM mapping
    if not isinstance(value, str):
        return value
    try:
        return enum_cls(value)
    except ValueError:
        return value


def value_label(entity: str, field: str, value: Any) -> Any:
    """A coded value as its Chinese label where the table's field holds a known list; else unchanged."""
    if (entity, field) in FIELD_NAMING_COLUMNS and isinstance(value, str):
        return field_label(FIELD_NAMING_COLUMNS[entity, field], value)
    member = value_member(entity, field, value)
    return member.zh if isinstance(member, LabelledEnum) else member

_TABLE_NAME = re.compile(r"[a-z][a-z0-9_]*")


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class AuditRow:
    """One audit row as the viewer shows it (times in UTC; the UI converts to local time)."""

    seq: int
    at: dt.datetime
    actor: str
    action: str
    entity: str
    entity_id: str
    entity_uuid: str
    nursery_id: int | None
    changes: tuple[FieldChange, ...]
    details: dict[str, Any]
    reason: str

    @property
    def action_label(self) -> str:
        return ACTION_LABELS.get(self.action, self.action)

    @property
    def actor_label(self) -> str:
        """The actor in Chinese: a username as is, a system:* actor by what it is (演示数据…)."""
        return actor_label(self.actor)

    @property
    def entity_label(self) -> str:
        return ENTITY_LABELS.get(self.entity, self.entity)

    @property
    def at_local(self) -> str:
        return self.at.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M:%S")


@dataclass(frozen=True)
class AuditFilter:
    """Viewer filters; empty means any. `record` is a uuid, "entity:id", a table or nursery name."""

    actor: str = ""
    record: str = ""
    since: dt.date | None = None  # local dates, both inclusive
    until: dt.date | None = None
    action: str = ""


def record_event(session: Session, actor: Actor, action: str, entity: str, entity_id: str | int,
                 details: dict[str, Any], reason: str = "", *, nursery_id: int | None = None,
                 entity_uuid: str = "") -> None:
    """Record a named event (export, view_personal_data, login…) in `session`'s transaction (chained at commit)."""
    entry = Entry(action, entity, str(entity_id), entity_uuid, nursery_id, details=details, reason=reason)
    record_many(session, actor, [entry])


def record_many(session: Session, actor: Actor, entries: Sequence[Entry]) -> None:
    """Record rows for changes made with bulk statements (imports, demo) in the same transaction: chained at its
    commit (on a server the chain is locked only then), before the rows of the ORM's changes."""
    session.flush()  # ORM changes first, so the trail keeps their order
    append_at_commit(session, list(entries), actor.username)


def records_as(session: Session, action: str) -> None:
    """Label this transaction's ORM creates and updates with a named action (e.g. "import")."""
    session.info[ACTION_KEY] = action


def records_bulk_itself(session: Session) -> None:
    """Say that this transaction records its bulk statements with record_many (no summary rows)."""
    session.info[EXPLICIT_KEY] = True


class AuditService:
    """Reads the audit trail (AUDIT_VIEW), newest first, in pages."""

    def __init__(self, factory: sessionmaker[Session], actor: Actor) -> None:
        self._factory = factory
        self._actor = actor

    def count(self, where: AuditFilter) -> int:
        """How many rows match."""
        with reading(self._factory, self._actor, Action.AUDIT_VIEW) as session:
            stmt = _filtered(select(func.count()).select_from(AuditEntry), where)
            return session.scalar(stmt) or 0

    def page(self, where: AuditFilter, before_seq: int | None = None, limit: int = 200) -> list[AuditRow]:
        """Up to `limit` matching rows with seq below `before_seq` (keyset paging), newest first."""
        with reading(self._factory, self._actor, Action.AUDIT_VIEW) as session:
            stmt = _filtered(select(AuditEntry), where)
            if before_seq is not None:
                stmt = stmt.where(AuditEntry.seq < before_seq)
            rows = session.scalars(stmt.order_by(AuditEntry.seq.desc()).limit(limit))
            # Older rows kept numbers in clear: shown masked to a role without full personal data.
            masked = not sees_full(session, self._actor)
            return [_row(r, masked) for r in rows]

    def actors(self) -> list[str]:
        """Every username that appears in the trail, for the user filter."""
        with reading(self._factory, self._actor, Action.AUDIT_VIEW) as session:
            return sorted(session.scalars(select(AuditEntry.actor).distinct()))

    def verify(self) -> ChainReport:
        """Walk the whole chain (as `workstation check` does) and report the first broken row."""
        with reading(self._factory, self._actor, Action.AUDIT_VIEW) as session:
            return verify_chain(session.connection())

    def digest_month(self, today: dt.date) -> str:
        """The month the digest offers by default (YYYY-MM): the previous one unless it has no row."""
        from workstation.services.audit.digest import default_month

        return default_month(self._factory, self._actor, today)

    def export_digest(self, month: str, out: Path, write: Callable[[Path, Any], None]) -> Any:
        """The monthly audit digest written by `write` (exports/audit) to `out`, recorded (AUDIT_VIEW)."""
        from workstation.services.audit.digest import export_digest

        return export_digest(self._factory, self._actor, month, out, write)

    def account_names(self, ids: Sequence[str]) -> dict[str, str]:
        """"姓名（用户名）" of the accounts rows refer to, by the row's entity_id (deleted ones are missing)."""
        numbers = [int(i) for i in ids if str(i).isdigit()]
        with reading(self._factory, self._actor, Action.AUDIT_VIEW) as session:
            rows = session.execute(select(User.id, User.display_name, User.username).where(User.id.in_(numbers)))
            return {str(uid): f"{name}（{username}）" if name and name != username else username
                    for uid, name, username in rows}

    def record_names(self, keys: Sequence[tuple[str, str]]) -> dict[tuple[str, str], str]:
        """Names of the records rows refer to, by (entity, entity_id): a staff member's name… (deleted ones
        and tables without a naming column are missing)."""
        from workstation.services.audit.record_names import record_names

        with reading(self._factory, self._actor, Action.AUDIT_VIEW) as session:
            return record_names(session, keys)

    def nursery_names(self, ids: Sequence[int]) -> dict[int, str]:
        """Names of the nurseries rows refer to (deleted ones are missing)."""
        with reading(self._factory, self._actor, Action.AUDIT_VIEW) as session:
            rows = session.execute(select(Nursery.id, Nursery.name).where(Nursery.id.in_(list(ids))))
            return {nid: name for nid, name in rows}


def _filtered(stmt: Select, where: AuditFilter) -> Select:
    if where.actor:
        stmt = stmt.where(AuditEntry.actor == where.actor)
    if where.action:
        stmt = stmt.where(AuditEntry.action == where.action)
    if where.since:
        stmt = stmt.where(AuditEntry.at >= _utc_start(where.since))
    if where.until:
        stmt = stmt.where(AuditEntry.at < _utc_start(where.until + dt.timedelta(days=1)))
    record = where.record.strip()
    return stmt.where(_record_clause(record)) if record else stmt


def _record_clause(record: str):
    entity, sep, ident = record.partition(":")
    if sep and _TABLE_NAME.fullmatch(entity) and ident.strip():
        return (AuditEntry.entity == entity) & (AuditEntry.entity_id == ident.strip())
    named = [key for key, text in ENTITY_LABELS.items() if record in (key, text)]
    if named:
        return AuditEntry.entity.in_(named)
    by_uuid = select(Nursery.id).where(Nursery.uuid == record).scalar_subquery()
    by_name = select(Nursery.id).where(Nursery.name.like(f"%{_escape(record)}%", escape="\\"))
    return or_(AuditEntry.entity_uuid == record, AuditEntry.nursery_id == by_uuid,
               AuditEntry.nursery_id.in_(by_name))


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _utc_start(day: dt.date) -> dt.datetime:
    local = dt.datetime.combine(day, dt.time()).astimezone()
    return local.astimezone(dt.UTC).replace(tzinfo=None)


def _row(entry: AuditEntry, masked: bool) -> AuditRow:
    changes = json.loads(entry.changes or "{}")
    if masked:
        changes = {name: [mask_field(entry.entity, name, v) for v in pair] for name, pair in changes.items()}
    fields = tuple(FieldChange(name, pair[0], pair[1]) for name, pair in sorted(changes.items()))
    return AuditRow(entry.seq, entry.at, entry.actor, entry.action, entry.entity, entry.entity_id,
                    entry.entity_uuid, entry.nursery_id, fields, json.loads(entry.details or "{}"),
                    entry.reason)
