"""备案登记簿: one row per filing application that has been decided (a receipt was issued).

Initial, change and cancellation filings alike, in receipt order. The status filter takes the
application's outcome (已出具回执 / 已核实 / 已通知不符合要求), which is what a higher authority
checks in a filing register; the nursery's own status is in the nursery register. The date range
applies to the receipt date (回执日期, the day the filing was completed). Street, legal nature
and inclusive filter by the nursery. The handler is whoever accepted the filing and issued the
receipt; handler names are staff names, not personal data to mask.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from typing import Any

from sqlalchemy import ColumnElement, Select, String, func, select, type_coerce
from sqlalchemy.orm import Session, aliased

from workstation.db.orm import Nursery, Street
from workstation.db.orm.filing import FilingApplication, FilingEvent
from workstation.domain.enums import LabelledEnum
from workstation.domain.filing import DECIDED_STATES, FilingAction, FilingKind, FilingState
from workstation.domain.texts import QT_TRANSLATE_NOOP
from workstation.exports.common.spec import (
    DATE,
    Column,
    Filter,
    RegisterFilters,
    RegisterSpec,
    Row,
    SourceContext,
    Tally,
)
from workstation.exports.registers.common import date_conditions, nursery_conditions, zh_labels

S = FilingState


class FilingOutcome(LabelledEnum):
    """The states a decided application can be in: what the register's status filter offers."""

    ACCEPTED = (S.ACCEPTED.value, S.ACCEPTED.zh, S.ACCEPTED.en)
    VERIFIED = (S.VERIFIED.value, S.VERIFIED.zh, S.VERIFIED.en)
    NOTIFIED = (S.NOTIFIED.value, S.NOTIFIED.zh, S.NOTIFIED.en)

KINDS, STATES = zh_labels(FilingKind), zh_labels(FilingState)
UNIT = "件"
COLUMNS = (
    Column("receipt_no", "回执编号", 17, pdf_width=34, whole=True),
    Column("name", "机构名称", 34, pdf_width=56),
    Column("uscc", "统一社会信用代码", 21, pdf_width=40, whole=True),
    Column("street", "街道（乡镇）", 12, pdf_width=26),
    Column("kind", "备案类型", 10, pdf_width=22, user_text=False,
           total=Tally(tuple(k.zh for k in FilingKind), UNIT)),
    Column("submitted_on", "提交日期", 11, DATE, pdf_width=30),
    Column("accepted_on", "回执日期", 11, DATE, pdf_width=30),
    Column("decided_on", "核实（通知）日期", 11, DATE, pdf_width=30),
    Column("state", "办理状态", 16, pdf_width=30, user_text=False,
           total=Tally(tuple(o.zh for o in FilingOutcome), UNIT)),
    Column("national_no", "全国系统备案号", 18, pdf_width=32, whole=True),
    Column("handler", "经办人", 10, pdf_width=18),
)


def _conditions(session: Session, filters: RegisterFilters) -> list[ColumnElement[bool]]:
    """Decided applications of nurseries matching the filters; status and dates are the application's."""
    by_nursery = dataclasses.replace(filters, status=None, date_from=None, date_to=None)
    conditions = [FilingApplication.state.in_(DECIDED_STATES), *nursery_conditions(session, by_nursery)]
    if filters.status is not None:
        conditions.append(FilingApplication.state == FilingState(filters.status.value))
    conditions.extend(date_conditions(FilingApplication.accepted_on, filters.date_from, filters.date_to))
    return conditions


def count(session: Session, filters: RegisterFilters) -> int:
    """Number of decided applications the register lists."""
    stmt = (select(func.count()).select_from(FilingApplication)
            .join(Nursery, Nursery.id == FilingApplication.nursery_id).where(*_conditions(session, filters)))
    return int(session.scalar(stmt) or 0)


def statement(session: Session, filters: RegisterFilters) -> Select:
    """The register's rows in receipt order (receipt date, then receipt number)."""
    app = FilingApplication
    accepting = (select(FilingEvent.application_id, func.max(FilingEvent.id).label("event_id"))
                 .where(FilingEvent.action == FilingAction.ACCEPT).group_by(FilingEvent.application_id)
                 .subquery("accepting"))
    handler = aliased(FilingEvent, name="handler")
    return (
        select(app.receipt_no, Nursery.name, Nursery.uscc, Street.name, type_coerce(app.kind, String),
               app.submitted_on, app.accepted_on, app.verified_at, app.notified_at, type_coerce(app.state, String),
               app.national_filing_no, handler.actor_name, handler.actor)
        .join(Nursery, Nursery.id == app.nursery_id)
        .outerjoin(Street, Street.id == Nursery.street_id)
        .outerjoin(accepting, accepting.c.application_id == app.id)
        .outerjoin(handler, handler.id == accepting.c.event_id)
        .where(*_conditions(session, filters))
        .order_by(app.accepted_on, app.receipt_no, app.id)
    )


def rows(session: Session, ctx: SourceContext) -> Iterator[Row]:
    """The register's rows, fetched from the database `ctx.batch_size` at a time."""
    stmt = statement(session, ctx.filters).execution_options(yield_per=ctx.batch_size)
    for batch in session.connection().execute(stmt).partitions():
        for r in batch:
            yield _row(r)


def local_day(moment: dt.datetime | None) -> dt.date | None:
    """The local calendar day of a stored naive-UTC timestamp."""
    return moment.replace(tzinfo=dt.UTC).astimezone().date() if moment else None


def _row(r: Any) -> Row:
    (receipt_no, name, uscc, street, kind, submitted_on, accepted_on, verified_at, notified_at, state,
     national_no, handler_name, handler) = r
    return (
        receipt_no, name, uscc or None, street, KINDS[kind], submitted_on, accepted_on,
        local_day(verified_at or notified_at), STATES[state], national_no or None, handler_name or handler or None,
    )


SPEC = RegisterSpec(
    key="filings",
    title=QT_TRANSLATE_NOOP("DomainText", "备案登记簿"),
    description=QT_TRANSLATE_NOOP("DomainText", "每件已办结（出具回执）的备案一行：首次、变更和注销备案的回执编号、提交和回执日期、办理状态及经办人，按备案类型合计。"),
    columns=COLUMNS,
    count=count,
    rows=rows,
    filters=frozenset(Filter),
    status_enum=FilingOutcome,
    status_label="办理状态",
    date_label="回执日期",
    count_noun=UNIT,
    frozen_columns=3,
    pdf_font_size=7,
    notes=(
        "本簿登记已出具备案回执的首次备案、变更备案和注销备案申请；办理中、退回补正和已撤回的申请不列入。",
        "回执日期为备案完成、出具回执的日期；核实（通知）日期为核实通过或通知不符合要求的日期。",
        "街道（乡镇）、机构性质和是否普惠按机构当前登记信息筛选。",
    ),
)
