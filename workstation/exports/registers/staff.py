"""从业人员名册 (staff employed on the preparation date, one row per person and nursery) and
禁入人员名单 (the lifetime ban list). ID and mobile numbers are masked unless full data was asked for.

Certificates, the health certificate and the latest criminal-record query are aggregated once per
staff member and joined, and rows stream `batch_size` at a time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from sqlalchemy import ColumnElement, String, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from workstation.db.aggregates import joined_text
from workstation.db.orm import Nursery, Street
from workstation.db.orm.staff import (
    StaffBackgroundCheck,
    StaffBan,
    StaffCredential,
    StaffHealthCheck,
    StaffMember,
)
from workstation.domain.enums import InstitutionStatus
from workstation.domain.staff import BanState, CredentialKind, Employment, HealthResult, StaffRole
from workstation.domain.texts import QT_TRANSLATE_NOOP
from workstation.exports.common.spec import (
    DATE,
    Column,
    Filter,
    Mask,
    RegisterFilters,
    RegisterSpec,
    Row,
    SourceContext,
    Tally,
)
from workstation.exports.registers.common import date_conditions, nursery_conditions, zh_labels

ROLES, EMPLOYMENTS = zh_labels(StaffRole), zh_labels(Employment)
KINDS = zh_labels(CredentialKind)
IN_FORCE, LIFTED = "终身禁入", "已解除"

STAFF_COLUMNS = (
    Column("street", "街道（乡镇）", 12, pdf_width=22),
    Column("nursery", "机构名称", 30, pdf_width=50),
    Column("name", "姓名", 10, pdf_width=16),
    Column("id_no", "证件号码", 21, mask=Mask.ID_NUMBER, pdf_width=36, whole=True),
    Column("role", "岗位", 12, pdf_width=20, user_text=False, total=Tally(tuple(r.zh for r in StaffRole), "人")),
    Column("employment", "用工方式", 8, pdf_width=12, user_text=False),
    Column("hired_on", "入职日期", 11, DATE, pdf_width=24),
    Column("phone", "联系电话", 14, mask=Mask.MOBILE, pdf_width=24, whole=True),
    Column("credentials", "资格证书", 30, pdf_width=50, user_text=False),
    Column("health_until", "健康合格证有效期至", 12, DATE, pdf_width=24),
    Column("background_on", "违法犯罪记录查询日期", 12, DATE, pdf_width=24),
)

BAN_COLUMNS = (
    Column("name", "姓名", 10, pdf_width=16),
    Column("id_no", "证件号码", 21, mask=Mask.ID_NUMBER, pdf_width=34, whole=True),
    Column("reason", "禁入事由", 36, pdf_width=60),
    Column("decision_no", "决定书文号", 20, pdf_width=32, whole=True),
    Column("decided_on", "决定日期", 11, DATE, pdf_width=22),
    Column("authority", "作出决定的机关", 22, pdf_width=36),
    Column("state", "状态", 10, pdf_width=14, user_text=False, total=Tally((IN_FORCE, LIFTED), "人")),
    Column("lift_decision_no", "解除决定文号", 20, pdf_width=30, whole=True),
    Column("lifted_on", "解除日期", 11, DATE, pdf_width=22),
)


# --- 从业人员名册 ---------------------------------------------------------------------------------

def _staff_conditions(session: Session, ctx_filters: RegisterFilters, day) -> list[ColumnElement[bool]]:
    return [*nursery_conditions(session, ctx_filters), *date_conditions(StaffMember.hired_on, ctx_filters.date_from,
                                                                        ctx_filters.date_to),
            StaffMember.hired_on <= day, or_(StaffMember.left_on.is_(None), StaffMember.left_on > day)]


def staff_count(session: Session, filters: RegisterFilters) -> int:
    stmt = (select(func.count()).select_from(StaffMember).join(Nursery, Nursery.id == StaffMember.nursery_id)
            .where(*_staff_conditions(session, filters, dt.date.today())))
    return int(session.scalar(stmt) or 0)


def staff_statement(session: Session, ctx: SourceContext):
    day = ctx.day
    credentials = (select(StaffCredential.staff_id, joined_text(type_coerce(StaffCredential.kind, String))
                          .label("kinds"))
                   .where(or_(StaffCredential.valid_until.is_(None), StaffCredential.valid_until >= day),
                          StaffCredential.issued_on <= day)
                   .group_by(StaffCredential.staff_id).subquery("credentials"))
    health = (select(StaffHealthCheck.staff_id, func.max(StaffHealthCheck.valid_until).label("until"))
              .where(StaffHealthCheck.result == HealthResult.PASS, StaffHealthCheck.checked_on <= day)
              .group_by(StaffHealthCheck.staff_id).subquery("health"))
    background = (select(StaffBackgroundCheck.staff_id, func.max(StaffBackgroundCheck.checked_on).label("checked"))
                  .where(StaffBackgroundCheck.checked_on <= day)
                  .group_by(StaffBackgroundCheck.staff_id).subquery("background"))
    return (
        select(Street.name, Nursery.name, StaffMember.name, StaffMember.id_no, type_coerce(StaffMember.role, String),
               type_coerce(StaffMember.employment, String), StaffMember.hired_on, StaffMember.phone,
               credentials.c.kinds, health.c.until, background.c.checked)
        .join(Nursery, Nursery.id == StaffMember.nursery_id)
        .outerjoin(Street, Street.id == Nursery.street_id)
        .outerjoin(credentials, credentials.c.staff_id == StaffMember.id)
        .outerjoin(health, health.c.staff_id == StaffMember.id)
        .outerjoin(background, background.c.staff_id == StaffMember.id)
        .where(*_staff_conditions(session, ctx.filters, day))
        .order_by(Street.code.is_(None), Street.code, Nursery.id, StaffMember.role, StaffMember.name, StaffMember.id)
    )


def staff_rows(session: Session, ctx: SourceContext) -> Iterator[Row]:
    stmt = staff_statement(session, ctx).execution_options(yield_per=ctx.batch_size)
    for batch in session.connection().execute(stmt).partitions():
        for r in batch:
            yield _staff_row(r)


def _staff_row(r: Any) -> Row:
    street, nursery, name, id_no, role, employment, hired_on, phone, kinds, until, checked = r
    labels = "、".join(sorted({KINDS[k] for k in kinds.split(",")}, key=list(KINDS.values()).index)) if kinds else None
    return (street, nursery, name, id_no, ROLES[role], EMPLOYMENTS[employment], _day(hired_on), phone or None,
            labels, _day(until), _day(checked))


def _day(value):
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


STAFF_SPEC = RegisterSpec(
    key="staff",
    title=QT_TRANSLATE_NOOP("DomainText", "从业人员名册"),
    description=QT_TRANSLATE_NOOP("DomainText", "制表日在岗的托育机构工作人员，每人一行：岗位、入职日期、有效资格证书、健康合格证和违法犯罪记录查询。"),
    columns=STAFF_COLUMNS,
    count=staff_count,
    rows=staff_rows,
    filters=frozenset(Filter),
    status_enum=InstitutionStatus,
    status_label="机构状态",
    date_label="入职日期",
    count_noun="人",
    frozen_columns=4,
    notes=("资格证书只列制表日仍在有效期内的证书。",),
    masked_note="证件号码保留前6位和后4位、联系电话保留前3位和后4位，其余以*代替。",
)


# --- 禁入人员名单 ---------------------------------------------------------------------------------

def _ban_conditions(filters: RegisterFilters) -> list:
    conditions = date_conditions(StaffBan.decided_on, filters.date_from, filters.date_to)
    if filters.status == BanState.IN_FORCE:
        conditions.append(StaffBan.lifted_on.is_(None))
    elif filters.status == BanState.LIFTED:
        conditions.append(StaffBan.lifted_on.is_not(None))
    return conditions


def ban_count(session: Session, filters: RegisterFilters) -> int:
    return int(session.scalar(select(func.count()).select_from(StaffBan).where(*_ban_conditions(filters))) or 0)


def ban_rows(session: Session, ctx: SourceContext) -> Iterator[Row]:
    stmt = (select(StaffBan.name, StaffBan.id_no, StaffBan.reason, StaffBan.decision_no, StaffBan.decided_on,
                   StaffBan.authority, StaffBan.lift_decision_no, StaffBan.lifted_on)
            .where(*_ban_conditions(ctx.filters))
            .order_by(StaffBan.decided_on, StaffBan.id).execution_options(yield_per=ctx.batch_size))
    for batch in session.connection().execute(stmt).partitions():
        for name, id_no, reason, decision, decided, authority, lift_no, lifted in batch:
            lifted_by_day = lifted is not None and _day(lifted) <= ctx.day
            yield (name, id_no, reason, decision, _day(decided), authority, LIFTED if lifted_by_day else IN_FORCE,
                   lift_no if lifted_by_day else None, _day(lifted) if lifted_by_day else None)


BANS_SPEC = RegisterSpec(
    key="bans",
    title=QT_TRANSLATE_NOOP("DomainText", "禁入人员名单"),
    description=QT_TRANSLATE_NOOP("DomainText", "禁入名单中的每个人一行：禁入事由、决定书文号、决定日期和机关，已解除的注明解除决定。"),
    columns=BAN_COLUMNS,
    count=ban_count,
    rows=ban_rows,
    filters=frozenset({Filter.DATE_RANGE, Filter.STATUS}),
    status_enum=BanState,
    date_label="决定日期",
    count_noun="人",
    frozen_columns=3,
    masked_note="证件号码保留前6位和后4位，其余以*代替。",
)
