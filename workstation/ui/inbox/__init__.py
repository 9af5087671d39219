"""The registration inbox page (机构登记 → 推送收件箱)."""

from workstation.ui.inbox.area import build_page

__all__ = ["build_page"]
