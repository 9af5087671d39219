"""How the 收费公示 page is built and wired (called on first visit)."""

from __future__ import annotations

from workstation.ui.context import UiContext
from workstation.ui.fees.fees_page import FeesPage
from workstation.ui.role_view import hide_edit_widgets


def build_page(ctx: UiContext) -> FeesPage:
    app = ctx.app
    page = FeesPage(app.fees, ctx.window, rule_service=app.fee_rules, token=ctx.window.data_token)
    page.fees_changed.connect(lambda _id: ctx.events.notify("fees"))
    ctx.events.nurseries_changed.connect(page.refresh)
    hide_edit_widgets("fees", page, ctx.actor)
    return page
