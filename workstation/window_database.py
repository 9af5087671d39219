"""The window's database: attached (home queues now, every other page built on its first visit) and
released (before a restore, and at exit)."""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable
from typing import TYPE_CHECKING

from workstation.ui.areas import AREAS

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from workstation.db.session import Database
    from workstation.services.common.context import Actor
    from workstation.ui.context import UiContext
    from workstation.ui.main_window import MainWindow


def release_database(window: MainWindow) -> None:
    """Close every connection the window holds (before a restore, and at exit): the read-only ones first,
    so that the database's own is the file's last and SQLite folds the write-ahead log into it (closed
    last, a read-only connection may not: the -wal was left beside the file, and a copy of the file alone
    missed the latest changes)."""
    for reader in getattr(window, "readers", []):
        reader.close()
    window.readers = []
    database = getattr(window, "database", None)
    if database is not None:
        database.close()
        window.database = None
    gc.unfreeze()  # (what this window's start froze, ui/idle_warmup.freeze_the_start, may go once it does)


def attach_database(window: MainWindow, db: Database, actor: Actor,
                    today: Callable[[], dt.date] = dt.date.today) -> UiContext:
    """Give the window its database: the home page's queues now, every other page on its first visit."""
    from workstation.context import AppContext
    from workstation.db.change_stamp import open_change_stamp
    from workstation.db.engine import use_interactive_cache
    from workstation.ui.context import UiContext
    from workstation.ui.idle_imports import import_pages_when_idle
    from workstation.ui.role_view import apply_role

    use_interactive_cache(db.engine)
    window.database = db
    stamp = open_change_stamp(db.location, db.engine)
    if stamp is not None:  # closed with the window's other connections (release_database)
        window.readers = [*getattr(window, "readers", []), stamp]
        window.watch_changes(stamp.value, today)
        window.poll_changes()  # another desk's commit refreshes the page in view
    from workstation.ui.home import ServedApp, add_home_widgets

    app = AppContext(db, actor, today)
    ctx = getattr(window, "ui_context", None)
    served = ctx is not None and isinstance(ctx.app, ServedApp)  # 首页's widgets switch to the services
    if served:
        ctx.app.attached(app)
        ctx.app = app
    else:
        ctx = window.ui_context = UiContext(app, window)
    builders = {area.key: _builder(area.builder, ctx) for area in AREAS if area.builder}
    builders["settings"] = lambda: _settings_page(ctx)
    window.install_builders(builders)
    if not served:
        add_home_widgets(ctx)
    apply_role(window, actor)
    if not window.is_usable():
        window.mark_usable()
    loader = import_pages_when_idle(window)  # each page's first visit then only builds and fills it
    from workstation.ui.idle_warmup import warm_pages_when_idle

    warm_pages_when_idle(ctx, loader)  # then each unvisited page's first reads, compiled in idle time
    gc.freeze()  # what the start made, out of full collections now (and the pages' code once idle work is done)
    return ctx


def _builder(package: str, ctx: UiContext) -> Callable[[], QWidget]:
    def build() -> QWidget:
        from importlib import import_module

        return import_module(package).build_page(ctx)

    return build


def _settings_page(ctx: UiContext) -> QWidget:
    from workstation.ui.settings import build_page

    return build_page(ctx, lambda: release_database(ctx.window))
