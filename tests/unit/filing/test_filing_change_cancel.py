"""Change filings apply their itemised changes; cancellation closes the nursery's record."""

from __future__ import annotations

import datetime as dt

import pytest
from filing_support import (
    Clock,
    accepted,
    act,
    add_nursery,
    check_all,
    draft,
    provide_all,
    service,
    under_check,
)
from sqlalchemy import func, select

from workstation.db.orm import Nursery
from workstation.db.orm.filing import ReceiptCounter
from workstation.domain.enums import InstitutionStatus as Status
from workstation.domain.errors import ConflictError, ValidationError
from workstation.domain.filing import FilingAction, FilingKind
from workstation.domain.filing_rules import MaterialType
from workstation.services.filing.dto import ChangeDraft, FilingInfo
from workstation.services.registry.intake import IntakeService

A, K = FilingAction, FilingKind
TODAY = dt.date(2025, 11, 3)


@pytest.fixture
def svc(district):
    return service(district, Clock(TODAY))


def nursery_row(database, nursery_id: int) -> Nursery:
    with database.factory() as session:
        return session.get(Nursery, nursery_id)


def test_change_items_are_applied_to_the_nursery_on_acceptance(district, svc):
    nursery = add_nursery(district.factory, status=Status.OPERATING, places_total=40, meals=False)
    before = nursery_row(district, nursery)
    changes = (ChangeDraft("name", "测试托育园（杨家坪园区）", "更名"), ChangeDraft("places_total", "60", "扩班"),
               ChangeDraft("provides_meals", "是", "新增供餐"), ChangeDraft("lease_end", "2030-12-31", "续租"))
    app = draft(svc, nursery, K.CHANGE, changes=changes)
    assert [(c.label, c.old_value, c.new_value) for c in app.change_items] == [
        ("机构名称", "测试托育园1", "测试托育园（杨家坪园区）"), ("托位数", "40", "60"), ("是否供餐", "否", "是"),
        ("租赁到期日", "", "2030-12-31")]
    app = provide_all(svc, app)
    app = act(svc, act(svc, app, A.SUBMIT), A.START_CHECK)
    assert nursery_row(district, nursery).status is Status.CHANGING
    done = act(svc, check_all(svc, app), A.ACCEPT)
    after = nursery_row(district, nursery)
    assert (after.name, after.places_total, after.provides_meals, after.lease_end) == (
        "测试托育园（杨家坪园区）", 60, True, dt.date(2030, 12, 31))
    assert after.status is Status.OPERATING and after.version > before.version
    assert done.receipt_no == "500107-2025-0001"
    assert after.filing_no == before.filing_no  # a change keeps the filing number


def test_a_change_triggers_proof_of_the_changed_conditions(svc, district):
    nursery = add_nursery(district.factory, status=Status.OPERATING)
    app = svc.create(nursery, K.CHANGE)
    assert MaterialType.FIRE_SAFETY not in {m.material_type for m in app.materials}
    app = svc.set_change_items(app.id, app.version, [ChangeDraft("address", "谢家湾正街1号", "搬迁"),
                                                     ChangeDraft("provides_meals", "是", "新增供餐")])
    required = {m.material_type for m in app.materials if m.required}
    assert {MaterialType.PREMISES_PROOF, MaterialType.HYGIENE_EVALUATION, MaterialType.FIRE_SAFETY,
            MaterialType.FOOD_LICENCE} <= required
    app = svc.set_change_items(app.id, app.version, [ChangeDraft("phone", "023-60000000", "换号")])
    assert MaterialType.FIRE_SAFETY not in {m.material_type for m in app.materials}


@pytest.mark.parametrize("item, message", [
    (ChangeDraft("places_total", "很多", "扩班"), "应为非负整数"),
    (ChangeDraft("places_total", "-5", "扩班"), "应为非负整数"),
    (ChangeDraft("lease_end", "2030/13/31", "续租"), "应为日期，如 2025-06-01"),
    (ChangeDraft("provides_meals", "yes", "供餐"), "应为“是”或“否”"),
    (ChangeDraft("director_name", "李四", "换人"), "与现登记内容相同"),
    (ChangeDraft("director_name", "赵六", " "), "请填写“机构负责人”的变更原因"),
    (ChangeDraft("uscc", "91500107MA5U000000", "改代码"), "不是可变更的备案事项"),
])
def test_bad_change_items_are_refused(svc, district, item, message):
    app = svc.create(add_nursery(district.factory, status=Status.OPERATING), K.CHANGE)
    with pytest.raises(ValidationError, match=message):
        svc.set_change_items(app.id, app.version, [item])
    assert svc.get(app.id).change_items == ()


def test_change_without_items_cannot_be_submitted_and_items_lock_on_submission(svc, district):
    nursery = add_nursery(district.factory, status=Status.OPERATING)
    app = svc.create(nursery, K.CHANGE)
    with pytest.raises(ValidationError, match="须至少列明一项变更事项"):
        act(svc, app, A.SUBMIT)
    app = act(svc, draft_items(svc, app), A.SUBMIT)
    with pytest.raises(ConflictError, match="变更事项不能再修改"):
        svc.set_change_items(app.id, app.version, [ChangeDraft("phone", "023-61111111", "换号")])


def draft_items(svc, app):
    return svc.set_change_items(app.id, app.version, [ChangeDraft("director_name", "赵六", "原负责人退休")])


def test_change_is_refused_when_the_nursery_changed_since(svc, district):
    nursery = add_nursery(district.factory, status=Status.OPERATING)
    app = under_check(svc, nursery, K.CHANGE)
    with district.factory.begin() as session:
        session.get(Nursery, nursery).director_name = "钱七"
    with pytest.raises(ConflictError, match="“机构负责人”的原值已由“李四”变为“钱七”"):
        act(svc, app, A.ACCEPT)
    assert nursery_row(district, nursery).director_name == "钱七"
    with district.factory() as session:  # the refused acceptance used no receipt number
        assert session.scalar(select(func.count()).select_from(ReceiptCounter)) == 0


def test_cancellation_closes_the_record_with_the_settlement_note(svc, district):
    nursery = add_nursery(district.factory, status=Status.SUSPENDED)
    app = act(svc, under_check(svc, nursery, K.CANCELLATION), A.ACCEPT)
    row = nursery_row(district, nursery)
    assert row.status is Status.CANCELLED
    assert "注销备案（回执编号 500107-2025-0001）" in row.notes and "幼儿已转园" in row.notes
    intake = IntakeService(district.factory, svc._actor)
    record = intake.get(nursery)
    with pytest.raises(ConflictError, match="已注销"):
        intake.update(nursery, record.version, record.draft)
    with pytest.raises(ConflictError, match="不能申请"):
        svc.create(nursery, K.CHANGE)
    assert act(svc, app, A.VERIFY).state.value == "VERIFIED"
    assert nursery_row(district, nursery).status is Status.CANCELLED


def test_cancellation_needs_the_settlement_note(svc, district):
    app = svc.create(add_nursery(district.factory, status=Status.OPERATING), K.CANCELLATION)
    app = provide_all(svc, app)
    app = check_all(svc, act(svc, act(svc, app, A.SUBMIT), A.START_CHECK))
    with pytest.raises(ValidationError, match="须填写在托幼儿和工作人员的安置情况"):
        act(svc, app, A.ACCEPT)


def test_settlement_note_only_for_cancellation_and_national_number_after_decision(svc, district):
    app = svc.create(add_nursery(district.factory), K.INITIAL)
    with pytest.raises(ValidationError, match="只有注销备案"):
        svc.update_info(app.id, app.version, FilingInfo(settlement_note="x"))
    done = accepted(svc, add_nursery(district.factory, 2))
    with pytest.raises(ConflictError, match="只能补录全国备案系统"):
        svc.update_info(done.id, done.version, FilingInfo(commitment_signer="李四"))
    saved = svc.update_info(done.id, done.version, FilingInfo(
        channel=done.channel, national_filing_no="TY500107-0009", national_filed_on=dt.date(2025, 11, 5)))
    assert (saved.national_filing_no, saved.national_filed_on) == ("TY500107-0009", dt.date(2025, 11, 5))
    assert "全国系统备案编号“TY500107-0009”" in str(saved.history[-1].text)
