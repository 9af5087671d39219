"""The workstation policy (idle lock, automatic backups), kept as one RuleSet row named "workstation"."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from workstation.db.key_locks import hold_key_lock
from workstation.db.orm import RuleSet
from workstation.domain.permissions import Action
from workstation.domain.workstation_settings import WorkstationSettings
from workstation.services.common.context import Actor
from workstation.services.common.uow import reading, writing

RULE_SET_NAME = "workstation"


class SettingsService:
    def __init__(self, factory: sessionmaker[Session], actor: Actor) -> None:
        self._factory = factory
        self._actor = actor

    def get(self) -> WorkstationSettings:
        with reading(self._factory, self._actor) as session:
            row = _row(session)
            return WorkstationSettings.from_json(row.parameters if row else None)

    def save(self, settings: WorkstationSettings, reason: str = "") -> WorkstationSettings:
        """Store new settings (SETTINGS_EDIT); refused with a ValidationError naming the field."""
        settings.validated()
        with writing(self._factory, self._actor, Action.SETTINGS_EDIT, reason) as session:
            hold_key_lock(session, "setting", RULE_SET_NAME)  # the row's first save by two desks at once
            row = _row(session)
            if row is None:
                session.add(RuleSet(name=RULE_SET_NAME, parameters=settings.to_json()))
            else:
                row.parameters = settings.to_json()
        return settings


def _row(session: Session) -> RuleSet | None:
    return session.scalar(select(RuleSet).where(RuleSet.name == RULE_SET_NAME))
