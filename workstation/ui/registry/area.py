"""How the 机构登记 page is built and wired (called on first visit)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workstation.ui.common.stale import refresh_when_changed
from workstation.ui.context import UiContext
from workstation.ui.registry.area_page import IntakeAreaPage
from workstation.ui.role_view import hide_edit_widgets
from workstation.ui.staff import build_staff_tab


def build_page(ctx: UiContext) -> IntakeAreaPage:
    app = ctx.app
    page = IntakeAreaPage(app.registry, app.intake, app.timeline, ctx.district, ctx.window,
                          lifecycle=app.lifecycle, today=app.today, staff_tab=lambda nursery_id, parent:
                          build_staff_tab(ctx, nursery_id, parent))
    page.nursery_saved.connect(lambda _id: ctx.events.notify("nurseries"))
    for changed in (ctx.events.filings_changed, ctx.events.inspections_changed, ctx.events.fees_changed):
        changed.connect(page.refresh)  # statuses and the record's timeline follow the other areas
    hide_edit_widgets("registry", page, ctx.actor)
    page.inbox_tab = page.add_lazy_tab(QCoreApplication.translate("IntakeAreaPage", "推送收件箱(&I)"),
                                       lambda: _inbox_page(ctx, page))
    # a CLI import or another desk: the registry (and the inbox, if open) re-read on show and F5
    watcher = refresh_when_changed(page, ctx.window.data_token, lambda: _refresh_all(page))
    page.registry_page.installEventFilter(watcher)  # also on coming back from the inbox tab
    return page


def _refresh_all(area: IntakeAreaPage) -> None:
    area.refresh()
    inbox = area.tabs.widget(area.inbox_tab) if area.is_built(area.inbox_tab) else None
    if inbox is not None:  # None while the lazy tab is being swapped in
        inbox.refresh()


def _inbox_page(ctx: UiContext, area: IntakeAreaPage):
    from workstation.ui.inbox import build_page as build_inbox

    inbox = build_inbox(ctx)
    inbox.changed.connect(area.refresh)  # accepted rows appear in the registry tab beside it
    return inbox
