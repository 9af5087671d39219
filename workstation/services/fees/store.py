"""Reading and converting the fee tables inside a caller's session (no commits here)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from workstation.db.orm import Department, District, Nursery
from workstation.db.orm.fees import FeePublicity, FeeRule, FeeRuleCap, FeeSchedule
from workstation.db.repositories.fees import rules_on, to_rules  # noqa: F401  (moved there; callers import them here)
from workstation.domain.enums import DepartmentKind
from workstation.domain.errors import NotFound
from workstation.domain.fees import FeeItem, FeeRules, Period
from workstation.domain.texts import QT_TRANSLATE_NOOP, text
from workstation.services.common import lookup
from workstation.services.fees.dto import NurseryFeeHeader, Publicity, Schedule

# Used when neither the fee rules nor the department records give a complaint phone.
HEALTH_HOTLINE = "12345"  # 政务服务便民热线 (has taken over 12320 in most places)
PRICE_HOTLINE = "12315"  # 市场监管投诉举报热线


load_nursery = lookup.load_nursery


def load_schedule(session: Session, schedule_id: int) -> FeeSchedule:
    row = session.get(FeeSchedule, schedule_id)
    if row is None:
        raise NotFound(text(QT_TRANSLATE_NOOP("DomainText", "找不到记录号为 {id} 的收费标准。"), id=schedule_id))
    return row


def schedule_rows(session: Session, nursery_id: int) -> list[FeeSchedule]:
    """Every schedule of a nursery, oldest first, with items and publicity loaded."""
    stmt = (select(FeeSchedule).where(FeeSchedule.nursery_id == nursery_id)
            .order_by(FeeSchedule.effective_from)
            .options(selectinload(FeeSchedule.items), selectinload(FeeSchedule.publicity)))
    return list(session.scalars(stmt))


def to_schedule(row: FeeSchedule) -> Schedule:
    items = tuple(FeeItem(i.service_type, i.kind, i.name, i.amount_fen, i.unit, i.covers) for i in row.items)
    return Schedule(row.id, row.nursery_id, Period(row.effective_from, row.effective_to), items, row.note,
                    tuple(to_publicity(p) for p in row.publicity), row.created_at, row.created_by)


def to_publicity(row: FeePublicity) -> Publicity:
    return Publicity(row.channel, row.publicised_on, row.note, row.evidence_name, row.evidence_sha256,
                     row.id, row.created_by, row.created_at)


def rule_rows(session: Session) -> list[FeeRule]:
    stmt = select(FeeRule).order_by(FeeRule.effective_from).options(selectinload(FeeRule.caps))
    return list(session.scalars(stmt))


def fill_rule(row: FeeRule, rules: FeeRules) -> None:
    """Copy a FeeRules value onto its row (caps replaced as a whole)."""
    row.effective_from = rules.effective_from
    row.cap_includes_meals = rules.cap_includes_meals
    row.max_changes = rules.max_changes
    row.window_months = rules.window_months
    row.health_phone, row.price_phone, row.note = rules.health_phone, rules.price_phone, rules.note
    row.caps = [FeeRuleCap(service_type=c.service_type, unit=c.unit, cap_fen=c.cap_fen) for c in rules.caps]


def header_of(session: Session, nursery: Nursery, rules: FeeRules) -> NurseryFeeHeader:
    """The nursery's identity and the complaint phones: rule parameters first, then department records."""
    district = session.scalars(select(District).order_by(District.id).limit(1)).first()
    departments = {}
    if district is not None:
        for dept in session.scalars(select(Department).where(Department.district_id == district.id)
                                    .order_by(Department.id.desc())):
            departments[dept.kind] = dept
    place = district.name if district else ""
    health, price = departments.get(DepartmentKind.HEALTH), departments.get(DepartmentKind.MARKET_REGULATION)
    return NurseryFeeHeader(
        nursery.id, nursery.name, nursery.uscc or "", nursery.filing_no, nursery.legal_nature, nursery.inclusive,
        place,
        health_dept=_full_name(place, health.name if health else "卫生健康委员会"),
        health_phone=rules.health_phone or (health.contact_phone if health else "") or HEALTH_HOTLINE,
        price_dept=_full_name(place, price.name if price else "市场监督管理局"),
        price_phone=rules.price_phone or (price.contact_phone if price else "") or PRICE_HOTLINE,
    )


def _full_name(place: str, name: str) -> str:
    """"九龙坡区卫生健康委员会" whether or not the department record already names the district."""
    return name if name.startswith(place) else place + name
