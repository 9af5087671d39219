"""Who is acting: passed to every service so records and audit name a person."""

from __future__ import annotations

import getpass
from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    username: str
    display_name: str = ""
    role: str = "SYSTEM"

    @property
    def label(self) -> str:
        return self.display_name or self.username


def os_actor() -> Actor:
    """CLI actions are attributed to the operating-system user."""
    try:
        name = getpass.getuser()
    except Exception:  # no login name (e.g. some containers)
        name = "unknown"
    return Actor(username=f"os:{name}", display_name=name)
