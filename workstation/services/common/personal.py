"""Who sees full personal data in service results, and the audit row of each full ID shown."""

from __future__ import annotations

from sqlalchemy.orm import Session

from workstation.db.audit_hooks import ACTOR_KEY, Entry, append_at_commit
from workstation.domain.permissions import Action
from workstation.services.common.context import Actor

REVEAL_ACTION = "view_personal_data"


def sees_full(session: Session, actor: Actor) -> bool:
    """Whether the actor (as the session knows it now: a role change counts at once) sees full data."""
    live = session.info.get(ACTOR_KEY) or actor
    return live.can(Action.PERSONAL_DATA_FULL)


def record_reveal(session: Session, actor: Actor, entity: str, entity_id: int, field: str, *,
                  nursery_id: int | None = None, entity_uuid: str = "", whose: str = "") -> None:
    """One audit row: who saw whose full number, and when (the number itself is not kept)."""
    session.flush()
    details = {"field": field, "whose": whose}
    append_at_commit(session, [Entry(REVEAL_ACTION, entity, str(entity_id), entity_uuid, nursery_id,
                                     details=details)], actor.username)
