"""监督检查台账: one row per recorded inspection (domain.md §11, §15 检查记录台账), by inspection date.

Recorded means the results were entered and signed: inspections still planned or under way,
and cancelled ones, are not listed (they inspected nothing yet). Re-inspections (复查) are
listed like any other visit. The status filter takes the inspection's state (已办结（合格） /
限期整改中 / 整改后办结 / 已升级处理): whether the follow-up is closed is what a higher authority
asks of an inspection ledger; the result (合格 / 限期整改 / 不合格) has its own column and total.
The date range applies to the inspection date; street, legal nature and inclusive filter by the
nursery. 检查项数 counts the lines that were checked (不适用 left out). 升级处理 shows the
escalation decided at the inspection and those of the findings it raised once overdue.
Inspectors are officials named in their official role: not personal data to mask.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import ColumnElement, Select, String, Subquery, case, func, select, type_coerce
from sqlalchemy.orm import Session

from workstation.db.aggregates import joined_distinct_text
from workstation.db.orm import Nursery, Street
from workstation.db.orm.inspections import Finding, Inspection, InspectionItemResult
from workstation.domain.enums import InspectingDeptKind, LabelledEnum
from workstation.domain.inspections import (
    Escalation,
    InspectionKind,
    InspectionState,
    ItemResult,
    OverallResult,
)
from workstation.domain.texts import QT_TRANSLATE_NOOP
from workstation.exports.common.spec import (
    COUNT,
    DATE,
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

S = InspectionState


class InspectionOutcome(LabelledEnum):
    """The states a recorded inspection can be in: what the register's status filter offers."""

    CLOSED_QUALIFIED = (S.CLOSED_QUALIFIED.value, S.CLOSED_QUALIFIED.zh, S.CLOSED_QUALIFIED.en)
    RECTIFICATION_REQUIRED = (S.RECTIFICATION_REQUIRED.value, S.RECTIFICATION_REQUIRED.zh,
                              S.RECTIFICATION_REQUIRED.en)
    CLOSED_AFTER_RECTIFICATION = (S.CLOSED_AFTER_RECTIFICATION.value, S.CLOSED_AFTER_RECTIFICATION.zh,
                                  S.CLOSED_AFTER_RECTIFICATION.en)
    ESCALATED = (S.ESCALATED.value, S.ESCALATED.zh, S.ESCALATED.en)


LISTED_STATES = tuple(S(o.value) for o in InspectionOutcome)
KINDS, RESULTS, STATES = zh_labels(InspectionKind), zh_labels(OverallResult), zh_labels(InspectionState)
DEPARTMENTS = zh_labels(InspectingDeptKind)
ESCALATION_ORDER = {e.value: n for n, e in enumerate(Escalation)}
UNIT = "次"
COLUMNS = (
    Column("inspected_on", "检查日期", 11, DATE, pdf_width=40),
    Column("name", "机构名称", 34, pdf_width=100),
    Column("uscc", "统一社会信用代码", 21, pdf_width=84, whole=True),
    Column("street", "街道（乡镇）", 12, pdf_width=50),
    Column("kind", "检查类型", 12, pdf_width=48, user_text=False,
           total=Tally(tuple(k.zh for k in InspectionKind), UNIT)),
    Column("departments", "检查部门", 14, pdf_width=55, user_text=False),
    Column("inspectors", "检查人员", 14, pdf_width=52),
    Column("items", "检查项数", 8, COUNT, total=Total.SUM, pdf_width=32),
    Column("failed", "不符合项数", 8, COUNT, total=Total.SUM, pdf_width=39),
    Column("partial", "基本符合项数", 8, COUNT, total=Total.SUM, pdf_width=46),
    Column("overall", "检查结论", 10, pdf_width=36, user_text=False,
           total=Tally(tuple(r.zh for r in OverallResult), UNIT)),
    Column("escalation", "升级处理", 10, pdf_width=40, user_text=False),
    Column("notice_no", "整改通知书编号", 22, pdf_width=84, whole=True),
    Column("state", "办理状态", 14, pdf_width=55, user_text=False,
           total=Tally(tuple(o.zh for o in InspectionOutcome), UNIT)),
)


def _conditions(session: Session, filters: RegisterFilters) -> list[ColumnElement[bool]]:
    """Recorded inspections of nurseries matching the filters; status and dates are the inspection's."""
    by_nursery = dataclasses.replace(filters, status=None, date_from=None, date_to=None)
    conditions = [Inspection.state.in_(LISTED_STATES), *nursery_conditions(session, by_nursery)]
    if filters.status is not None:
        conditions.append(Inspection.state == S(filters.status.value))
    conditions.extend(date_conditions(Inspection.inspected_on, filters.date_from, filters.date_to))
    return conditions


def count(session: Session, filters: RegisterFilters) -> int:
    """Number of recorded inspections the register lists."""
    stmt = (select(func.count()).select_from(Inspection)
            .join(Nursery, Nursery.id == Inspection.nursery_id).where(*_conditions(session, filters)))
    return int(session.scalar(stmt) or 0)


def _line_counts() -> Subquery:
    """Per inspection: lines checked (not 不适用, not blank), 不符合 lines, 基本符合 lines."""
    result = InspectionItemResult.result
    checked = result.is_not(None) & (result != ItemResult.NA)
    return (select(InspectionItemResult.inspection_id,
                   func.sum(case((checked, 1), else_=0)).label("checked"),
                   func.sum(case((result == ItemResult.FAIL, 1), else_=0)).label("failed"),
                   func.sum(case((result == ItemResult.PARTIAL, 1), else_=0)).label("partial"))
            .group_by(InspectionItemResult.inspection_id).subquery("lines"))


def _finding_escalations() -> Subquery:
    """Per inspection: the distinct escalations of the findings it raised (comma-separated codes)."""
    code = type_coerce(Finding.escalation, String)
    return (select(Finding.inspection_id, joined_distinct_text(code).label("codes"))
            .where(Finding.escalation.is_not(None)).group_by(Finding.inspection_id).subquery("escalations"))


def statement(session: Session, filters: RegisterFilters) -> Select:
    """The register's rows by inspection date (then in order of entry)."""
    i, lines, escalated = Inspection, _line_counts(), _finding_escalations()
    return (
        select(i.inspected_on, Nursery.name, Nursery.uscc, Street.name, type_coerce(i.kind, String), i.departments,
               i.inspectors, lines.c.checked, lines.c.failed, lines.c.partial, type_coerce(i.overall, String),
               type_coerce(i.escalation, String), escalated.c.codes, i.notice_no, type_coerce(i.state, String))
        .join(Nursery, Nursery.id == i.nursery_id)
        .outerjoin(Street, Street.id == Nursery.street_id)
        .outerjoin(lines, lines.c.inspection_id == i.id)
        .outerjoin(escalated, escalated.c.inspection_id == i.id)
        .where(*_conditions(session, filters))
        .order_by(i.inspected_on, i.id)
    )


def rows(session: Session, ctx: SourceContext) -> Iterator[Row]:
    """The register's rows, fetched from the database `ctx.batch_size` at a time."""
    stmt = statement(session, ctx.filters).execution_options(yield_per=ctx.batch_size)
    for batch in session.connection().execute(stmt).partitions():
        for r in batch:
            yield _row(r)


def escalation_text(codes: Iterable[str]) -> str | None:
    """Escalation codes as labels, in the enumeration's order, e.g. 通报、信用记录."""
    known = sorted({c for c in codes if c in ESCALATION_ORDER}, key=ESCALATION_ORDER.__getitem__)
    return "、".join(Escalation(c).zh for c in known) or None


def _row(r: Any) -> Row:
    (inspected_on, name, uscc, street, kind, departments, inspectors, checked, failed, partial, overall,
     escalation, finding_escalations, notice_no, state) = r
    codes = [escalation, *(finding_escalations.split(",") if finding_escalations else ())]
    return (
        inspected_on, name, uscc or None, street, KINDS[kind],
        "、".join(DEPARTMENTS.get(d) or d for d in departments or ()) or None,
        "、".join(inspectors or ()) or None, checked or 0, failed or 0, partial or 0, RESULTS[overall],
        escalation_text(c for c in codes if c), notice_no or None, STATES[state],
    )


SPEC = RegisterSpec(
    key="inspections",
    title=QT_TRANSLATE_NOOP("DomainText", "监督检查台账"),
    description=QT_TRANSLATE_NOOP("DomainText", "每次已记录的检查一行：检查日期、类型、部门和人员，检查项目中不符合和基本符合的项数，检查结论、"
                "整改通知书编号和办理状态，按检查类型和检查结论合计。"),
    columns=COLUMNS,
    count=count,
    rows=rows,
    filters=frozenset(Filter),
    status_enum=InspectionOutcome,
    status_label="办理状态",
    date_label="检查日期",
    count_noun=UNIT,
    frozen_columns=3,
    pdf_font_size=7,
    notes=(
        "本台账登记已记录检查结果的检查（含复查）；计划中、检查中和已取消的检查不列入。",
        "检查项数为已检查的项目数（不适用的项目不计）；不符合和基本符合的项目均责令限期整改，见整改台账。",
        "升级处理含检查时决定的处理，以及本次检查发现的问题逾期未整改后的升级处理。",
        "街道（乡镇）、机构性质和是否普惠按机构当前登记信息筛选。",
    ),
)
