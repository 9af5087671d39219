"""The sign-in alarm recorded in the trail it is about, when that trail can still be written."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from workstation.domain.errors import DomainError
from workstation.services.audit.service import record_event
from workstation.services.common.context import Actor
from workstation.services.common.uow import writing


def record_alarm(factory: sessionmaker[Session], actor: Actor, problems: list[str], response: str) -> bool:
    """An `audit_alarm` row naming what was found and what the window did (`response`); False when the
    trail refuses writes (its head is missing), the caller then keeps it in the program's log.

    A row on a rewound trail does not hide the rewind: the checkpoints outside still disagree with it.
    """
    try:
        with writing(factory, actor) as session:
            record_event(session, actor, "audit_alarm", "database", "", {"problems": problems, "response": response})
    except DomainError:
        return False
    return True
