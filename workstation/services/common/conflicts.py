"""A save refused because another desk saved first: who saved, and when, from the newer version's audit row."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from workstation.db.orm.accounts import User
from workstation.db.orm.audit import AuditEntry
from workstation.domain.errors import ConflictError
from workstation.domain.texts import QT_TRANSLATE_NOOP, Text, text

NURSERY = QT_TRANSLATE_NOOP(
    "DomainText", "该机构记录已被 {who} 于 {when} 修改，请重新打开后再改；您的修改尚未保存。")
APPLICATION = QT_TRANSLATE_NOOP(
    "DomainText", "该备案申请已被 {who} 于 {when} 修改（现为“{state}”），请重新打开后再办理；本次操作未保存。")
INSPECTION = QT_TRANSLATE_NOOP(
    "DomainText", "该检查记录已被 {who} 于 {when} 修改（现为“{state}”），请重新打开后再办理；本次操作未保存。")
GONE = QT_TRANSLATE_NOOP("DomainText", "该记录已被其他用户删除；本次操作未保存。")
WHEN = QT_TRANSLATE_NOOP("DomainText", "{month}月{day}日 {clock}")


def changed_meanwhile(factory: sessionmaker[Session], model: type, row_id: int) -> ConflictError:
    """`changed_by` after a failed flush (a StaleDataError): read in a session of its own."""
    with factory() as session:
        row = session.get(model, row_id)
        if row is None:
            return ConflictError(text(GONE))
        return changed_by(session, row)


def changed_by(session: Session, row: object) -> ConflictError:
    """The refusal for `row` (a nursery, filing application or inspection) saved meanwhile by someone else.

    The session must see the other desk's commit (a writer on SQLite, any statement on PostgreSQL).
    """
    table = row.__tablename__  # type: ignore[attr-defined]
    # The newer version's own stamps; a change of child rows only (results, materials) leaves no audit
    # row on the record itself, so the audit trail is asked only when a writer left no name.
    username, at = row.updated_by, row.updated_at  # type: ignore[attr-defined]
    if not username:
        newest = session.execute(
            select(AuditEntry.actor, AuditEntry.at)
            .where(AuditEntry.entity == table, AuditEntry.entity_id == str(row.id))  # type: ignore[attr-defined]
            .order_by(AuditEntry.seq.desc()).limit(1)).first()
        if newest is not None:
            username, at = newest
    template = {"nursery": NURSERY, "filing_application": APPLICATION, "inspection": INSPECTION}[table]
    state = {"state": row.state} if table != "nursery" else {}  # type: ignore[attr-defined]
    return ConflictError(text(template, who=_person(session, username or ""), when=_when(at), **state))


def _person(session: Session, username: str) -> str:
    name = session.scalar(select(User.display_name).where(User.username == username)) if username else None
    return name or username.removeprefix("os:") or "?"


def _when(at: dt.datetime | None) -> Text | str:
    if at is None:
        return "?"
    local = at.replace(tzinfo=dt.UTC).astimezone() if at.tzinfo is None else at.astimezone()
    return text(WHEN, month=local.month, day=local.day, clock=f"{local:%H:%M}")
