"""A nursery's timeline: registration, overrides, decisions, and whatever other areas contribute."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from workstation.db.orm import DuplicateDecision, Nursery, WarningOverride
from workstation.domain.permissions import Action
from workstation.services.common.context import Actor
from workstation.services.common.lookup import load_nursery
from workstation.services.common.timeline import TimelineEntry, named
from workstation.services.common.uow import reading
from workstation.services.registry.lifecycle import lifecycle_entries

Provider = Callable[[Session, int], Sequence[TimelineEntry]]


class TimelineService:
    """Merges entries from the intake records and from providers registered by other areas."""

    def __init__(self, factory: sessionmaker[Session], actor: Actor, providers: Sequence[Provider] = ()) -> None:
        self._factory = factory
        self._actor = actor
        self._providers = [intake_entries, lifecycle_entries, *providers]

    def add_provider(self, provider: Provider) -> None:
        self._providers.append(provider)

    def timeline(self, nursery_id: int) -> list[TimelineEntry]:
        """Every entry for the nursery, newest first, with the display names of who did it."""
        with reading(self._factory, self._actor, Action.NURSERY_VIEW) as session:
            load_nursery(session, nursery_id)
            entries = [e for provider in self._providers for e in provider(session, nursery_id)]
            return named(session, sorted(entries, key=lambda e: e.at, reverse=True))


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
