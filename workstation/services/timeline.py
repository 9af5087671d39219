"""A nursery's timeline: registration, overrides, decisions, and whatever other areas contribute."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from ..db.orm import DuplicateDecision, Nursery, WarningOverride
from ..domain.errors import NotFound
from ..domain.permissions import Action
from .context import Actor
from .uow import reading


@dataclass(frozen=True)
class TimelineEntry:
    at: dt.datetime
    kind: str  # short Chinese label of the area: 登记, 备案, 检查, 收费 …
    text: str
    actor: str = ""


Provider = Callable[[Session, int], Sequence[TimelineEntry]]


class TimelineService:
    """Merges entries from the intake records and from providers registered by other areas."""

    def __init__(self, factory: sessionmaker[Session], actor: Actor, providers: Sequence[Provider] = ()) -> None:
        self._factory = factory
        self._actor = actor
        self._providers = [intake_entries, *providers]

    def add_provider(self, provider: Provider) -> None:
        self._providers.append(provider)

    def timeline(self, nursery_id: int) -> list[TimelineEntry]:
        """Every entry for the nursery, newest first."""
        with reading(self._factory, self._actor, Action.NURSERY_VIEW) as session:
            if session.get(Nursery, nursery_id) is None:
                raise NotFound(f"找不到记录号为 {nursery_id} 的机构。")
            entries = [e for provider in self._providers for e in provider(session, nursery_id)]
        return sorted(entries, key=lambda e: e.at, reverse=True)


def intake_entries(session: Session, nursery_id: int) -> list[TimelineEntry]:
    n = session.get(Nursery, nursery_id)
    entries = [TimelineEntry(n.created_at, "登记", "录入机构信息", n.created_by)]
    if n.registered_at:
        organ = n.registration_organ_kind.zh if n.registration_organ_kind else "登记机关"
        text = f"在{organ}取得{n.registration_certificate or '登记证书'}（{n.uscc or '无代码'}）"
        entries.append(TimelineEntry(dt.datetime.combine(n.registered_at, dt.time()), "登记", text))
    if n.version > 1:
        entries.append(TimelineEntry(n.updated_at, "登记", f"最近修改（第 {n.version} 版）", n.updated_by))
    for o in session.scalars(select(WarningOverride).where(WarningOverride.nursery_id == nursery_id)):
        entries.append(TimelineEntry(o.created_at, "登记", f"确认提示后保存：{o.message} 理由：{o.reason}", o.created_by))
    decisions = select(DuplicateDecision, Nursery.name).join(
        Nursery, Nursery.id == DuplicateDecision.other_nursery_id).where(DuplicateDecision.nursery_id == nursery_id)
    for decision, other in session.execute(decisions):
        verdict = "不是同一机构" if decision.decision == "different" else "是同一机构"
        entries.append(TimelineEntry(decision.created_at, "登记", f"与“{other}”比对：{verdict}", decision.created_by))
    return entries
