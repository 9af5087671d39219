"""The home page's rectification counts read through the start-up reader (stdlib sqlite3, no ORM):
the same answer as InspectionQueues.home_counts (tests/unit/home/test_served_home.py)."""

from __future__ import annotations

import datetime as dt

from workstation.db.readers import SqlReader
from workstation.domain.permissions import Action
from workstation.domain.rectification_states import RectificationState
from workstation.services.common.context import Actor, require
from workstation.services.inspections.home_counts import HomeCounts


def served_home_counts(reader: SqlReader, actor: Actor, today: dt.date) -> HomeCounts:
    """Rectifications due this week (today to Sunday, not yet reported) and overdue ones."""
    require(actor, Action.INSPECTION_VIEW)
    sunday = today + dt.timedelta(days=6 - today.weekday())
    due = reader.rows("SELECT count(*) FROM finding WHERE state IN (?, ?) AND deadline >= ? AND deadline <= ?",
                      (RectificationState.ISSUED.value, RectificationState.OVERDUE.value, today.isoformat(), sunday.isoformat()))[0][0]
    late = reader.rows("SELECT count(*) FROM finding WHERE state = ? OR state = ? AND deadline < ?",
                       (RectificationState.OVERDUE.value, RectificationState.ISSUED.value, today.isoformat()))[0][0]
    return HomeCounts(int(due or 0), int(late or 0))
