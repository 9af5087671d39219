"""The roster checks through StaffService.findings: one test per rule, each against a clean roster."""

from __future__ import annotations

import datetime as dt

import pytest
from staff_support import add_nursery, staff_draft

from workstation.domain.enums import ClassType
from workstation.domain.staff import (
    BackgroundResult,
    CredentialDraft,
    CredentialKind,
    Employment,
    HealthResult,
    StaffDraft,
    StaffRole,
)
from workstation.services.staff.service import StaffService

TODAY = dt.date(2026, 12, 4)
HIRED = dt.date(2025, 3, 1)


@pytest.fixture
def staff(district, actor) -> StaffService:
    return StaffService(district.factory, actor, today=lambda: TODAY)


def hire(staff: StaffService, nursery: int, name: str, serial: int, role: StaffRole,
         employment: Employment = Employment.FULL_TIME, health_on: dt.date | None = dt.date(2025, 2, 20),
         background_on: dt.date | None = dt.date(2026, 2, 1), credentials=()) -> int:
    draft = staff_draft(name, serial, role, HIRED)
    draft = StaffDraft(draft.name, draft.id_no, role, HIRED, employment=employment)
    member = staff.add(nursery, draft).member.id
    if health_on:
        staff.add_health_check(member, health_on, HealthResult.PASS, "JK-1")
        if health_on < dt.date(2026, 1, 1):  # the annual re-check
            staff.add_health_check(member, dt.date(2026, 2, 10), HealthResult.PASS, "JK-2")
    if background_on:
        staff.add_background_check(member, background_on, BackgroundResult.CLEAR, "杨家坪派出所", "李经办")
    for kind in credentials:
        staff.add_credential(member, CredentialDraft(kind, f"{kind.value}-{serial}", "九龙坡区卫健委",
                                                     dt.date(2024, 1, 1)))
    return member


def clean_nursery(district, staff: StaffService, enrolled: int = 15) -> int:
    """A nursery of one 托小班 with a director, enough caregivers, health staff: no findings."""
    nursery = add_nursery(district.factory, classes=((ClassType.TODDLER_YOUNG, enrolled),))
    hire(staff, nursery, "张园长", 1, StaffRole.DIRECTOR,
         credentials=(CredentialKind.DEGREE, CredentialKind.DIRECTOR_TRAINING))
    for i in range(-(-enrolled // 5)):
        hire(staff, nursery, f"保育员{i}", 10 + i, StaffRole.CAREGIVER)
    hire(staff, nursery, "刘保健", 2, StaffRole.HEALTH, credentials=(CredentialKind.HEALTH_TRAINING,))
    return nursery


def codes(staff: StaffService, nursery: int) -> list[tuple[str, str]]:
    return [(f.code, f.severity) for f in staff.findings(nursery)]


def test_a_complete_roster_has_no_findings(district, staff):
    assert codes(staff, clean_nursery(district, staff)) == []


def test_director_without_training_certificate_is_warned(district, staff):
    nursery = clean_nursery(district, staff)
    hire(staff, nursery, "赵副园长", 3, StaffRole.DIRECTOR, credentials=(CredentialKind.DEGREE,))
    findings = staff.findings(nursery)
    assert [(f.code, f.severity) for f in findings] == [("R-DIR", "warning")]
    assert "赵副园长" in findings[0].message and "负责人岗位培训合格证" in findings[0].message


def test_caregivers_below_the_class_ratio_is_an_error(district, staff):
    nursery = clean_nursery(district, staff)
    departed = staff.roster(nursery)
    caregiver = next(r for r in departed if r.role == StaffRole.CAREGIVER)
    staff.depart(caregiver.id, TODAY, "辞职")
    findings = staff.findings(nursery)
    assert [(f.code, f.severity) for f in findings] == [("R-RATIO", "error")]
    assert "至少需要3名" in findings[0].message and "在岗保育人员2名" in findings[0].message


def test_150_children_need_a_full_time_health_staff_member(district, staff):
    nursery = add_nursery(district.factory, classes=tuple((ClassType.TODDLER_OLD, 20) for _ in range(8)))
    hire(staff, nursery, "张园长", 1, StaffRole.DIRECTOR,
         credentials=(CredentialKind.DEGREE, CredentialKind.DIRECTOR_TRAINING))
    for i in range(24):  # 8 classes of 20 at 1:7 need 3 each
        hire(staff, nursery, f"保育员{i:02d}", 100 + i, StaffRole.CAREGIVER)
    hire(staff, nursery, "兼职保健", 2, StaffRole.HEALTH, Employment.PART_TIME)
    findings = staff.findings(nursery)
    assert [(f.code, f.severity) for f in findings] == [("R-HEALTHSTAFF", "error")]
    assert "160" in findings[0].message and "专职" in findings[0].message
    hire(staff, nursery, "专职保健", 3, StaffRole.HEALTH)
    assert codes(staff, nursery) == []


def test_guard_without_licence_is_warned_and_with_licence_is_not(district, staff):
    nursery = clean_nursery(district, staff)
    guard = hire(staff, nursery, "陈保安", 4, StaffRole.SECURITY)
    assert codes(staff, nursery) == [("R-GUARD", "warning")]
    staff.add_credential(guard, CredentialDraft(CredentialKind.GUARD, "BA-1", "重庆市公安局", dt.date(2023, 5, 1)))
    assert codes(staff, nursery) == []


def test_missing_or_expired_health_certificate_is_an_error(district, staff):
    nursery = clean_nursery(district, staff)
    hire(staff, nursery, "无体检", 5, StaffRole.COOK, health_on=None)
    member = hire(staff, nursery, "过期者", 6, StaffRole.COOK, health_on=None)
    staff.add_health_check(member, dt.date(2025, 11, 1), HealthResult.PASS)  # valid until 2026-10-31
    findings = staff.findings(nursery)
    assert [(f.code, f.severity) for f in findings] == [("R-HCERT", "error")] * 2
    assert any("2026-10-31" in f.message and "过期" in f.message for f in findings)


def test_health_check_after_starting_work_is_warned(district, staff):
    nursery = clean_nursery(district, staff)
    hire(staff, nursery, "先上岗", 7, StaffRole.COOK, health_on=dt.date(2026, 6, 1))
    findings = staff.findings(nursery)
    assert [(f.code, f.severity) for f in findings] == [("R-HCERT", "warning")]
    assert "上岗前未取得健康合格证" in findings[0].message


def test_background_check_missing_or_a_year_old_is_an_error(district, staff):
    nursery = clean_nursery(district, staff)
    hire(staff, nursery, "未查询", 8, StaffRole.COOK, background_on=None)
    hire(staff, nursery, "逾期者", 9, StaffRole.COOK, background_on=dt.date(2025, 11, 1))
    findings = staff.findings(nursery)
    assert [(f.code, f.severity) for f in findings] == [("R-BGCHK", "error")] * 2
    assert any("2026-11-01" in f.message and "逾期" in f.message for f in findings)


def test_a_person_employed_at_two_nurseries_is_flagged(district, staff):
    first = clean_nursery(district, staff)
    second = add_nursery(district.factory, name="谢家湾阳光托育园", classes=())
    saved = staff.add(second, staff_draft("张园长", 1, StaffRole.CAREGIVER))
    assert [w.code for w in saved.warnings] == ["R-TWO"]
    assert "九龙坡区小海豚托育中心" in saved.warnings[0].message
    assert ("R-TWO", "warning") in codes(staff, first)
    staff.depart(saved.member.id, TODAY, "离职")
    assert ("R-TWO", "warning") not in codes(staff, first)
