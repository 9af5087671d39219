"""整改台账: one row per finding (整改事项) raised by an inspection (domain.md §11.5, §18.4).

The state is the finding's state on the register's reference day (its preparation date), as the
inspection queues show it: a finding still 已下达整改 after its deadline is 逾期未整改
(domain.inspections.effective_state; the status filter uses its SQL twin in db/repositories/findings).
The date range applies to the date of the inspection that raised the finding, so a period's
rectification ledger goes with the same period's inspection ledger (a deadline moves when a
re-inspection reissues the finding; the inspection date does not). The deadline, notice number
and reissue count are the current ones. Street, legal nature and inclusive filter by the nursery.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from typing import Any

from sqlalchemy import ColumnElement, Select, String, func, select, type_coerce
from sqlalchemy.orm import Session

from workstation.db.orm import Nursery, Street
from workstation.db.orm.inspections import Finding, Inspection
from workstation.db.repositories.findings import in_state
from workstation.domain.enums import InspectingDeptKind
from workstation.domain.inspections import Escalation, ItemResult, RectificationState, effective_state
from workstation.domain.texts import QT_TRANSLATE_NOOP
from workstation.domain.workdays import PROVISIONAL_MARK
from workstation.exports.common.spec import (
    COUNT,
    DATE,
    DUE,
    Column,
    Filter,
    RegisterFilters,
    RegisterSpec,
    Row,
    SourceContext,
    Tally,
    Total,
)
from workstation.exports.registers.common import date_conditions, nursery_conditions, zh_labels

RS = RectificationState
DEPARTMENTS, RESULTS, ESCALATIONS = zh_labels(InspectingDeptKind), zh_labels(ItemResult), zh_labels(Escalation)
UNIT = "项"
COLUMNS = (
    Column("name", "机构名称", 30, pdf_width=90),
    Column("uscc", "统一社会信用代码", 21, pdf_width=77, whole=True),
    Column("street", "街道（乡镇）", 12, pdf_width=40),
    Column("inspected_on", "检查日期", 11, DATE, pdf_width=37),
    Column("department", "检查部门", 10, pdf_width=32, user_text=False),
    Column("text", "整改事项", 36, pdf_width=98),
    Column("result", "检查结果", 9, pdf_width=30, user_text=False),
    Column("basis", "依据", 30, pdf_width=73),
    Column("notice_no", "整改通知书编号", 22, pdf_width=62, whole=True),
    Column("deadline", "整改期限", 11, DUE, pdf_width=37),
    Column("reissues", "重新限期", 8, COUNT, total=Total.SUM, pdf_width=30),
    Column("state", "整改状态", 11, pdf_width=38, user_text=False, total=Tally(tuple(s.zh for s in RS), UNIT)),
    Column("reported_on", "报告整改日期", 11, DATE, pdf_width=43),
    Column("closed_on", "销号日期", 11, DATE, pdf_width=37),
    Column("escalation", "升级处理", 10, pdf_width=32, user_text=False),
)


def _conditions(session: Session, filters: RegisterFilters, day: dt.date) -> list[ColumnElement[bool]]:
    """Findings of nurseries matching the filters; the state as on `day`, dates of the raising inspection."""
    by_nursery = dataclasses.replace(filters, status=None, date_from=None, date_to=None)
    conditions = nursery_conditions(session, by_nursery)
    if filters.status is not None:
        conditions.append(in_state(RS(filters.status.value), day))
    conditions.extend(date_conditions(Inspection.inspected_on, filters.date_from, filters.date_to))
    return conditions


def _joined(stmt: Select) -> Select:
    return (stmt.join(Inspection, Inspection.id == Finding.inspection_id)
            .join(Nursery, Nursery.id == Finding.nursery_id))


def count(session: Session, filters: RegisterFilters) -> int:
    """Number of findings the register lists (overdue as of today: the progress bar's total)."""
    stmt = _joined(select(func.count()).select_from(Finding)).where(*_conditions(session, filters, dt.date.today()))
    return int(session.scalar(stmt) or 0)


def statement(session: Session, filters: RegisterFilters, day: dt.date) -> Select:
    """The register's rows by inspection date, then inspection, then finding (order of the checklist)."""
    f = Finding
    return (
        _joined(select(Nursery.name, Nursery.uscc, Street.name, Inspection.inspected_on,
                       type_coerce(f.department, String), f.text, type_coerce(f.result, String), f.basis,
                       f.notice_no, f.deadline, f.deadline_provisional, f.reissue_count, type_coerce(f.state, String), f.reported_on,
                       f.closed_on, type_coerce(f.escalation, String),
                       type_coerce(Inspection.escalation, String)).select_from(f))
        .outerjoin(Street, Street.id == Nursery.street_id)
        .where(*_conditions(session, filters, day))
        .order_by(Inspection.inspected_on, Inspection.id, f.id)
    )


def rows(session: Session, ctx: SourceContext) -> Iterator[Row]:
    """The register's rows as on `ctx.day`, fetched from the database `ctx.batch_size` at a time."""
    day = ctx.day
    stmt = statement(session, ctx.filters, day).execution_options(yield_per=ctx.batch_size)
    for batch in session.connection().execute(stmt).partitions():
        for r in batch:
            yield _row(r, day)


def _row(r: Any, day: dt.date) -> Row:
    (name, uscc, street, inspected_on, department, text, result, basis, notice_no, deadline, provisional, reissues,
     state, reported_on, closed_on, escalation, decided_at_inspection) = r
    due = f"{deadline.isoformat()}{PROVISIONAL_MARK}" if provisional else deadline
    shown = ESCALATIONS[escalation]
    if not shown and decided_at_inspection:  # the inspection itself escalated (e.g. 停业整顿 on the spot)
        shown = f"{ESCALATIONS[decided_at_inspection]}（检查时决定）"
    return (
        name, uscc or None, street, inspected_on, DEPARTMENTS[department], text or None, RESULTS[result],
        basis or None, notice_no or None, due, reissues or 0, effective_state(RS(state), deadline, day).zh,
        reported_on, closed_on, shown,
    )


SPEC = RegisterSpec(
    key="rectifications",
    title=QT_TRANSLATE_NOOP("DomainText", "整改台账"),
    description=QT_TRANSLATE_NOOP("DomainText", "每个整改事项一行：检查日期和部门、问题及依据、整改通知书编号、整改期限、重新限期次数、"
                "整改状态（含逾期）、报告整改和销号日期及升级处理，按整改状态合计。"),
    columns=COLUMNS,
    count=count,
    rows=rows,
    filters=frozenset(Filter),
    status_enum=RectificationState,
    status_label="整改状态",
    date_label="检查日期",
    count_noun=UNIT,
    frozen_columns=2,
    pdf_font_size=6.5,
    notes=(
        "本台账登记检查中“不符合”“基本符合”的项目责令整改的事项；检查日期为发现问题的检查日期。",
        "整改状态为制表日期的状态：整改期限已过仍未报告整改的，列为“逾期未整改”。",
        "升级处理为整改事项逾期未整改后的处理；检查时即决定升级处理的（如责令停业整顿），注明“检查时决定”，"
        "其整改事项仍按整改状态计（与监督检查台账的“已升级处理”对应）。",
        "复查不合格重新限期整改的，整改期限和整改通知书编号为最近一次的；“重新限期”为累计重新限期整改的次数。",
        "街道（乡镇）、机构性质和是否普惠按机构当前登记信息筛选。",
        "整改期限注明“暂定，节假日安排未录入”的，该期限跨入尚未录入法定节假日安排的年份，录入后自动重新计算。",
    ),
)
