"""系统设置 → 工作日历: the year view and the dialogs to enter, correct and remove days.

The front module: other areas import only from here (names load on first use).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workstation.fronts import lazy_front

if TYPE_CHECKING:
    from workstation.ui.calendar.calendar_page import CalendarPage

__all__ = [
    "CalendarPage",
]

__getattr__ = lazy_front(__name__, {
    "CalendarPage": "calendar_page",
})
