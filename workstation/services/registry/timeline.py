"""A nursery's timeline: registration, overrides, decisions, and whatever other areas contribute."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from workstation.db.orm import DuplicateDecision, Nursery, WarningOverride
from workstation.db.orm.audit import AuditEntry
from workstation.db.repositories.nurseries import FORM_COLUMNS
from workstation.domain.permissions import Action
from workstation.domain.texts import QT_TRANSLATE_NOOP, text
from workstation.services.audit import ENTITY_LABELS, FIELD_LABELS
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
    entries = [TimelineEntry(n.created_at, "登记", text(QT_TRANSLATE_NOOP("DomainText", "录入机构信息")), n.created_by)]
    if n.registered_at:
        # a certificate's name (domain/routing.CERTIFICATES) is marked there: as a text it is shown translated
        certificate = text(n.registration_certificate or QT_TRANSLATE_NOOP("DomainText", "登记证书"))
        uscc = n.uscc or text(QT_TRANSLATE_NOOP("DomainText", "无代码"))
        obtained = (QT_TRANSLATE_NOOP("DomainText", "在{organ}取得{certificate}（{uscc}）") if n.registration_organ_kind
                    else QT_TRANSLATE_NOOP("DomainText", "在登记机关取得{certificate}（{uscc}）"))
        entries.append(TimelineEntry(dt.datetime.combine(n.registered_at, dt.time()), "登记", text(
            obtained, organ=n.registration_organ_kind, certificate=certificate, uscc=uscc)))
    edits = edit_entries(session, n)
    entries += edits
    if n.version > 1 and not edits:  # a record older than its audit rows (or changed only outside the form)
        entries.append(TimelineEntry(n.updated_at, "登记", text(
            QT_TRANSLATE_NOOP("DomainText", "最近修改（第 {version} 版）"), version=n.version), n.updated_by))
    for o in session.scalars(select(WarningOverride).where(WarningOverride.nursery_id == nursery_id)):
        entries.append(TimelineEntry(o.created_at, "登记", text(QT_TRANSLATE_NOOP(
            "DomainText", "确认提示后保存：{message} 理由：{reason}"), message=o.message, reason=o.reason), o.created_by))
    decisions = select(DuplicateDecision, Nursery.name).join(
        Nursery, Nursery.id == DuplicateDecision.other_nursery_id).where(DuplicateDecision.nursery_id == nursery_id)
    for decision, other in session.execute(decisions):
        verdict = text(QT_TRANSLATE_NOOP("DomainText", "不是同一机构") if decision.decision == "different"
                       else QT_TRANSLATE_NOOP("DomainText", "是同一机构"))
        entries.append(TimelineEntry(decision.created_at, "登记", text(QT_TRANSLATE_NOOP(
            "DomainText", "与“{other}”比对：{verdict}"), other=other, verdict=verdict), decision.created_by))
    return entries


_FORM_FIELDS = frozenset((*FORM_COLUMNS, "uscc", "street_id"))
_PARTS = ("nursery_class", "nursery_service_type")  # the form's tables besides the nursery's own row


def edit_entries(session: Session, n: Nursery) -> list[TimelineEntry]:
    """Each save of the form after the record was entered, and each pushed import that changed it, naming
    the fields changed (never their values: the timeline is for every role that may view the record).

    From the audit rows of the nursery, its classes and service types, one entry per transaction (rows of
    one transaction share their time). Changes of state made by other areas (filing, closing) have
    their own entries and are not repeated here.
    """
    rows = [(at, actor, action, entity, _changed(changes)) for at, actor, action, entity, changes in session.execute(
        select(AuditEntry.at, AuditEntry.actor, AuditEntry.action, AuditEntry.entity, AuditEntry.changes)
        .where(AuditEntry.nursery_id == n.id, AuditEntry.entity.in_(("nursery", *_PARTS)),
               AuditEntry.action.in_(("update", "import", "create", "delete")))
        .order_by(AuditEntry.seq))]
    # The record's entry (by the form or a pushed file, its classes with it) has its own line.
    entered = {at for at, _actor, action, entity, changes in rows
               if entity == "nursery" and (action == "create" or _all_new(changes))}
    saves: dict[tuple[dt.datetime, str], tuple[str, list[str]]] = {}
    for at, actor, action, entity, changes in rows:
        if at in entered:
            continue
        _first, labels = saves.setdefault((at, actor), (action, []))
        if entity in _PARTS:
            found = [ENTITY_LABELS[entity]]
        else:
            found = [FIELD_LABELS[name] for name in changes if name in _FORM_FIELDS and name in FIELD_LABELS]
        labels.extend(label for label in found if label not in labels)
        if action == "import":
            saves[(at, actor)] = (action, labels)
    entries = []
    for (at, actor), (action, labels) in saves.items():
        if not labels:
            continue
        source = (QT_TRANSLATE_NOOP("DomainText", "导入的推送数据修改了：{fields}") if action == "import"
                  else QT_TRANSLATE_NOOP("DomainText", "修改了：{fields}"))
        entries.append(TimelineEntry(at, "登记", text(source, fields=tuple(text(label) for label in labels)), actor))
    return entries


def _changed(changes: str) -> dict[str, object]:
    try:
        found = json.loads(changes or "{}")
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}


def _all_new(changes: dict[str, object]) -> bool:
    return bool(changes) and all(isinstance(v, list) and v and v[0] is None for v in changes.values())
