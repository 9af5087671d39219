"""How the 推送收件箱 page is built and wired (a tab of 机构登记, built on its first visit)."""

from __future__ import annotations

from workstation.ui.context import UiContext
from workstation.ui.inbox.inbox_page import InboxPage


def build_page(ctx: UiContext) -> InboxPage:
    app = ctx.app
    page = InboxPage(app.inbox, app.unregistered, ctx.actor, ctx.pool, today=app.today)
    page.changed.connect(lambda: ctx.events.notify("nurseries"))
    ctx.events.nurseries_changed.connect(page.refresh)
    ctx.events.settings_changed.connect(page.refresh)
    return page
