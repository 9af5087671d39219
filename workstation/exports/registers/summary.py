"""托育服务统计汇总表: one row per street/township, counted in the database (GROUP BY).

Nurseries by legal nature and by filing status, places, inclusive places, enrolled children
and places per 1,000 residents against the national target (a parameter, 4.5 by default).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workstation.db.orm import Nursery, NurseryClass, Street
from workstation.domain.counting import COUNTED
from workstation.domain.enums import InstitutionStatus as S
from workstation.domain.enums import LegalNature
from workstation.domain.texts import QT_TRANSLATE_NOOP
from workstation.exports.common.spec import (
    DECIMAL_2,
    INTEGER,
    THOUSANDS,
    Column,
    Filter,
    RegisterSpec,
    Row,
    SourceContext,
    Total,
)
from workstation.exports.registers.common import nursery_conditions, street_id

NATURE_GROUP, STATUS_GROUP, OTHER_GROUP = "按机构性质", "按备案状态", "未计入机构总数"
# Status buckets of the nurseries that count (domain/counting.py), in workflow order; together they
# hold every counted status once, so they add up to 机构总数.
BUCKETS: tuple[tuple[str, str, frozenset[S]], ...] = (
    ("registered", "已登记未备案", frozenset({S.REGISTERED})),
    ("filing", "备案办理中", frozenset({S.FILING})),
    ("filed", "已备案", frozenset({S.FILED, S.OPERATING, S.UNDER_NOTICE, S.CHANGING, S.SUSPENDED, S.CANCELLING})),
)
# Shown beside the counted ones, for the whole picture.
OTHERS: tuple[tuple[str, str, frozenset[S]], ...] = (
    ("intake", "意向登记", frozenset({S.INTAKE})),
    ("closed", "已注销或关闭", frozenset({S.CANCELLED, S.CLOSED_UNFILED})),
)
UNASSIGNED = "（未划分街道）"
TARGET_KEY = "target_per_thousand"


def per_thousand(places: int | None, population: int | None) -> float | None:
    """Places per 1,000 residents to two decimals; None when the population is unknown."""
    if places is None or not population:
        return None
    return round(places * 1000 / population, 2)


def reached(ratio: float | None, target: float) -> str | None:
    if ratio is None:
        return None
    return "达标" if ratio >= target else "未达标"


def _ratio_total(totals: Mapping[str, Any]) -> float | None:
    return per_thousand(totals["places"], totals["population"])


def _reached_total(totals: Mapping[str, Any]) -> str | None:
    return reached(_ratio_total(totals), totals[TARGET_KEY])


COLUMNS = (
    Column("street", "街道（乡镇）", 14),
    Column("population", "常住人口（人）", 12, THOUSANDS, total=Total.SUM_ALL),
    Column("nurseries", "机构总数", 8, INTEGER, total=Total.SUM),
    *(Column(f"nature_{n.value.lower()}", n.zh, 10, INTEGER, total=Total.SUM, group=NATURE_GROUP)
      for n in LegalNature),
    *(Column(key, label, 8, INTEGER, total=Total.SUM, group=STATUS_GROUP) for key, label, _ in BUCKETS),
    *(Column(key, label, 8, INTEGER, total=Total.SUM, group=OTHER_GROUP) for key, label, _ in OTHERS),
    Column("places", "托位数", 8, INTEGER, total=Total.SUM),
    Column("places_inclusive", "普惠托位数", 8, INTEGER, total=Total.SUM),
    Column("enrolled", "在托人数", 8, INTEGER, total=Total.SUM),
    Column("per_thousand", "每千人口托位数", 9, DECIMAL_2, total=_ratio_total),
    Column("reached", "是否达到目标", 8, total=_reached_total, user_text=False),
)


@dataclass
class _Figures:
    """What one street adds up to."""

    natures: dict[LegalNature, int] = field(default_factory=dict)
    buckets: dict[str, int] = field(default_factory=dict)
    places: int = 0
    inclusive: int = 0
    enrolled: int = 0

    def add(self, nature: LegalNature, status: S, count: int, places: int, inclusive: int) -> None:
        bucket = next(key for key, _label, members in BUCKETS + OTHERS if status in members)
        self.buckets[bucket] = self.buckets.get(bucket, 0) + count
        if status in COUNTED:
            self.natures[nature] = self.natures.get(nature, 0) + count
            self.places += places
            self.inclusive += inclusive


def _streets(session: Session, ctx: SourceContext) -> list[tuple[int | None, str, int | None]]:
    stmt = select(Street.id, Street.name, Street.resident_population).order_by(Street.code)
    if ctx.filters.street_code is not None:
        stmt = stmt.where(Street.id == street_id(session, ctx.filters.street_code))
    return [tuple(r) for r in session.execute(stmt)]


def _figures(session: Session, ctx: SourceContext) -> dict[int | None, _Figures]:
    conditions = nursery_conditions(session, ctx.filters)
    figures: dict[int | None, _Figures] = {}
    stmt = (select(Nursery.street_id, Nursery.legal_nature, Nursery.status, func.count(),
                   func.coalesce(func.sum(Nursery.places_total), 0), func.coalesce(func.sum(Nursery.places_inclusive), 0))
            .where(*conditions).group_by(Nursery.street_id, Nursery.legal_nature, Nursery.status))
    for street, nature, status, count_, places, inclusive in session.execute(stmt):
        figures.setdefault(street, _Figures()).add(nature, status, count_, places, inclusive)
    enrolled = (select(Nursery.street_id, Nursery.status, func.coalesce(func.sum(NurseryClass.enrolled), 0))
                .join(NurseryClass, NurseryClass.nursery_id == Nursery.id)
                .where(*conditions).group_by(Nursery.street_id, Nursery.status))
    for street, status, children in session.execute(enrolled):
        if status in COUNTED:
            figures.setdefault(street, _Figures()).enrolled += children
    return figures


def _row(name: str, population: int | None, f: _Figures, target: float) -> Row:
    ratio = per_thousand(f.places, population)
    return (
        name, population, sum(f.natures.values()),
        *(f.natures.get(n, 0) for n in LegalNature),
        *(f.buckets.get(key, 0) for key, _label, _members in BUCKETS + OTHERS),
        f.places, f.inclusive, f.enrolled, ratio, reached(ratio, target),
    )


def rows(session: Session, ctx: SourceContext) -> Iterator[Row]:
    """Every street of the district (or the one filtered for), then nurseries with no street."""
    figures = _figures(session, ctx)
    for id_, name, population in _streets(session, ctx):
        yield _row(name, population, figures.get(id_, _Figures()), ctx.target_per_thousand)
    if None in figures and ctx.filters.street_code is None:
        yield _row(UNASSIGNED, None, figures[None], ctx.target_per_thousand)


def count(session: Session, filters: Any) -> int:
    """Rows of the summary: the streets, plus one when some nurseries have no street."""
    if filters.street_code is not None:
        street_id(session, filters.street_code)
        return 1
    streets = session.scalar(select(func.count()).select_from(Street)) or 0
    unassigned = select(Nursery.id).where(Nursery.street_id.is_(None), *nursery_conditions(session, filters))
    return int(streets) + (1 if session.execute(unassigned.limit(1)).first() else 0)


def _target_line(ctx: SourceContext) -> str:
    return f"国家目标：每千人口拥有3岁以下婴幼儿托位数 {ctx.target_per_thousand:g} 个"


SPEC = RegisterSpec(
    key="summary",
    title=QT_TRANSLATE_NOOP("DomainText", "托育服务统计汇总表"),
    description=QT_TRANSLATE_NOOP("DomainText", "按街道（乡镇）汇总机构数（按性质和备案状态）、托位数、普惠托位数、在托人数和每千人口托位数，与国家目标比较。"),
    columns=COLUMNS,
    count=count,
    rows=rows,
    filters=frozenset({Filter.STREET, Filter.LEGAL_NATURE, Filter.STATUS, Filter.INCLUSIVE}),
    status_enum=S,
    status_label="机构状态",
    notes=(
        "机构总数、按机构性质、托位数、普惠托位数、在托人数只计已登记且未注销或关闭的机构（与工作站首页一致）；"
        "意向登记、已注销和未备案已关闭的机构单列，不计入。",
        "已备案含正常运营、已通知说明情况、变更备案中、停业整顿/暂停收托、注销办理中的机构。",
        "每千人口托位数 = 托位数 ÷ 常住人口 × 1000；常住人口未填写的街道（乡镇）不计算，合计行亦不计算。",
    ),
    count_noun=None,
    pdf_font_size=8,
    extra_header=_target_line,
    parameters=frozenset({TARGET_KEY}),
)
