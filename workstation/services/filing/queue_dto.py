"""The filing work queues as the interface shows them (no SQLAlchemy: the start-up reader builds them too)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from workstation.domain.filing_states import FilingKind, FilingState
from workstation.domain.texts import QT_TRANSLATE_NOOP, Text, counted
from workstation.domain.workdays import PROVISIONAL_MARK

NOT_FILED = QT_TRANSLATE_NOOP("DomainText", "{since}登记，已{days}天未备案", "", 1)
NOT_FILED_UNDATED = QT_TRANSLATE_NOOP("DomainText", "登记日期未填写（{since}录入），已{days}天未备案，请补登记日期", "", 1)


@dataclass(frozen=True)
class QueueEntry:
    """One line of a work queue; opens an application, or the nursery when application_id is None."""

    application_id: int | None
    nursery_id: int
    nursery_name: str
    kind: FilingKind | None
    state: FilingState | None
    due_on: dt.date | None
    note: str | Text  # a fixed note (出具回执, …) or, in 登记超过…天未备案, not_filed_note's text
    provisional: bool = False  # due_on was counted through a year the calendar does not know


def not_filed_note(since: dt.date, today: dt.date, dated: bool) -> Text:
    """The note of a nursery registered on `since` (recorded then, when its registration date is missing)."""
    return counted(NOT_FILED if dated else NOT_FILED_UNDATED, (today - since).days, since=since,
                   days=(today - since).days)


def next_day_title(next_day: dt.date, provisional: bool) -> str:
    """The title of the queue due on the next working day, marked when that day is provisional."""
    return f"下一工作日（{next_day.isoformat()}）到期" + (PROVISIONAL_MARK if provisional else "")


@dataclass(frozen=True)
class Queue:
    key: str
    title: str
    total: int
    entries: tuple[QueueEntry, ...]
    provisional: bool = False  # the date in the title (the next working day) lies in a year the calendar does not know


@dataclass(frozen=True)
class WorkQueues:
    today: dt.date
    queues: tuple[Queue, ...]  # overdue, due_today, due_next, not_filed, awaiting_verification
    calendar_problem: str = ""  # set when this year (or, from 1 November, next year) is not in the calendar
    missing_years: tuple[int, ...] = ()  # those years (the interface words the notice in its language)

    def queue(self, key: str) -> Queue:
        return next(q for q in self.queues if q.key == key)
