"""Hide what the signed-in role cannot do. Only a convenience: every service checks again."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from workstation.domain.permissions import Action, Role
from workstation.services.common.context import Actor

# (area key, attribute path to a widget on that area's page, action needed to see it)
EDIT_WIDGETS: tuple[tuple[str, str, Action], ...] = (
    ("registry", "new_button", Action.NURSERY_EDIT),
    ("filing", "ui.newButton", Action.FILING_EDIT),
    ("fees", "ui.addScheduleButton", Action.FEE_EDIT),
    ("fees", "ui.publicityButton", Action.FEE_EDIT),
    ("fees", "ui.evidenceButton", Action.FEE_EDIT),
    ("fees", "ui.rulesButton", Action.SETTINGS_EDIT),
)
# Areas a role without the action does not see at all.
AREA_ACTIONS: dict[str, Action] = {"registers": Action.REGISTER_EXPORT}


def role_of(actor: Actor) -> Role | None:
    return actor.role_enum


def can(actor: Actor, action: Action) -> bool:
    return actor.can(action)


def apply_role(window, actor: Actor) -> None:
    """Hide the areas of `window` (a MainWindow) that `actor`'s role may not use.

    Edit buttons are hidden on each page as it is built (hide_edit_widgets), pages being lazy.
    """
    for key, action in AREA_ACTIONS.items():
        window.set_area_hidden(key, not can(actor, action))


def hide_edit_widgets(key: str, page: QWidget, actor: Actor) -> None:
    """Hide the edit buttons of area `key`'s page that `actor`'s role may not use."""
    for area, path, action in EDIT_WIDGETS:
        widget = _find(page, path) if area == key else None
        if widget is not None and not can(actor, action):
            widget.hide()


def _find(page: QWidget, path: str) -> QWidget | None:
    target: object = page
    for name in path.split("."):
        target = getattr(target, name, None)
        if target is None:
            return None
    return target if isinstance(target, QWidget) else None
