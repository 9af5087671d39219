"""Who is acting: passed to every service so records and audit name a person, and so the
interface and the services answer "may this person do that?" from the same table."""

from __future__ import annotations

import getpass
from dataclasses import dataclass, field

from workstation.domain.errors import PermissionDenied
from workstation.domain.permissions import Action, Role, allowed
from workstation.domain.texts import QT_TRANSLATE_NOOP, text


@dataclass(frozen=True)
class Actor:
    username: str
    display_name: str = ""
    role: str = "SYSTEM"
    # Signed in with an account: every unit of work reads the account again (accounts_live)
    account: bool = field(default=False, compare=False)

    @property
    def label(self) -> str:
        return self.display_name or self.username

    @property
    def role_enum(self) -> Role | None:
        """The role, or None for a role name this version does not know."""
        try:
            return Role(self.role)
        except ValueError:
            return None

    def can(self, action: Action) -> bool:
        """True when the actor's role allows `action` (domain/permissions.py, the one table)."""
        role = self.role_enum
        return role is not None and allowed(role, action)


def os_actor() -> Actor:
    """CLI actions are attributed to the operating-system user."""
    try:
        name = getpass.getuser()
    except Exception:  # no login name (e.g. some containers)
        name = "unknown"
    return Actor(username=f"os:{name}", display_name=name)


def require(actor: Actor, action: Action) -> None:
    """Raise PermissionDenied unless the actor's role allows `action`."""
    if not actor.can(action):
        role = actor.role_enum
        raise PermissionDenied(text(QT_TRANSLATE_NOOP("DomainText", "当前角色（{role}）无权{action}。"),
                                    role=role or actor.role, action=action))
