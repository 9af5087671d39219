"""The staff area (人员): the record dialog's 人员 tab, staff dialogs, the 禁入名单 page, the home queue.

The front module: other areas import only from here (names load on first use).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workstation.fronts import lazy_front

if TYPE_CHECKING:
    from workstation.ui.staff.area import build_home_widget, build_page, build_staff_tab
    from workstation.ui.staff.ban_page import BanPage
    from workstation.ui.staff.home_queue import HomeStaffQueue
    from workstation.ui.staff.staff_tab import StaffTab

__all__ = ["BanPage", "HomeStaffQueue", "StaffTab", "build_home_widget", "build_page", "build_staff_tab"]

__getattr__ = lazy_front(__name__, {
    "BanPage": "ban_page", "HomeStaffQueue": "home_queue", "StaffTab": "staff_tab",
    "build_home_widget": "area", "build_page": "area", "build_staff_tab": "area",
})
