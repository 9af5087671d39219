"""How the staff area is wired: the record dialog's 人员 tab, the 禁入名单 page, the home queue."""

from __future__ import annotations

from typing import TYPE_CHECKING

from workstation.ui.context import UiContext
from workstation.ui.staff.home_queue import HomeStaffQueue

if TYPE_CHECKING:  # page modules load on first use, not when 首页 is attached
    from workstation.ui.staff.ban_page import BanPage
    from workstation.ui.staff.staff_tab import StaffTab


def build_page(ctx: UiContext) -> BanPage:
    """The 禁入名单 page (a navigation entry: managers keep the list, everyone may read it)."""
    from workstation.ui.staff.ban_page import BanPage

    page = BanPage(ctx.app.bans, ctx.app.today, ctx.window)
    page.changed.connect(lambda: ctx.events.notify("staff"))
    ctx.events.staff_changed.connect(page.refresh)
    return page


def build_home_widget(ctx: UiContext) -> HomeStaffQueue:
    queue = HomeStaffQueue(ctx.app.staff_queue, ctx.app.today, token=ctx.window.data_token)
    queue.nursery_requested.connect(ctx.open_nursery)
    # Read on a visit, or on a change while shown, and only when the database changed since.
    ctx.window.area_changed.connect(lambda key: queue.refresh_if_changed() if key == "home" else None)
    ctx.events.any_changed.connect(
        lambda _kind: queue.refresh_if_changed() if ctx.window.current_area() == "home" else None)
    queue.refresh()
    return queue


def build_staff_tab(ctx: UiContext, nursery_id: int, parent) -> StaffTab:
    """The record dialog's 人员 tab for one nursery; a save tells the other views."""
    from workstation.services.staff import StaffImporter
    from workstation.ui.staff.staff_tab import StaffTab

    tab = StaffTab(ctx.app.staff, nursery_id, ctx.app.today, parent)
    tab.set_importer(StaffImporter(ctx.app.factory, ctx.actor, today=ctx.app.today))
    tab.changed.connect(lambda: ctx.events.notify("staff"))
    ctx.events.nurseries_changed.connect(tab.refresh_if_loaded)  # 编辑登记信息 changes classes and children
    ctx.events.staff_changed.connect(tab.refresh_if_loaded)  # a ban added on the 禁入名单 page
    return tab
