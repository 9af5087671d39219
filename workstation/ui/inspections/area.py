"""How the 监督检查 page and the home page's rectification counts are built and wired."""

from __future__ import annotations

from typing import TYPE_CHECKING

from workstation.ui.context import UiContext
from workstation.ui.inspections.home_counts import HomeInspectionCounts

if TYPE_CHECKING:
    from workstation.ui.inspections.inspections_page import InspectionsPage


def build_page(ctx: UiContext) -> InspectionsPage:
    # (not at start-up: 首页 needs only the counts)
    from workstation.ui.inspections.inspections_page import InspectionServices, InspectionsPage
    from workstation.ui.inspections.new_dialog import registry_search

    app = ctx.app
    services = InspectionServices(app.inspections, app.templates, app.inspection_queues,
                                  registry_search(app.registry), draw=app.draws)
    page = InspectionsPage(services, ctx.actor, ctx.window, token=ctx.window.data_token)
    page.nursery_requested.connect(ctx.open_nursery)
    page.inspection_changed.connect(lambda: ctx.events.notify("inspections"))
    page.calendar_requested.connect(ctx.show_calendar)
    ctx.window.area_changed.connect(lambda key: page.refresh_on_visit() if key == "inspections" else None)
    for changed in (ctx.events.nurseries_changed, ctx.events.calendar_changed):
        changed.connect(page.refresh)
    return page


def build_home_widget(ctx: UiContext) -> HomeInspectionCounts:
    counts = HomeInspectionCounts(ctx.app.inspection_queues.home_counts, token=ctx.window.data_token)
    counts.open_requested.connect(lambda: ctx.window.show_area("inspections"))
    # Read on a visit, or on a change while shown, and only when the database changed since.
    ctx.window.area_changed.connect(lambda key: counts.refresh_if_changed() if key == "home" else None)
    ctx.events.any_changed.connect(
        lambda _kind: counts.refresh_if_changed() if ctx.window.current_area() == "home" else None)
    counts.refresh()
    return counts
