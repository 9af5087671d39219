"""收费公示汇总表: the fees in force on the preparation date, one row per nursery.

The rows are the fees page's own list (db/repositories/fees.current_fees_by_nursery): every
charging nursery and any other with a schedule in force. Care fees show per service type in
yuan (stored as integer fen), in each type's usual unit; the monthly meal fee of the first
service type that has one beside them; every other item (other units, other meal fees, other
charges) is spelled out under 其他收费. Publicity and the guidance-price check are as the fees
page shows them. The register is a snapshot, so it takes no date range; the status filter is
the nursery's status, as in the nursery register.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

from sqlalchemy.orm import Session

from workstation.db.repositories.fees import CurrentFees, count_current_fees, current_fees_by_nursery
from workstation.domain.enums import InstitutionStatus, ServiceType
from workstation.domain.fees import DEFAULT_UNIT, FeeItem, FeeItemKind, FeeUnit, fen_to_decimal
from workstation.domain.texts import QT_TRANSLATE_NOOP
from workstation.exports.common.spec import (
    DATE,
    DECIMAL_2,
    Column,
    Filter,
    RegisterFilters,
    RegisterSpec,
    Row,
    SourceContext,
    Tally,
)
from workstation.exports.registers.common import nursery_conditions

CARE_GROUP = "保育费（元）"
PUBLICISED, NOT_PUBLICISED, NO_SCHEDULE = "已公示", "未公示", "未登记收费标准"
YES_NO = {True: "是", False: "否"}
UNIT = "家"
COLUMNS = (
    Column("street", "街道（乡镇）", 12, pdf_width=24),
    Column("name", "机构名称", 34, pdf_width=54),
    Column("uscc", "统一社会信用代码", 21, pdf_width=44, whole=True),
    Column("legal_nature", "机构性质", 22, pdf_width=32, user_text=False),
    Column("inclusive", "是否普惠", 8, pdf_width=12, user_text=False),
    Column("effective_from", "执行日期", 11, DATE, pdf_width=28),
    *(Column(f"care_{t.value.lower()}", f"{t.zh}（元/{DEFAULT_UNIT[t].zh}）", 11, DECIMAL_2, group=CARE_GROUP,
             pdf_width=20) for t in ServiceType),
    Column("meal", "伙食费（元/月）", 11, DECIMAL_2, pdf_width=20),
    Column("other", "其他收费", 30, pdf_width=44),
    Column("publicity", "公示情况", 12, pdf_width=22, user_text=False,
           total=Tally((PUBLICISED, NOT_PUBLICISED), UNIT)),
    Column("publicised_on", "公示日期", 11, DATE, pdf_width=28),
    Column("over_cap", "是否超指导价", 10, pdf_width=20, user_text=False, total=Tally(("是", "否"), UNIT)),
    Column("excess", "超出金额（元）", 11, DECIMAL_2, pdf_width=20),
)


def _where(session: Session, filters: RegisterFilters) -> list:
    return nursery_conditions(session, filters)


def count(session: Session, filters: RegisterFilters) -> int:
    """Number of nurseries the register lists (schedules in force today: the progress bar's total)."""
    return count_current_fees(session, dt.date.today(), _where(session, filters))


def rows(session: Session, ctx: SourceContext) -> Iterator[Row]:
    """One row per nursery, by street (code; none last) and name, fees in force on `ctx.day`."""
    for fees in current_fees_by_nursery(session, ctx.day, _where(session, ctx.filters), by_street=True):
        yield _row(fees)


def split_items(items: tuple[FeeItem, ...]) -> tuple[dict[ServiceType, FeeItem], FeeItem | None, list[FeeItem]]:
    """(the care fee per service type in its usual unit, the monthly meal fee shown, everything else)."""
    care: dict[ServiceType, FeeItem] = {}
    meal: FeeItem | None = None
    for service_type in ServiceType:
        for item in items:
            if item.service_type is not service_type:
                continue
            if item.kind is FeeItemKind.CARE and item.unit is DEFAULT_UNIT[service_type] and service_type not in care:
                care[service_type] = item
            elif item.kind is FeeItemKind.MEAL and item.unit is FeeUnit.MONTH and meal is None:
                meal = item
    shown = {id(i) for i in (*care.values(), meal) if i is not None}
    return care, meal, [i for i in items if id(i) not in shown]


def _yuan(item: FeeItem | None) -> Decimal | None:
    return fen_to_decimal(item.amount_fen) if item is not None else None


def other_text(items: list[FeeItem]) -> str | None:
    """E.g. 全日托报名建档费 200.00元/次；计时托保育费 50.00元/次."""
    return "；".join(f"{i.service_type.zh}{i.name} {i.price_text}" for i in items) or None


def _row(f: CurrentFees) -> Row:
    care, meal, others = split_items(f.items)
    scheduled = f.schedule_id is not None
    publicity = (PUBLICISED if f.publicised else NOT_PUBLICISED) if scheduled else NO_SCHEDULE
    return (
        f.street or None, f.name, f.uscc or None, f.legal_nature.zh, YES_NO[bool(f.inclusive)], f.effective_from,
        *(_yuan(care.get(t)) for t in ServiceType), _yuan(meal), other_text(others), publicity, f.publicised_on,
        YES_NO[bool(f.over_cap)] if scheduled else None,
        fen_to_decimal(f.excess_fen) if f.over_cap else None,
    )


SPEC = RegisterSpec(
    key="fees",
    title=QT_TRANSLATE_NOOP("DomainText", "收费公示汇总表"),
    description=QT_TRANSLATE_NOOP("DomainText", "每家机构一行：现行收费标准（按服务类型的保育费、伙食费、其他收费）、执行日期、公示情况和是否超过指导价。"),
    columns=COLUMNS,
    count=count,
    rows=rows,
    filters=frozenset({Filter.STREET, Filter.LEGAL_NATURE, Filter.STATUS, Filter.INCLUSIVE}),
    status_enum=InstitutionStatus,
    status_label="机构状态",
    count_noun=UNIT,
    frozen_columns=3,
    pdf_font_size=6.5,
    notes=(
        "列入已备案且未注销的机构，以及其他有现行收费标准的机构；收费为制表日期执行的收费标准。",
        "保育费按各服务类型的常用计费单位列示；其他计费单位的收费、其他伙食费和其他收费项目列入“其他收费”。",
        "公示日期为现行收费标准首次登记公示的日期；超出金额为各服务类型保育费超过指导价上限的最大差额。",
    ),
)
