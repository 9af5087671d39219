"""Finding (整改事项) conditions shared by the services (queues, home counts) and the exports (整改台账).

The SQL twin of domain.inspections.effective_state: a finding is overdue once its deadline has
passed without a report, whatever its stored state still says, so "overdue" and "issued" depend
on the day asked about. tests/unit/test_exports_rectifications.py checks both agree row by row.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ColumnElement

from workstation.db.orm.inspections import Finding
from workstation.domain.inspections import RectificationState

RS = RectificationState


def overdue(day: dt.date) -> ColumnElement[bool]:
    """Findings overdue on `day`: recorded as overdue, or issued with a deadline before `day`."""
    return (Finding.state == RS.OVERDUE) | ((Finding.state == RS.ISSUED) & (Finding.deadline < day))


def overdue_parts(day: dt.date) -> tuple[ColumnElement[bool], ColumnElement[bool]]:
    """`overdue(day)` as two conditions no finding meets both of, each one range of ix_finding_state_deadline
    (a server walked neither for the OR: it read every overdue finding's row to sort or count them)."""
    return Finding.state == RS.OVERDUE, (Finding.state == RS.ISSUED) & (Finding.deadline < day)


def in_state(state: RectificationState, day: dt.date) -> ColumnElement[bool]:
    """Findings whose effective state on `day` is `state`."""
    if state is RS.OVERDUE:
        return overdue(day)
    if state is RS.ISSUED:
        return (Finding.state == RS.ISSUED) & (Finding.deadline >= day)
    return Finding.state == state
