"""Hide what the signed-in role cannot do. Only a convenience: every service checks again."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..domain.permissions import Action, Role, allowed
from ..services.context import Actor

# (area key, attribute path to a widget on that area's page, action needed to see it)
EDIT_WIDGETS: tuple[tuple[str, str, Action], ...] = (
    ("intake", "new_button", Action.NURSERY_EDIT),
    ("filing", "ui.newButton", Action.FILING_EDIT),
    ("fees", "ui.addScheduleButton", Action.FEE_EDIT),
    ("fees", "ui.publicityButton", Action.FEE_EDIT),
    ("fees", "ui.evidenceButton", Action.FEE_EDIT),
    ("fees", "ui.rulesButton", Action.SETTINGS_EDIT),
)
# Areas a role without the action does not see at all.
AREA_ACTIONS: dict[str, Action] = {"registers": Action.REGISTER_EXPORT}


def role_of(actor: Actor) -> Role | None:
    try:
        return Role(actor.role)
    except ValueError:
        return None


def can(actor: Actor, action: Action) -> bool:
    role = role_of(actor)
    return role is not None and allowed(role, action)


def apply_role(window, actor: Actor) -> None:
    """Hide areas and edit buttons of `window` (a MainWindow) that `actor`'s role may not use."""
    for key, action in AREA_ACTIONS.items():
        window.set_area_hidden(key, not can(actor, action))
    for key, path, action in EDIT_WIDGETS:
        widget = _find(window.page(key), path)
        if widget is not None and not can(actor, action):
            widget.hide()


def _find(page: QWidget, path: str) -> QWidget | None:
    target: object = page
    for name in path.split("."):
        target = getattr(target, name, None)
        if target is None:
            return None
    return target if isinstance(target, QWidget) else None
