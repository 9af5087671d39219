"""首页: district figures, the per-street table and the work queues other areas add.

The front module: other areas import only from here (names load on first use).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workstation.fronts import lazy_front

if TYPE_CHECKING:
    from workstation.ui.home.home_page import HomePage
    from workstation.ui.home.served import ServedApp, add_home_widgets, serve_home

__all__ = [
    "HomePage",
    "ServedApp",
    "add_home_widgets",
    "serve_home",
]

__getattr__ = lazy_front(__name__, {
    "HomePage": "home_page",
    "ServedApp": "served",
    "add_home_widgets": "served",
    "serve_home": "served",
})
