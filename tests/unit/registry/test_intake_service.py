"""Intake use cases against a real (temporary) database: routing, checks, duplicates, overrides, locking."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from workstation.domain.enums import (
    ClassType,
    InstitutionKind,
    InstitutionStatus,
    LegalNature,
    PremisesType,
    RegistrationOrganKind,
)
from workstation.domain.errors import ConflictError
from workstation.domain.nursery import ClassDraft, NurseryDraft, Override
from workstation.services.common.context import Actor
from workstation.services.registry.intake import IntakeRejected, IntakeService, PossibleDuplicate
from workstation.services.registry.routing import RoutingService

TODAY = dt.date(2026, 11, 23)
USCC_FOR_PROFIT = "91500107MA01ABCD53"
USCC_PUBLIC = "12500107400000018U"
USCC_SOCIAL = "52500107MA0000AB0P"


@pytest.fixture
def intake(district, actor):
    return IntakeService(district.factory, actor, today=lambda: TODAY)


def draft(**changes) -> NurseryDraft:
    base = NurseryDraft(
        name="小星星托育服务有限公司", legal_nature=LegalNature.FOR_PROFIT, kind=InstitutionKind.STANDALONE,
        uscc=USCC_FOR_PROFIT, registered_at=dt.date(2025, 3, 1), street_code="500107001",
        address="杨家坪正街8号", business_scope="3岁以下婴幼儿照护服务（全日托、半日托）",
        places_total=40, classes=(ClassDraft(ClassType.TODDLER_YOUNG, "小一班", 15, 12, 3),),
    )
    return dataclasses.replace(base, **changes)


@pytest.mark.parametrize("nature, organ, certificate", [
    (LegalNature.PUBLIC_INSTITUTION, RegistrationOrganKind.STAFFING_OFFICE, "事业单位法人证书"),
    (LegalNature.SOCIAL_SERVICE, RegistrationOrganKind.CIVIL_AFFAIRS, "民办非企业单位登记证书"),
    (LegalNature.FOR_PROFIT, RegistrationOrganKind.MARKET_REGULATION, "营业执照"),
])
def test_route_by_legal_nature(intake, nature, organ, certificate):
    route = intake.route(draft(legal_nature=nature))
    assert (route.organ, route.certificate) == (organ, certificate)


def test_create_registered_nursery(intake):
    record = intake.create(draft())
    assert record.status == InstitutionStatus.REGISTERED
    assert record.draft.uscc == USCC_FOR_PROFIT
    assert record.registration_certificate == "营业执照"
    assert record.draft.registration_organ_kind == RegistrationOrganKind.MARKET_REGULATION
    assert intake.get(record.id).draft.classes[0].enrolled == 12


def test_prospective_nursery_without_registration_is_intake(intake):
    record = intake.create(draft(uscc="", registered_at=None))
    assert record.status == InstitutionStatus.INTAKE


def test_duplicate_uscc_refused_naming_existing(intake):
    first = intake.create(draft())
    with pytest.raises(IntakeRejected) as info:
        intake.create(draft(name="另一家托育中心", address="谢家湾正街1号"))
    assert "小星星托育服务有限公司" in info.value.message and str(first.id) in info.value.message


def test_hard_error_blocks_save(intake, district):
    bad = draft(classes=(ClassDraft(ClassType.INFANT, "乳儿班", 12, 12, 4),))
    with pytest.raises(IntakeRejected) as info:
        intake.create(bad)
    assert any(f.code == "R-CLASS" for f in info.value.findings)
    from workstation.services.home.figures import HomeService

    assert HomeService(district.factory).summary().nurseries == 0


def test_warning_needs_reason_and_is_recorded(intake):
    mismatched = draft(legal_nature=LegalNature.PUBLIC_INSTITUTION)  # USCC prefix 91
    with pytest.raises(IntakeRejected) as info:
        intake.create(mismatched)
    assert [f.code for f in info.value.findings] == ["R-USCC-NATURE"]
    with pytest.raises(IntakeRejected):
        intake.create(mismatched, overrides=[Override("R-USCC-NATURE", "   ")])
    record = intake.create(mismatched, overrides=[Override("R-USCC-NATURE", "证照正在换发")])
    assert record.overrides == (Override("R-USCC-NATURE", "证照正在换发"),)


def test_lease_under_three_years_warns(intake):
    findings = intake.check(draft(premises_type=PremisesType.LEASED, lease_end=dt.date(2028, 1, 1)))
    assert [f.code for f in findings] == ["R-LEASE"]
    assert not intake.check(draft(premises_type=PremisesType.LEASED, lease_end=dt.date(2030, 1, 1)))


def test_similar_name_needs_decision_then_records_it(intake):
    first = intake.create(draft())
    second = draft(name="重庆市九龙坡区小星星托育中心", uscc="", registered_at=None, address="谢家湾正街1号")
    with pytest.raises(PossibleDuplicate) as info:
        intake.create(second)
    assert [c.id for c in info.value.candidates] == [first.id]
    assert info.value.candidates[0].matched_on == "名称"
    created = intake.create(second, different_from=[first.id])
    assert intake.similar(second, created.id) == []


def test_near_duplicate_with_the_district_name_without_its_suffix_is_found(intake):
    """#16 item 9: 九龙坡小星星托育服务中心 was saved next to 重庆市九龙坡区小星星托育有限公司 unnoticed."""
    first = intake.create(draft(name="重庆市九龙坡区小星星托育有限公司"))
    other = draft(name="九龙坡小星星托育服务中心", uscc="", registered_at=None, address="谢家湾正街1号")
    assert [(c.id, c.matched_on) for c in intake.similar(other)] == [(first.id, "名称")]


def test_similar_address_is_found(intake):
    first = intake.create(draft())
    other = draft(name="彩虹桥托育园", uscc="", registered_at=None, address="重庆市九龙坡区杨家坪正街 8 号")
    assert [c.id for c in intake.similar(other)] == [first.id]


def test_stale_update_refused_naming_who(intake, district):
    record = intake.create(draft())
    other = IntakeService(district.factory, Actor("li", "李四"), today=lambda: TODAY)
    other.update(record.id, record.version, draft(phone="023-68881234"))
    with pytest.raises(ConflictError, match="li"):
        intake.update(record.id, record.version, draft(phone="13800001111"))
    assert intake.get(record.id).draft.phone == "023-68881234"


def test_routing_table_change_keeps_existing_route(intake, district, actor):
    before = intake.create(draft())
    RoutingService(district.factory, actor).set_route(LegalNature.FOR_PROFIT, RegistrationOrganKind.ADMIN_APPROVAL)
    after = intake.create(draft(name="彩虹桥托育园", uscc="91500107MA5U7JXQ0W", address="谢家湾正街1号"))
    assert after.draft.registration_organ_kind == RegistrationOrganKind.ADMIN_APPROVAL
    kept = intake.update(before.id, before.version, draft(phone="023-68881234"))
    assert kept.draft.registration_organ_kind == RegistrationOrganKind.MARKET_REGULATION


def test_routing_refuses_approval_bureau_for_public_institutions(district, actor):
    from workstation.domain.errors import ValidationError

    with pytest.raises(ValidationError, match="事业单位"):
        RoutingService(district.factory, actor).set_route(
            LegalNature.PUBLIC_INSTITUTION, RegistrationOrganKind.ADMIN_APPROVAL)


def test_resaving_with_the_same_reason_does_not_duplicate_override(intake):
    mismatched = draft(legal_nature=LegalNature.PUBLIC_INSTITUTION)
    reason = [Override("R-USCC-NATURE", "证照正在换发")]
    record = intake.create(mismatched, overrides=reason)
    record = intake.update(record.id, record.version, dataclasses.replace(mismatched, phone="023-68881234"), reason)
    assert record.overrides == tuple(reason)
    changed = [Override("R-USCC-NATURE", "已核实为历史代码")]
    record = intake.update(record.id, record.version, mismatched, changed)
    assert [o.reason for o in record.overrides] == ["证照正在换发", "已核实为历史代码"]


@pytest.mark.parametrize(("nature", "organ", "uscc"), [
    (LegalNature.PUBLIC_INSTITUTION, RegistrationOrganKind.MARKET_REGULATION, None),
    (LegalNature.FOR_PROFIT, RegistrationOrganKind.CIVIL_AFFAIRS, USCC_FOR_PROFIT),
    (LegalNature.FOR_PROFIT, RegistrationOrganKind.STAFFING_OFFICE, USCC_FOR_PROFIT),
])
def test_an_organ_that_does_not_register_the_nature_is_an_error(intake, nature, organ, uscc):
    """#16 item 1: before, a 事业单位 saved with 市场监督管理部门 (and a for-profit one with 民政) with no
    finding, while the push import refused the same row."""
    wrong = draft(legal_nature=nature, registration_organ_kind=organ, uscc=uscc, registered_at=None)
    with pytest.raises(IntakeRejected) as rejected:
        intake.create(wrong)
    (finding,) = [f for f in rejected.value.findings if f.code == "R-ORGAN"]
    assert finding.is_error and finding.field == "registration_organ_kind" and organ.zh in finding.message


def test_the_approval_bureau_and_the_own_organ_are_lawful(intake):
    for organ in (RegistrationOrganKind.MARKET_REGULATION, RegistrationOrganKind.ADMIN_APPROVAL):
        findings = intake.check(draft(registration_organ_kind=organ))
        assert not [f for f in findings if f.code == "R-ORGAN"]


def test_the_routing_table_refuses_an_unlawful_route(district, actor):
    from workstation.domain.errors import ValidationError

    with pytest.raises(ValidationError, match="民政部门不办理营利性"):
        RoutingService(district.factory, actor).set_route(LegalNature.FOR_PROFIT, RegistrationOrganKind.CIVIL_AFFAIRS)
    with pytest.raises(ValidationError, match="机构编制部门"):
        RoutingService(district.factory, actor).set_route(LegalNature.FOR_PROFIT, RegistrationOrganKind.STAFFING_OFFICE)


def test_phones_are_stored_in_one_form_so_masking_cannot_be_bypassed(intake, district):
    """The red team's +86 (139) 0013 9000 was saved as typed and printed in full in a masked register."""
    from workstation.exports.common.masking import mask_mobile

    record = intake.create(draft(phone="+86 (139) 0013 9000", legal_rep_phone="139-0013-9001",
                                 director_phone="（０２３）６８８８１７７１"))
    assert (record.draft.phone, record.draft.legal_rep_phone) == ("13900139000", "13900139001")
    assert record.draft.director_phone == "02368881771"
    assert mask_mobile(record.draft.phone) == "139****9000"
    edited = intake.update(record.id, record.version, dataclasses.replace(record.draft, phone="+86 139 0013 9002"))
    assert edited.draft.phone == "13900139002"


def _organ_of(district, nursery_id):
    from workstation.db.orm import Department, Nursery

    with district.factory() as session:
        organ_id = session.get(Nursery, nursery_id).registration_organ_id
        return session.get(Department, organ_id).name if organ_id is not None else None


def test_a_new_nursery_names_the_district_department_that_registered_it(intake, district, tmp_path):
    from exports_support import read_xlsx

    from workstation.exports import RegisterFilters, export_register

    company = intake.create(draft())
    social = intake.create(draft(name="阳光托育中心", legal_nature=LegalNature.SOCIAL_SERVICE, uscc=USCC_SOCIAL,
                                 address="谢家湾正街1号"))
    assert _organ_of(district, company.id) == "九龙坡区市场监督管理局"
    assert _organ_of(district, social.id) == "九龙坡区民政局"
    export_register(district.factory, "nurseries", "xlsx", tmp_path / "n.xlsx", RegisterFilters(), preparer="测试员")
    organs = {row[2]: row[5] for row in read_xlsx(tmp_path / "n.xlsx")["rows"]}  # 机构名称 -> 登记机关
    assert organs == {"小星星托育服务有限公司": "九龙坡区市场监督管理局", "阳光托育中心": "九龙坡区民政局"}


def test_a_record_saved_without_its_department_names_it_on_the_next_save(intake, district):
    from sqlalchemy import update

    from workstation.db.orm import Nursery

    record = intake.create(draft())
    with district.factory.begin() as session:  # as saved before the department was recorded at intake
        session.execute(update(Nursery).where(Nursery.id == record.id).values(registration_organ_id=None))
    saved = intake.update(record.id, intake.get(record.id).version, draft(phone="023-68881234"))
    assert _organ_of(district, saved.id) == "九龙坡区市场监督管理局"


def test_a_branch_is_similar_to_its_parent_and_the_parent_to_its_branch(intake):
    """A 分公司 named after a registered nursery must be compared with it before a new record is made."""
    parent = intake.create(draft(name="重庆爱童托育服务有限公司"))
    branch = draft(name="重庆爱童托育服务有限公司九龙分公司", uscc="", registered_at=None, address="谢家湾正街1号")
    assert [(c.id, c.matched_on) for c in intake.similar(branch)] == [(parent.id, "名称")]
    created = intake.create(branch, different_from=[parent.id])
    other_parent = draft(name="重庆爱童托育服务有限公司", uscc="", registered_at=None, address="石桥铺1号")
    assert created.id in [c.id for c in intake.similar(other_parent)]
