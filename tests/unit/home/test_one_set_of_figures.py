"""One set of figures: the home page, the 托育服务统计汇总表, the street table and the registry's
counts by status agree on a demo district (before, the home page counted cancelled, closed and
intention-stage nurseries: 190,423 places against the register's 166,544 on 3,000 nurseries)."""

from __future__ import annotations

import datetime as dt

import pytest
from exports_support import ANY, read_xlsx
from sqlalchemy import func, select, update

from workstation.db.orm import Nursery
from workstation.domain.counting import COUNTED, NOT_COUNTED
from workstation.domain.enums import InstitutionStatus
from workstation.exports import export_register
from workstation.services.common.context import Actor
from workstation.services.filing.queues import home_queues
from workstation.services.home import HomeService
from workstation.services.registry import RegistryQuery, RegistryService

pytestmark = pytest.mark.slow
TODAY = dt.date(2026, 12, 4)


@pytest.fixture(scope="module")
def district(demo_database, tmp_path_factory):
    db = demo_database(tmp_path_factory.mktemp("figures") / "d.db", 3000, seed=7, today=TODAY,
                       actor=Actor("tester", "测试员", "SYSTEM"))
    yield db
    db.close()


def _register(db, path) -> dict[str, object]:
    export_register(db.factory, "summary", "xlsx", path, ANY, preparer="测试员", prepared_on=TODAY)
    sheet = read_xlsx(path)
    # a grouped column's label is in the last header row, any other's in the first (merged down)
    labels = [next((row[i] for row in reversed(sheet["header"]) if row[i]), None)
              for i in range(len(sheet["totals"]))]
    return {label: sheet["totals"][i] for i, label in enumerate(labels) if label}


def test_home_register_street_table_and_registry_agree(district, tmp_path):
    home = HomeService(district.factory).summary()
    register = _register(district, tmp_path / "summary.xlsx")
    registry = RegistryService(district.factory)
    by_status = {s: registry.count(RegistryQuery(status=s)) for s in InstitutionStatus}

    assert home.nurseries == register["机构总数"] == sum(by_status[s] for s in COUNTED)
    assert home.nurseries == sum(street.nurseries for street in home.streets)
    assert home.places_total == register["托位数"] == sum(street.places_total for street in home.streets)
    assert home.places_inclusive == register["普惠托位数"] == sum(s.places_inclusive for s in home.streets)
    assert home.enrolled == register["在托人数"]
    assert home.registered_not_filed == register["已登记未备案"] == by_status[InstitutionStatus.REGISTERED]
    assert register["意向登记"] + register["已注销或关闭"] == sum(by_status[s] for s in NOT_COUNTED) > 0
    assert sum(by_status.values()) == home.nurseries + sum(by_status[s] for s in NOT_COUNTED)


def test_a_nursery_cancelled_with_work_open_leaves_the_queues(demo_database, tmp_path):
    db = demo_database(tmp_path / "q.db", 300, seed=7, today=TODAY, actor=Actor("tester", "测试员", "SYSTEM"))
    try:
        before = home_queues(db.factory, lambda: TODAY, limit_all=True)
        listed = [e.nursery_id for key in ("overdue", "awaiting_verification") for e in before.queue(key).entries]
        assert listed
        with db.factory.begin() as session:
            session.execute(update(Nursery).where(Nursery.id.in_(listed[:2]))
                            .values(status=InstitutionStatus.CANCELLED))
        after = home_queues(db.factory, lambda: TODAY, limit_all=True)
        still = {e.nursery_id for queue in after.queues for e in queue.entries}
        assert not still & set(listed[:2])
        assert sum(q.total for q in after.queues) < sum(q.total for q in before.queues)
    finally:
        db.close()


def test_a_registration_pushed_without_its_date_is_chased(demo_database, tmp_path):
    """Before: the home page counted it as registered, not filed, but the chase list never showed it."""
    db = demo_database(tmp_path / "r.db", 300, seed=7, today=TODAY, actor=Actor("tester", "测试员", "SYSTEM"))
    try:
        with db.factory.begin() as session:
            nursery = session.scalars(select(Nursery).where(Nursery.status == InstitutionStatus.REGISTERED)
                                      .order_by(Nursery.id)).first()
            nursery.registered_at = None
            nursery.created_at = dt.datetime(2026, 9, 1, 8, 0)
        chase = home_queues(db.factory, lambda: TODAY, limit_all=True).queue("not_filed")
        entry = next(e for e in chase.entries if e.nursery_id == nursery.id)
        assert "登记日期未填写" in str(entry.note) and "2026-09-01" in str(entry.note)
    finally:
        db.close()


def _tally(path) -> str:
    return " ".join(str(v) for v in read_xlsx(path)["totals"] if v)


def test_the_two_inspection_ledgers_agree_on_escalations(district, tmp_path):
    """Before: the 监督检查台账 said 已升级处理 0 次 while the 整改台账 listed escalated findings."""
    from workstation.db.orm.inspections import Finding, Inspection, InspectionItemResult
    from workstation.domain.inspections import InspectionState, RectificationState

    with district.factory() as session:
        raised = select(Finding.inspection_id).where(Finding.state == RectificationState.ESCALATED)
        rechecked = (select(InspectionItemResult.inspection_id)
                     .join(Finding, Finding.id == InspectionItemResult.finding_id)
                     .where(Finding.state == RectificationState.ESCALATED))
        with_escalated = set(session.scalars(raised)) | set(session.scalars(rechecked))
        escalated_state = set(session.scalars(select(Inspection.id).where(
            Inspection.state == InspectionState.ESCALATED)))
        findings = session.scalar(select(func.count()).select_from(Finding)
                                  .where(Finding.state == RectificationState.ESCALATED))
    assert findings and with_escalated <= escalated_state
    for register in ("inspections", "rectifications"):
        export_register(district.factory, register, "xlsx", tmp_path / f"{register}.xlsx", ANY,
                        preparer="测试员", prepared_on=TODAY)
    assert f"已升级处理 {len(escalated_state)} 次" in _tally(tmp_path / "inspections.xlsx")
    assert f"已升级处理 {findings}" in _tally(tmp_path / "rectifications.xlsx")
