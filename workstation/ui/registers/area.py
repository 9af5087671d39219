"""How the 名册报表 page is built (called on first visit)."""

from __future__ import annotations

from workstation.ui.context import UiContext
from workstation.ui.registers.registers_page import RegistersPage


def build_page(ctx: UiContext) -> RegistersPage:
    page = RegistersPage(ctx.app.registers, ctx.district, ctx.actor, ctx.pool, ctx.window)
    page.exported.connect(lambda _outcome: ctx.events.notify("exports"))
    return page
