"""The 监督检查 page's lists read a page at a time: open findings and the inspector's own inspections.

Each list is counted in SQL and read with ORDER BY … LIMIT/OFFSET; only ids are read in order, then
the page's rows. The open findings' own order (overdue first, longest overdue first, then by
deadline) depends on today, so it is read as two segments (overdue, then the rest), each from the
covering index on (state, deadline); the open findings are a bounded set (13,215 at 100,000
nurseries) that SQLite sorts in a few ms. The inspector's inspections, newest first, are the merge of
two index scans (recorded by, created by: migration 20261204_0013), with no sort.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, String, case, func, not_, select, type_coerce, union, union_all
from sqlalchemy.orm import Session

from workstation.db.orm import Nursery
from workstation.db.orm.inspections import Finding, Inspection
from workstation.db.repositories.findings import overdue, overdue_parts
from workstation.domain.enums import InspectingDeptKind, LabelledEnum
from workstation.domain.inspection_rules import INSPECTION_DEFAULTS, InspectionRules, recheck_due
from workstation.domain.inspections import (
    OPEN_FINDING,
    InspectionKind,
    InspectionState,
    OverallResult,
    RectificationState,
    effective_state,
)
from workstation.domain.workdays import Due, WorkCalendar
from workstation.services.calendar import load_calendar
from workstation.services.common.context import Actor
from workstation.services.inspections.dto import InspectionRow, inspection_row

RS = RectificationState
URGENCY = "urgency"   # the findings' own order: overdue first, then by deadline


@dataclass(frozen=True)
class FindingQuery:
    """Which open findings, in which order (sort_key: URGENCY or a FINDING_SORT_KEYS key)."""

    nursery_id: int | None = None
    sort_key: str = URGENCY
    descending: bool = False

    def __post_init__(self) -> None:
        if self.sort_key != URGENCY and self.sort_key not in FINDING_SORT:
            raise ValueError(f"unknown findings sort key: {self.sort_key!r}")


@dataclass(frozen=True)
class InspectionQuery:
    """The actor's inspections, newest first unless sorted by another key (INSPECTION_SORT)."""

    sort_key: str = "date"
    descending: bool = True

    def __post_init__(self) -> None:
        if self.sort_key not in INSPECTION_SORT:
            raise ValueError(f"unknown inspections sort key: {self.sort_key!r}")


@dataclass(frozen=True)
class ListPage:
    """The count of a list and its first rows."""

    total: int
    rows: tuple


def _rank(column, enum_cls: type[LabelledEnum]) -> ColumnElement[int]:
    """Sort an enum column in the enum's order, not by its stored code."""
    return case({member.value: rank for rank, member in enumerate(enum_cls)}, value=column, else_=-1)


FINDING_SORT = {
    "nursery": Nursery.name, "department": _rank(Finding.department, InspectingDeptKind), "code": Finding.code,
    "text": Finding.text, "deadline": Finding.deadline, "state": _rank(Finding.state, RS),
    "reissues": Finding.reissue_count, "notice": Finding.notice_no,
}
INSPECTION_SORT = {
    "date": Inspection.inspected_on, "nursery": Nursery.name, "kind": _rank(Inspection.kind, InspectionKind),
    "departments": type_coerce(Inspection.departments, String), "state": _rank(Inspection.state, InspectionState),
    "overall": _rank(Inspection.overall, OverallResult), "notice": Inspection.notice_no,
}


# --- open findings ------------------------------------------------------------------------------

def _open(query: FindingQuery) -> list[ColumnElement[bool]]:
    conditions = [Finding.state.in_(OPEN_FINDING)]
    if query.nursery_id is not None:
        conditions.append(Finding.nursery_id == query.nursery_id)
    return conditions


def count_findings(session: Session, query: FindingQuery) -> int:
    return int(session.scalar(select(func.count()).select_from(Finding).where(*_open(query))) or 0)


def finding_ids(session: Session, query: FindingQuery, today: dt.date, offset: int, limit: int) -> list[int]:
    """Ids of rows `offset` to `offset + limit` of the open findings in the query's order."""
    if limit <= 0:
        return []
    if query.sort_key != URGENCY:
        key = FINDING_SORT[query.sort_key]
        order = [key.desc(), Finding.id.desc()] if query.descending else [key.asc(), Finding.id.asc()]
        stmt = select(Finding.id).where(*_open(query))
        if query.sort_key == "nursery":
            stmt = stmt.join(Nursery, Nursery.id == Finding.nursery_id)
        return list(session.scalars(stmt.order_by(*order).offset(offset).limit(limit)))
    late = overdue(today)
    segments = [late, not_(late)]
    if query.descending:
        segments.reverse()
    ids: list[int] = []
    for number, segment in enumerate(segments):
        stmt = select(Finding.id).where(*_open(query), segment)
        if number == 0 and offset > 0:
            size = int(session.scalar(select(func.count()).select_from(stmt.subquery())) or 0)
            if offset >= size:
                offset -= size
                continue
        if segment is late:
            ids += _in_order_of_parts(session, query, today, offset, limit - len(ids))
        else:
            order = (Finding.deadline.desc(), Finding.id.desc()) if query.descending else (Finding.deadline, Finding.id)
            ids += session.scalars(stmt.order_by(*order).offset(offset).limit(limit - len(ids)))
        offset = 0
        if len(ids) >= limit:
            break
    return ids


def _in_order_of_parts(session: Session, query: FindingQuery, today: dt.date, offset: int, limit: int) -> list[int]:
    """Rows `offset` to `offset + limit` of the overdue open findings by deadline: the first of each part of
    `overdue` (each its index range, in order), merged; one OR read every overdue row on a server to sort."""
    desc = query.descending
    parts = []
    for part in overdue_parts(today):
        stmt = select(Finding.id.label("id"), Finding.deadline.label("deadline")).where(*_open(query), part)
        order = (Finding.deadline.desc(), Finding.id.desc()) if desc else (Finding.deadline, Finding.id)
        parts.append(stmt.order_by(*order).limit(offset + limit).subquery().select())
    merged = union_all(*parts).subquery()
    order = (merged.c.deadline.desc(), merged.c.id.desc()) if desc else (merged.c.deadline, merged.c.id)
    return list(session.scalars(select(merged.c.id).order_by(*order).offset(offset).limit(limit)))


def recheck_clock(rules: InspectionRules, calendar: WorkCalendar) -> Callable[[dt.date, dt.date | None], Due]:
    """recheck_due for the rows of one read, counted once per distinct start day: a page's findings
    share few deadlines, and each count walks the working-day calendar."""
    known: dict[dt.date, Due] = {}

    def due(deadline: dt.date, reported_on: dt.date | None) -> Due:
        start = min(deadline, reported_on) if reported_on is not None else deadline
        found = known.get(start)
        if found is None:
            found = known[start] = recheck_due(rules, start, None, calendar)
        return found

    return due


def finding_rows(session: Session, ids: list[int], today: dt.date,
                 rules: InspectionRules = INSPECTION_DEFAULTS) -> list:
    """The FindingRows of `ids`, in that order (with their re-check clocks)."""
    from workstation.services.inspections.queues import FindingRow

    if not ids:
        return []
    # The columns a row shows, not the ORM's whole findings (200 objects built and tracked per page).
    F = Finding  # noqa: N806
    stmt = (select(Nursery.name, F.id, F.inspection_id, F.nursery_id, F.department, F.code, F.text, F.severity,
                   F.state, F.deadline, F.reissue_count, F.notice_no, F.deadline_provisional, F.reported_on)
            .join(Nursery, Nursery.id == F.nursery_id).where(F.id.in_(ids)))
    by_id = {}
    recheck_of = recheck_clock(rules, load_calendar(session))
    for r in session.execute(stmt):
        state = effective_state(r.state, r.deadline, today)
        late = (today - r.deadline).days if state is RS.OVERDUE else 0
        recheck = recheck_of(r.deadline, r.reported_on)
        by_id[r.id] = FindingRow(r.id, r.inspection_id, r.nursery_id, r.name, r.department, r.code, r.text,
                                 r.severity, state, r.deadline, r.reissue_count, r.notice_no, late,
                                 r.deadline_provisional, recheck.day, recheck.provisional, today > recheck.day)
    return [by_id[i] for i in ids if i in by_id]


# --- the actor's inspections ------------------------------------------------------------------------

def _mine(actor: Actor) -> ColumnElement[bool]:
    return (Inspection.recorded_by == actor.username) | (Inspection.created_by == actor.username)


def count_inspections(session: Session, actor: Actor) -> int:
    return int(session.scalar(select(func.count()).select_from(Inspection).where(_mine(actor))) or 0)


def inspection_ids(session: Session, actor: Actor, query: InspectionQuery, offset: int, limit: int) -> list[int]:
    """Ids of rows `offset` to `offset + limit` of the actor's inspections in the query's order."""
    if limit <= 0:
        return []
    if query.sort_key == "date":
        # Newest first: the merge of two index scans (recorded by, opened by), no sort.
        stmt = union(select(Inspection.inspected_on, Inspection.id).where(Inspection.recorded_by == actor.username),
                     select(Inspection.inspected_on, Inspection.id).where(Inspection.created_by == actor.username))
        on, id_ = stmt.selected_columns
        order = [on.desc(), id_.desc()] if query.descending else [on.asc(), id_.asc()]
        return [row.id for row in session.execute(stmt.order_by(*order).offset(offset).limit(limit))]
    key = INSPECTION_SORT[query.sort_key]
    stmt = select(Inspection.id).where(_mine(actor))
    if query.sort_key == "nursery":
        stmt = stmt.join(Nursery, Nursery.id == Inspection.nursery_id)
    order = [key.desc(), Inspection.id.desc()] if query.descending else [key.asc(), Inspection.id.asc()]
    return list(session.scalars(stmt.order_by(*order).offset(offset).limit(limit)))


def inspection_rows(session: Session, ids: list[int]) -> list[InspectionRow]:
    if not ids:
        return []
    stmt = (select(Inspection, Nursery.name).join(Nursery, Nursery.id == Inspection.nursery_id)
            .where(Inspection.id.in_(ids)))
    by_id = {i.id: inspection_row(i, name) for i, name in session.execute(stmt)}
    return [by_id[i] for i in ids if i in by_id]
