"""Who did something, as the interface shows it: accounts by username, the program's own work
(system:demo…) by what it was, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workstation.domain.texts import CONTEXT
from workstation.services.audit import actor_label


def actor_text(actor: str | None) -> str:
    """`actor` (a username or a system:* actor) for people to read; empty stays empty."""
    return QCoreApplication.translate(CONTEXT, actor_label(actor)) if actor else ""
