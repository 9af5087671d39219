"""Recording the acts of a nursery's life cycle (domain.md §18.1) that no filing decides:
the notice's outcome, suspension and resumption, closing an unfiled nursery.

Each act checks the permission, writes its status event (audited with the nursery's change)
and appears in the nursery's timeline. Inspections use `apply_act` for a 停业整顿 escalation.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from workstation.db.orm import Nursery, NurseryStatusEvent
from workstation.domain.enums import InstitutionStatus
from workstation.domain.errors import ConflictError, PermissionDenied
from workstation.domain.lifecycle import (
    INSPECTIONS,
    RECORDED,
    RECORDED_ACTS,
    LifecycleAct,
    check_act,
    moves_from,
    recorded_acts_from,
    status_after,
)
from workstation.domain.permissions import Action
from workstation.domain.texts import QT_TRANSLATE_NOOP, Text, text
from workstation.services.common.context import Actor
from workstation.services.common.lookup import load_nursery
from workstation.services.common.timeline import TimelineEntry, line_detail, line_of
from workstation.services.common.uow import reading, writing


@dataclass(frozen=True)
class StatusChange:
    nursery_id: int
    act: LifecycleAct
    from_status: InstitutionStatus
    to_status: InstitutionStatus
    day: dt.date
    note: str


class LifecycleService:
    def __init__(self, factory: sessionmaker[Session], actor: Actor,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        self._factory, self._actor, self._today = factory, actor, today

    @property
    def actor(self) -> Actor:
        return self._actor

    def acts_for(self, nursery_id: int) -> list[LifecycleAct]:
        """The acts this user may record on the nursery now."""
        with reading(self._factory, self._actor, Action.NURSERY_VIEW) as session:
            status = load_nursery(session, nursery_id).status
        return [act for act in recorded_acts_from(status) if self._may(act)]

    def record(self, nursery_id: int, act: LifecycleAct, on: dt.date | None, note: str) -> StatusChange:
        """Record `act` on `on` with its reason; refused with a message saying why, nothing written."""
        if act not in RECORDED_ACTS:
            raise ConflictError(f"“{act.zh}”由备案或检查办理，不能在机构档案中直接办理。")
        if not self._may(act):
            role = self._actor.role_enum
            raise PermissionDenied(f"当前角色（{role.zh if role else self._actor.role}）无权办理“{act.zh}”。")
        with writing(self._factory, self._actor) as session:
            nursery = load_nursery(session, nursery_id)
            status_after(act, nursery.status)  # refuse before looking at the date
            suspended = last_suspension(session, nursery_id) if act is LifecycleAct.RESUME else None
            check_act(act, on, note, self._today(), suspended.day if suspended else None)
            assert on is not None
            return apply_act(session, self._actor, nursery, act, on, note.strip())

    def _may(self, act: LifecycleAct) -> bool:
        return any(self._actor.can(a) for a in RECORDED_ACTS.get(act, ()))


def apply_act(session: Session, actor: Actor, nursery: Nursery, act: LifecycleAct, on: dt.date, note: str | Text,
              inspection_id: int | None = None) -> StatusChange:
    """Change the status and write the event; ConflictError when the status does not allow the act.

    A note the program wrote (a Text) is kept as data too, shown in the interface language; a typed one as typed.
    """
    by = INSPECTIONS if inspection_id is not None else RECORDED
    before = None
    if act is LifecycleAct.RESUME:
        suspended = last_suspension(session, nursery.id)
        before = suspended.from_status if suspended else None
    source = nursery.status
    target = status_after(act, source, before, by)
    nursery.status, nursery.updated_by = target, actor.username
    detail = line_detail(note) if isinstance(note, Text) else None
    session.add(NurseryStatusEvent(nursery_id=nursery.id, act=act, from_status=source, to_status=target, day=on,
                                   note=str(note), detail=detail, inspection_id=inspection_id,
                                   created_by=actor.username, updated_by=actor.username))
    session.flush()
    return StatusChange(nursery.id, act, source, target, on, str(note))


def suspend_for_inspection(session: Session, actor: Actor, nursery_id: int, on: dt.date, note: Text,
                           inspection_id: int) -> StatusChange | None:
    """An inspection escalated to 停业整顿 suspends the nursery (None when its status has no such move,
    e.g. a cancellation in progress: the escalation stays on the inspection's record)."""
    nursery = load_nursery(session, nursery_id)
    if not any(m.act is LifecycleAct.SUSPEND for m in moves_from(nursery.status, INSPECTIONS)):
        return None
    return apply_act(session, actor, nursery, LifecycleAct.SUSPEND, on, note, inspection_id)


def last_suspension(session: Session, nursery_id: int) -> NurseryStatusEvent | None:
    return session.scalar(select(NurseryStatusEvent).where(
        NurseryStatusEvent.nursery_id == nursery_id,
        NurseryStatusEvent.to_status == InstitutionStatus.SUSPENDED).order_by(NurseryStatusEvent.id.desc()).limit(1))


def lifecycle_entries(session: Session, nursery_id: int) -> list[TimelineEntry]:
    events = session.scalars(select(NurseryStatusEvent).where(NurseryStatusEvent.nursery_id == nursery_id))
    return [TimelineEntry(e.created_at, "状态", text(
        QT_TRANSLATE_NOOP("DomainText", "{day} {act}：{before} → {after}（{note}）") if e.note
        else QT_TRANSLATE_NOOP("DomainText", "{day} {act}：{before} → {after}"),
        day=e.day, act=e.act, before=e.from_status, after=e.to_status, note=line_of(e.detail, e.note)), e.created_by)
        for e in events]
