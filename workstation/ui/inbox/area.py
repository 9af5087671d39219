"""How the 推送收件箱 page is built and wired (a tab of 机构登记, built on its first visit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from workstation.ui.common.stale import refresh_when_changed
from workstation.ui.context import UiContext
from workstation.ui.inbox.home_queues import SHOWN, InboxHomeQueues

if TYPE_CHECKING:  # the page (and the ORM behind it) loads on the tab's first visit, not at start-up
    from workstation.ui.inbox.inbox_page import InboxPage


def build_page(ctx: UiContext) -> InboxPage:
    from workstation.ui.inbox.inbox_page import InboxPage

    app = ctx.app
    page = InboxPage(app.inbox, app.unregistered, ctx.actor, ctx.pool, today=app.today)
    page.changed.connect(lambda: ctx.events.notify("nurseries"))
    ctx.events.nurseries_changed.connect(page.refresh)
    ctx.events.settings_changed.connect(page.refresh)
    # a CLI import or another desk: seen when the tab is shown again (F5 is 机构登记's, around it)
    refresh_when_changed(page, ctx.window.data_token, page.refresh, f5=False)
    return page


def build_home_widget(ctx: UiContext) -> InboxHomeQueues:
    """待处理推送 and 在营未登记 on the home page; an entry opens 机构登记 → 推送收件箱."""
    app = ctx.app
    queues = InboxHomeQueues(lambda: (app.inbox.waiting(), app.inbox.waiting_batches(SHOWN)),
                             lambda: (app.unregistered.count_pending(), app.unregistered.pending(SHOWN)),
                             token=ctx.window.data_token)
    queues.batch_requested.connect(lambda batch_id: open_inbox(ctx).select_batch(batch_id))
    queues.unregistered_requested.connect(lambda: open_inbox(ctx).show_unregistered())
    # Read on a visit, or on a change while shown, and only when the database changed since.
    ctx.window.area_changed.connect(lambda key: queues.refresh_if_changed() if key == "home" else None)
    ctx.events.any_changed.connect(
        lambda _kind: queues.refresh_if_changed() if ctx.window.current_area() == "home" else None)
    queues.refresh()
    return queues


def open_inbox(ctx: UiContext) -> InboxPage:
    """Show 机构登记 with its 推送收件箱 tab."""
    ctx.window.show_area("registry")
    area = ctx.page("registry")
    area.tabs.setCurrentIndex(area.inbox_tab)
    return area.tab_page(area.inbox_tab)
