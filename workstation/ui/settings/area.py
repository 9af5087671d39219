"""How the 系统设置 page is built and wired (called on first visit, or when the session starts)."""

from __future__ import annotations

from collections.abc import Callable

from workstation.ui.context import UiContext
from workstation.ui.settings.encryption_panel import tell_encrypted
from workstation.ui.settings.settings_page import SettingsPage, SettingsServices, tell_restart


def build_page(ctx: UiContext, release_database: Callable[[], None]) -> SettingsPage:
    from workstation.services.backup import backups_folder

    app = ctx.app
    services = SettingsServices(
        auth=app.auth, settings=app.settings, users=app.users, audit=app.audit, db_location=app.location,
        backups_dir=lambda: backups_folder(app.location, app.settings.get().backup_folder),
        release_database=release_database, calendar=app.calendar,
        rule_catalogue=app.rule_catalogue, routing=app.routing)
    page = SettingsPage(services, ctx.actor, ctx.pool, ctx.window)
    page.calendar_changed.connect(lambda: ctx.events.notify("calendar"))
    page.settings_saved.connect(lambda _settings: ctx.events.notify("settings"))
    page.routes_changed.connect(lambda: ctx.events.notify("settings"))
    page.users_changed.connect(lambda: ctx.events.notify("users"))
    page.backed_up.connect(lambda: ctx.events.notify("backups"))
    ctx.events.backups_changed.connect(page.describe_backups)
    ctx.events.any_changed.connect(page.refresh_audit)
    page.restore_finished.connect(lambda ok: (tell_restart(ctx.window, ok), ctx.window.close()))
    page.encryption_finished.connect(lambda ok, text: (tell_encrypted(ctx.window, ok, text), ctx.window.close()))
    return page
