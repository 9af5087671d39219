"""How the 备案管理 page and the home page's filing queues are built and wired."""

from __future__ import annotations

from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from workstation.ui.context import UiContext
from workstation.ui.filing.queues import HomeQueues
from workstation.ui.filing.shared_queues import SharedQueues
from workstation.ui.role_view import hide_edit_widgets

if TYPE_CHECKING:
    from workstation.ui.filing.filing_page import FilingPage

HOME_QUEUE_LIMIT = 20  # entries per queue on the home page (its title has the full count; 备案管理 lists more)
_SHARED: WeakKeyDictionary[UiContext, SharedQueues] = WeakKeyDictionary()


def shared_queues(ctx: UiContext) -> SharedQueues:
    """The one read of the work queues that 首页 and 备案管理 share in this window."""
    if ctx not in _SHARED:
        _SHARED[ctx] = SharedQueues(ctx.app.filing.queues, ctx.window.data_token)
    return _SHARED[ctx]


def build_page(ctx: UiContext) -> FilingPage:
    from workstation.ui.filing.filing_page import FilingPage  # (not at start-up: 首页 needs only the queues)

    page = FilingPage(ctx.app.filing, today=ctx.app.today, queues=shared_queues(ctx).get)
    page.nursery_requested.connect(ctx.open_nursery)
    telling = [False]  # the page refreshed itself already; the hub's echo of its own change is skipped

    def tell_others(_id: int) -> None:
        telling[0] = True
        try:  # a filing decision changes the nursery's status too (filed, cancelled …)
            ctx.events.notify("filings", "nurseries")
        finally:
            telling[0] = False

    page.application_changed.connect(tell_others)
    for changed in (ctx.events.nurseries_changed, ctx.events.calendar_changed):
        changed.connect(lambda: None if telling[0] else page.refresh())
    hide_edit_widgets("filing", page, ctx.actor)
    return page


def build_home_widget(ctx: UiContext) -> HomeQueues:
    queues = HomeQueues(shared_queues(ctx).get, token=ctx.window.data_token, limit=HOME_QUEUE_LIMIT)
    ctx.window.home_page.layout().insertWidget(0, queues.warning)  # the calendar notice heads the page
    queues.application_requested.connect(ctx.open_application)
    queues.nursery_requested.connect(ctx.open_nursery)
    queues.calendar_requested.connect(ctx.show_calendar)
    # Read on a visit, or on a change while shown, and only when the database changed since.
    ctx.window.area_changed.connect(lambda key: queues.refresh_if_changed() if key == "home" else None)
    ctx.events.any_changed.connect(
        lambda _kind: queues.refresh_if_changed() if ctx.window.current_area() == "home" else None)
    queues.refresh()
    return queues
