"""The home page's figures and per-street table (served by the start-up reader too).

The front module: other areas and layers import only from here (names load on first use).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workstation.fronts import lazy_front

if TYPE_CHECKING:
    from workstation.services.home.figures import HomeService, HomeSummary, StreetFigures
    from workstation.services.home.prefetch import PrefetchedHome

__all__ = [
    "HomeService",
    "HomeSummary",
    "PrefetchedHome",
    "StreetFigures",
]

__getattr__ = lazy_front(__name__, {
    "HomeService": "figures",
    "HomeSummary": "figures",
    "PrefetchedHome": "prefetch",
    "StreetFigures": "figures",
})
