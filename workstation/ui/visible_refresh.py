"""The page in view reads again after another desk committed (the main window polls the change stamp)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from workstation.ui.common.stale import RefreshWhenChanged

# A few seconds: another desk's change shows soon, at one cheap query per look.
POLL_MS = 3_000
# Pages of forms being filled in: never re-read under the user's hands.
NOT_POLLED = frozenset({"settings"})


def refresh_visible(page: QWidget | None, skip: bool = False) -> None:
    """Re-read what `page` shows: its change watchers and views that skip unchanged data, else `refresh`."""
    if page is None or skip:
        return
    watchers = [w for w in page.findChildren(RefreshWhenChanged) if _shown(w.parent())]
    views = [w for w in (page, *page.findChildren(QWidget)) if hasattr(w, "refresh_if_changed") and _shown(w)]
    for watcher in watchers:
        watcher.check()
    for view in views:
        view.refresh_if_changed()
    if not watchers and not views and callable(getattr(page, "refresh", None)):
        page.refresh()


def _shown(widget: object) -> bool:
    return isinstance(widget, QWidget) and widget.isVisible()
