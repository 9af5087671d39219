"""The registration inbox page (机构登记 → 推送收件箱)."""

from workstation.ui.inbox.area import build_home_widget, build_page, open_inbox

__all__ = ["build_home_widget", "build_page", "open_inbox"]
