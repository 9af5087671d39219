"""The filing work queues as the interface shows them (no SQLAlchemy: the start-up reader builds them too)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from workstation.domain.filing_states import FilingKind, FilingState


@dataclass(frozen=True)
class QueueEntry:
    """One line of a work queue; opens an application, or the nursery when application_id is None."""

    application_id: int | None
    nursery_id: int
    nursery_name: str
    kind: FilingKind | None
    state: FilingState | None
    due_on: dt.date | None
    note: str
    provisional: bool = False  # due_on was counted through a year the calendar does not know


@dataclass(frozen=True)
class Queue:
    key: str
    title: str
    total: int
    entries: tuple[QueueEntry, ...]


@dataclass(frozen=True)
class WorkQueues:
    today: dt.date
    queues: tuple[Queue, ...]  # overdue, due_today, due_next, not_filed, awaiting_verification
    calendar_problem: str = ""  # set when this year (or, from 1 November, next year) is not in the calendar
    missing_years: tuple[int, ...] = ()  # those years (the interface words the notice in its language)

    def queue(self, key: str) -> Queue:
        return next(q for q in self.queues if q.key == key)
