"""Every area's recomputer of provisional deadlines: what the calendar service runs after an edit."""

from __future__ import annotations

from .calendar.recompute import Recompute
from .filing_provisional import recompute_filing_clocks
from .inspection_provisional import recompute_finding_deadlines

RECOMPUTERS: tuple[Recompute, ...] = (recompute_filing_clocks, recompute_finding_deadlines)
