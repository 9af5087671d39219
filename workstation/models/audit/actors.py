"""Who did something, as the interface shows it: accounts by their display name (else the username),
the program's own work (system:demo…) by what it was and a command-line run (os:root) as such, in
the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workstation.domain.texts import CONTEXT
from workstation.services.audit import OS_ACTOR, actor_label


def actor_text(actor: str | None, name: str = "") -> str:
    """`actor` (a username, os:* or system:* actor) for people to read; `name` is the account's display
    name when the caller read it; empty stays empty."""
    if not actor:
        return name
    if actor.startswith("os:"):
        return QCoreApplication.translate(CONTEXT, OS_ACTOR).format(name=actor.removeprefix("os:"))
    if actor.startswith("system:"):
        return QCoreApplication.translate(CONTEXT, actor_label(actor))
    return name or actor
