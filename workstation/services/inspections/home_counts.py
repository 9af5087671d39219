"""The home page's rectification counts (no SQLAlchemy: the start-up reader builds them too)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class HomeCounts:
    due_this_week: int   # issued, not reported, deadline from today to Sunday
    overdue: int
