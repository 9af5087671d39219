"""Recomputing provisional deadlines once the calendar knows more.

Each area that stores working-day deadlines provides one recomputer; the calendar service runs
them all in the transaction that changed the calendar, so the entry and the moved deadlines are
saved together or not at all. A recomputer writes a history line for every deadline it touched.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from workstation.domain.texts import QT_TRANSLATE_NOOP, Text, text
from workstation.domain.workdays import WorkCalendar, due_line
from workstation.services.calendar.views import Moved
from workstation.services.common.context import Actor


@dataclass(frozen=True)
class RecomputeContext:
    session: Session
    calendar: WorkCalendar
    actor: Actor
    now: dt.datetime  # UTC, as history lines store it
    today: dt.date    # local date of the change
    reason: str | Text  # why the calendar changed, e.g. "录入2027年节假日安排（国办发明电〔2026〕X号）"

    def history_text(self, what: str, old: dt.date, new: dt.date, provisional: bool) -> Text:
        """The line every recomputed deadline gets in its item's history (`what`: a deadline's name marked
        for translation, e.g. "整改期限")."""
        after = due_line(new, provisional)
        if old == new:
            template = (QT_TRANSLATE_NOOP("DomainText", "{reason}：{what}{after}经重新计算不变，仍为暂定") if provisional
                        else QT_TRANSLATE_NOOP("DomainText", "{reason}：{what}{after}经重新计算不变，转为正式期限"))
            return text(template, reason=self.reason, what=text(what), after=after)
        return text(QT_TRANSLATE_NOOP("DomainText", "{reason}：{what}由{old}调整为{after}"), reason=self.reason,
                    what=text(what), old=due_line(old, True), after=after)


Recompute = Callable[[RecomputeContext], list[Moved]]


def recompute_all(ctx: RecomputeContext, recomputers: Sequence[Recompute]) -> tuple[Moved, ...]:
    moved: list[Moved] = []
    for recompute in recomputers:
        moved.extend(recompute(ctx))
    return tuple(moved)
