"""The rule catalogue as the district sees it: each parameter's value and source, and for the
district settings (no documented source) who confirmed the value in force, and when.

Confirmations are kept in one RuleSet row ("rule_confirmations") by parameter key, with the value
confirmed: once the value changes the parameter is unconfirmed again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from workstation.db.base import utcnow
from workstation.db.key_locks import hold_key_lock
from workstation.db.orm import RuleSet
from workstation.domain.errors import ConflictError, NotFound
from workstation.domain.filing_rules import FILING_DEFAULTS, FilingRules
from workstation.domain.inspection_rules import INSPECTION_DEFAULTS, InspectionRules
from workstation.domain.permissions import Action
from workstation.domain.rule_catalogue import CatalogueEntry, catalogue
from workstation.domain.rules import NATIONAL_DEFAULTS, RuleParameters
from workstation.services.common.context import Actor
from workstation.services.common.uow import reading, writing

RULE_SET_NAME = "rule_confirmations"


@dataclass(frozen=True)
class CatalogueRow:
    entry: CatalogueEntry
    confirmed_by: str = ""          # the administrator's name, for a confirmed district setting
    confirmed_at: dt.datetime | None = None  # naive UTC

    @property
    def needs_confirmation(self) -> bool:
        return self.entry.is_district_setting and self.confirmed_at is None


class RuleCatalogueService:
    def __init__(self, factory: sessionmaker[Session], actor: Actor,
                 rules: RuleParameters = NATIONAL_DEFAULTS, filing: FilingRules = FILING_DEFAULTS,
                 inspection: InspectionRules = INSPECTION_DEFAULTS,
                 now: Callable[[], dt.datetime] = utcnow) -> None:
        self._factory, self._actor, self._now = factory, actor, now
        self._entries = catalogue(rules, filing, inspection)

    @property
    def actor(self) -> Actor:
        return self._actor

    def rows(self) -> list[CatalogueRow]:
        with reading(self._factory, self._actor) as session:
            confirmed = _confirmations(session)
        return [_row(entry, confirmed) for entry in self._entries]

    def confirm(self, key: str) -> CatalogueRow:
        """The administrator confirms the district setting `key` at its current value (SETTINGS_EDIT)."""
        entry = next((e for e in self._entries if e.key == key), None)
        if entry is None:
            raise NotFound(f"规则参数“{key}”不存在。")
        if not entry.is_district_setting:
            raise ConflictError(f"“{entry.label}”的依据是{entry.source.text}，不需要确认。")  # type: ignore[union-attr]
        with writing(self._factory, self._actor, Action.SETTINGS_EDIT, f"确认辖区设置：{entry.label}") as session:
            hold_key_lock(session, "setting", RULE_SET_NAME)  # the row's first save by two desks at once
            row = session.scalar(select(RuleSet).where(RuleSet.name == RULE_SET_NAME))
            if row is None:
                row = RuleSet(name=RULE_SET_NAME, parameters={}, created_by=self._actor.username)
                session.add(row)
            record = {"value": entry.value, "by": self._actor.label, "user": self._actor.username,
                      "at": self._now().isoformat(timespec="seconds")}
            row.parameters = {**(row.parameters or {}), key: record}  # a new dict: JSON columns track assignment
            row.updated_by = self._actor.username
            return _row(entry, row.parameters)


def _confirmations(session: Session) -> dict:
    row = session.scalar(select(RuleSet).where(RuleSet.name == RULE_SET_NAME))
    return dict(row.parameters or {}) if row else {}


def _row(entry: CatalogueEntry, confirmed: dict) -> CatalogueRow:
    record = confirmed.get(entry.key)
    if not entry.is_district_setting or not record or record.get("value") != entry.value:
        return CatalogueRow(entry)
    return CatalogueRow(entry, record.get("by", ""), dt.datetime.fromisoformat(record["at"]))
