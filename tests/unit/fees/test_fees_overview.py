"""Fee rule versions (administrators), the district list of current fees, the notice header, the schema."""

from __future__ import annotations

import datetime as dt

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from workstation.db.base import Base, include_object
from workstation.db.orm import Department, Nursery
from workstation.domain.enums import (
    DepartmentKind,
    InstitutionKind,
    InstitutionStatus,
    LegalNature,
    ServiceType,
)
from workstation.domain.errors import ConflictError, ValidationError
from workstation.domain.fees import (
    FeeCap,
    FeeItem,
    FeeItemKind,
    FeeRules,
    FeeUnit,
    PublicityChannel,
    ScheduleDraft,
)
from workstation.services.common.context import Actor
from workstation.services.fees.rules import FeeRuleService
from workstation.services.fees.service import FeeService, current_fees_by_nursery

D = dt.date
TODAY = D(2026, 11, 23)
FULL, HALF, HOURLY = ServiceType.FULL_DAY, ServiceType.HALF_DAY, ServiceType.HOURLY
CARE, MEAL = FeeItemKind.CARE, FeeItemKind.MEAL


def add_nursery(factory, name: str, nature=LegalNature.FOR_PROFIT, inclusive=False,
                status=InstitutionStatus.OPERATING) -> int:
    with factory.begin() as session:
        row = Nursery(name=name, legal_nature=nature, kind=InstitutionKind.STANDALONE, status=status,
                      inclusive=inclusive, filing_no="500107-2025-0001")
        session.add(row)
        session.flush()
        return row.id


@pytest.fixture
def rules(district) -> FeeRuleService:
    return FeeRuleService(district.factory, Actor("admin", role="ADMIN"), today=lambda: TODAY)


@pytest.fixture
def fees(district, actor) -> FeeService:
    return FeeService(district.factory, actor, today=lambda: TODAY)


def test_rule_versions_are_effective_dated_and_past_ones_frozen(rules):
    assert rules.rules_on(TODAY) == FeeRules()  # defaults: no caps, frequency check off
    first = rules.save(FeeRules(D(2025, 1, 1), (FeeCap(FULL, FeeUnit.MONTH, 200000),)))
    future = rules.save(FeeRules(D(2027, 1, 1), (FeeCap(FULL, FeeUnit.MONTH, 210000),), max_changes=1))
    assert rules.rules_on(D(2026, 12, 31)).cap_for(FULL, FeeUnit.MONTH) == 200000
    assert rules.rules_on(D(2027, 1, 1)).cap_for(FULL, FeeUnit.MONTH) == 210000
    assert rules.rules_on(D(2024, 12, 31)).caps == ()
    with pytest.raises(ConflictError, match="已经生效，不能修改"):
        rules.save(FeeRules(D(2025, 1, 1), (), id=first.id))
    changed = rules.save(FeeRules(D(2027, 2, 1), (FeeCap(HALF, FeeUnit.MONTH, 1),), id=future.id))
    assert [(v.effective_from, len(v.caps)) for v in rules.versions()] == [(D(2025, 1, 1), 1), (D(2027, 2, 1), 1)]
    assert changed.caps == (FeeCap(HALF, FeeUnit.MONTH, 1),)
    with pytest.raises(ValidationError, match="已有自 2025-01-01"):
        rules.save(FeeRules(D(2025, 1, 1)))


@pytest.mark.parametrize(("rules_value", "message"), [
    (FeeRules(None), "执行日期"), (FeeRules(D(2026, 1, 1), window_months=0), "1 至 120"),
    (FeeRules(D(2026, 1, 1), max_changes=-1), "负数"),
    (FeeRules(D(2026, 1, 1), (FeeCap(FULL, FeeUnit.MONTH, 1), FeeCap(FULL, FeeUnit.MONTH, 2))), "重复"),
])
def test_rule_validation(rules, rules_value, message):
    with pytest.raises(ValidationError, match=message):
        rules.save(rules_value)


def _schedule(fees, nursery, start, care_full, care_half=None):
    items = [FeeItem(FULL, CARE, "保育费", care_full, FeeUnit.MONTH), FeeItem(FULL, MEAL, "伙食费", 50000, FeeUnit.MONTH)]
    if care_half is not None:
        items.append(FeeItem(HALF, CARE, "保育费", care_half, FeeUnit.MONTH))
    return fees.add_schedule(nursery, ScheduleDraft(start, tuple(items)))


def test_district_list_marks_over_cap_and_unpublicised(district, fees, rules):
    rules.save(FeeRules(D(2025, 1, 1), (FeeCap(FULL, FeeUnit.MONTH, 200000),)))
    f = district.factory
    inclusive = add_nursery(f, "乙普惠园", LegalNature.FOR_PROFIT, inclusive=True)
    market = add_nursery(f, "甲市场园", LegalNature.FOR_PROFIT)
    add_nursery(f, "丙未登记收费园", LegalNature.SOCIAL_SERVICE)
    add_nursery(f, "丁意向园", status=InstitutionStatus.INTAKE)  # not charging: not listed
    _schedule(fees, inclusive, D(2025, 1, 1), 180000)
    current = _schedule(fees, inclusive, D(2026, 1, 1), 230000, 150000)
    fees.record_publicity(current.id, PublicityChannel.NOTICE_BOARD, D(2025, 12, 20))
    _schedule(fees, market, D(2025, 1, 1), 500000)
    rows = {r.name: r for r in fees.overview()}
    assert set(rows) == {"甲市场园", "乙普惠园", "丙未登记收费园"}
    listed = rows["乙普惠园"]
    assert (listed.schedule_id, listed.effective_from, listed.publicised) == (current.id, D(2026, 1, 1), True)
    assert listed.main_item(FULL).amount_fen == 230000 and listed.main_item(HALF).amount_fen == 150000
    assert listed.main_item(HOURLY) is None
    assert listed.excess_fen == 30000 and len(listed.over_cap) == 1
    assert rows["甲市场园"].over_cap == () and not rows["甲市场园"].publicised
    assert [f.code for f in rows["甲市场园"].findings] == ["FEE-UNPUBLICISED"]
    assert (rows["丙未登记收费园"].schedule_id, rows["丙未登记收费园"].findings) == (None, ())
    # On an earlier date the older schedule (below the cap, never publicised) is the one in force.
    earlier = {r.name: r for r in fees.overview(D(2025, 6, 1))}["乙普惠园"]
    assert (earlier.main_item(FULL).amount_fen, earlier.over_cap, earlier.publicised) == (180000, (), False)


def test_current_fees_by_nursery_takes_a_session(district, fees):
    nursery = add_nursery(district.factory, "某园")
    _schedule(fees, nursery, D(2026, 1, 1), 100)
    with district.factory() as session:
        rows = list(current_fees_by_nursery(session, TODAY))
    assert [(r.name, r.main_item(FULL).price_text) for r in rows] == [("某园", "1.00元/月")]


def test_notice_header_uses_rule_phones_then_departments(district, fees, rules):
    nursery = add_nursery(district.factory, "某园")
    header = fees.header(nursery)
    assert (header.health_phone, header.price_phone) == ("12345", "12315")
    assert header.health_dept == "九龙坡区卫生健康委员会" and header.filing_no == "500107-2025-0001"
    with district.factory.begin() as session:
        for dept in session.query(Department).filter(Department.kind == DepartmentKind.MARKET_REGULATION):
            dept.contact_phone = "023-68780000"
    assert fees.header(nursery).price_phone == "023-68780000"
    rules.save(FeeRules(D(2026, 1, 1), health_phone="023-12320", price_phone="023-12358"))
    assert (fees.header(nursery).health_phone, fees.header(nursery).price_phone) == ("023-12320", "023-12358")


def test_fee_tables_match_the_models(district):
    with district.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, "include_object": include_object})
        diff = [d for d in compare_metadata(context, Base.metadata) if "fee_" in repr(d)]
    assert diff == []
