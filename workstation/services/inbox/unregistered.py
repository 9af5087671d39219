"""Nurseries found operating without registration (检查发现、投诉举报), recorded by hand and chased."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from workstation.db.audit_hooks import REASON_KEY
from workstation.db.orm import Nursery
from workstation.db.orm.inbox import UnregisteredNursery
from workstation.domain.errors import ConflictError, ValidationError
from workstation.domain.inbox import FoundBy, UnregisteredStatus
from workstation.domain.permissions import Action
from workstation.services.common.context import Actor
from workstation.services.common.lookup import get_or_not_found, load_nursery
from workstation.services.common.uow import reading, writing
from workstation.services.inbox.dto import UnregisteredRow


class UnregisteredService:
    def __init__(self, factory: sessionmaker[Session], actor: Actor,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        self._factory = factory
        self._actor = actor
        self._today = today

    def add(self, name: str, address: str, found_by: FoundBy, found_on: dt.date, note: str = "") -> int:
        name, address = name.strip(), address.strip()
        if not name:
            raise ValidationError("请填写机构名称（或招牌名）。", "name")
        if len(name) > 200 or len(address) > 300:
            raise ValidationError("名称最多200字，地址最多300字。", "name")
        if found_on > self._today():
            raise ValidationError("发现日期不能晚于今天。", "found_on")
        with writing(self._factory, self._actor, Action.NURSERY_EDIT) as session:
            who = self._actor.username
            row = UnregisteredNursery(name=name, address=address, found_by=found_by, found_on=found_on,
                                      note=note.strip(), created_by=who, updated_by=who)
            session.add(row)
            session.flush()
            return row.id

    def resolve(self, row_id: int, status: UnregisteredStatus, note: str = "",
                nursery_id: int | None = None) -> None:
        """已取缔, or 已登记 as the registered nursery `nursery_id` (named in the record's note and the audit log)."""
        if status == UnregisteredStatus.PENDING:
            raise ValidationError("请选择“已登记”或“已取缔”。", "status")
        if status == UnregisteredStatus.REGISTERED and nursery_id is None:
            raise ValidationError("标记为已登记须选择它登记成的机构。", "nursery_id")
        with writing(self._factory, self._actor, Action.NURSERY_EDIT) as session:
            row = get_or_not_found(session, UnregisteredNursery, row_id, "该在营未登记记录不存在。")
            if row.status != UnregisteredStatus.PENDING:
                raise ConflictError(f"“{row.name}”已标记为{row.status.zh}。")
            lines = [note.strip()] if note.strip() else []
            if status == UnregisteredStatus.REGISTERED:
                nursery = load_nursery(session, nursery_id)
                lines.insert(0, f"已登记为“{nursery.name}”（{nursery.uscc or '无统一社会信用代码'}，记录号 {nursery.id}）")
            session.info[REASON_KEY] = "；".join(lines)
            row.status = status
            row.updated_by = self._actor.username
            if lines:
                row.note = "\n".join([row.note, *lines] if row.note else lines)

    def listing(self, status: UnregisteredStatus | None = UnregisteredStatus.PENDING,
                limit: int = 500) -> list[UnregisteredRow]:
        """The records with `status` (None: all), oldest find first."""
        with reading(self._factory, self._actor, Action.NURSERY_VIEW) as session:
            stmt = select(UnregisteredNursery)
            if status is not None:
                stmt = stmt.where(UnregisteredNursery.status == status)
            rows = session.scalars(stmt.order_by(UnregisteredNursery.found_on, UnregisteredNursery.id).limit(limit))
            return [_row(r) for r in rows]

    def registered_matching(self, text: str, limit: int = 20) -> list[tuple[int, str, str]]:
        """Registered nurseries whose name or code contains `text`: (id, name, USCC), for 标记为已登记."""
        text = text.strip()
        if not text:
            return []
        with reading(self._factory, self._actor, Action.NURSERY_VIEW) as session:
            like = f"%{text}%"
            rows = session.execute(select(Nursery.id, Nursery.name, Nursery.uscc)
                                   .where(or_(Nursery.name.like(like), Nursery.uscc.like(like)))
                                   .order_by(Nursery.name_pinyin.nulls_first(), Nursery.id).limit(limit))
            return [(i, name, code or "") for i, name, code in rows]

    def count_pending(self) -> int:
        with reading(self._factory, self._actor) as session:
            return session.scalar(select(func.count()).select_from(UnregisteredNursery)
                                  .where(UnregisteredNursery.status == UnregisteredStatus.PENDING)) or 0

    def pending(self, limit: int = 200) -> list[UnregisteredRow]:
        """The records still to verify, oldest find first (LIMIT: the home page shows only the first few)."""
        with reading(self._factory, self._actor, Action.NURSERY_VIEW) as session:
            rows = session.scalars(select(UnregisteredNursery)
                                   .where(UnregisteredNursery.status == UnregisteredStatus.PENDING)
                                   .order_by(UnregisteredNursery.found_on, UnregisteredNursery.id).limit(limit))
            return [_row(r) for r in rows]


def _row(r: UnregisteredNursery) -> UnregisteredRow:
    return UnregisteredRow(r.id, r.name, r.address, r.found_by, r.found_on, r.note, r.status, r.version)
