"""A signed-in actor is read again on every service call: a deactivated account stops at once and a
changed role applies to the very next action. One lookup by the unique username index."""

from __future__ import annotations

import dataclasses

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from workstation.db.orm.accounts import User
from workstation.domain.errors import PermissionDenied
from workstation.domain.permissions import Action
from workstation.services.common.context import Actor

DEACTIVATED = "该账号已被系统管理员停用，不能继续操作。请注销后联系系统管理员。"


def current(session: Session, actor: Actor) -> Actor:
    """`actor` with the role its account has now; PermissionDenied when the account is gone or inactive.

    Actors that did not sign in (the command line's demo, tests' hand-made actors) are returned as given.
    """
    if not actor.account:
        return actor
    row = session.execute(select(User.role, User.active).where(User.username == actor.username)).first()
    if row is None or not row.active:
        raise PermissionDenied(DEACTIVATED)
    role = row.role.value if hasattr(row.role, "value") else str(row.role)
    return actor if role == actor.role else dataclasses.replace(actor, role=role)


def recheck(factory: sessionmaker[Session], actor: Actor, *actions: Action) -> Actor:
    """The live actor, checked for `actions` before work that runs outside a unit of work (an export's file)."""
    from workstation.services.common.uow import require

    with factory() as session:
        live = current(session, actor)
    for action in actions:
        require(live, action)
    return live
