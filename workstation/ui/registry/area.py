"""How the 机构登记 page is built and wired (called on first visit)."""

from __future__ import annotations

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
    return page
