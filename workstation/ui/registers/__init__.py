"""名册报表: register exports (Excel and PDF) in the background.

The front module: other areas import only from here (names load on first use).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workstation.fronts import lazy_front

if TYPE_CHECKING:
    from workstation.ui.registers.area import build_page
    from workstation.ui.registers.registers_page import RegistersPage

__all__ = [
    "RegistersPage",
    "build_page",
]

__getattr__ = lazy_front(__name__, {
    "RegistersPage": "registers_page",
    "build_page": "area",
})
