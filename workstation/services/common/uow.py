"""Units of work: one user action = one transaction, with the acting user attached to the session."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session, sessionmaker

from workstation.db.audit_hooks import ACTOR_KEY, REASON_KEY, lock_for_writing
from workstation.domain.permissions import Action
from workstation.services.common.accounts_live import current
from workstation.services.common.context import Actor, require


@contextmanager
def writing(factory: sessionmaker[Session], actor: Actor, action: Action | None = None,
            reason: str = "") -> Iterator[Session]:
    """A write transaction: permission checked first, write lock taken before any read, the account
    read again (deactivation and role changes count at once), actor (and reason) recorded on every
    audit row it writes."""
    if action is not None and not actor.account:  # a signed-in account is checked as it is now, below
        require(actor, action)
    with factory.begin() as session:
        session.info[ACTOR_KEY] = actor
        if reason:
            session.info[REASON_KEY] = reason
        lock_for_writing(session)
        _live(session, actor, action)
        yield session


@contextmanager
def reading(factory: sessionmaker[Session], actor: Actor | None = None,
            action: Action | None = None) -> Iterator[Session]:
    """A read-only session (permission checked when an action is given)."""
    if actor is not None and action is not None and not actor.account:
        require(actor, action)
    with factory() as session:
        session.info[ACTOR_KEY] = actor
        if actor is not None:
            _live(session, actor, action)
        yield session


def _live(session: Session, actor: Actor, action: Action | None) -> None:
    """Check a signed-in account as it is now (role, still active); other actors were checked already."""
    if not actor.account:
        return
    live = current(session, actor)
    session.info[ACTOR_KEY] = live
    if action is not None:
        require(live, action)
