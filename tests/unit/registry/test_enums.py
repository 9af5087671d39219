"""Enumerations of domain.md §17 and their labels."""

from __future__ import annotations

import inspect
import re

import pytest

from workstation.domain import enums
from workstation.domain.enums import LabelledEnum, LegalNature, RegistrationOrganKind, ServiceType

ALL_ENUMS = sorted(
    (
        obj
        for obj in vars(enums).values()
        if inspect.isclass(obj) and issubclass(obj, LabelledEnum) and obj is not LabelledEnum
    ),
    key=lambda cls: cls.__name__,
)
ALL_MEMBERS = [member for cls in ALL_ENUMS for member in cls]
CJK = re.compile(r"[\u4e00-\u9fff]")


def test_module_has_the_domain_enumerations() -> None:
    names = {cls.__name__ for cls in ALL_ENUMS}
    assert {"LegalNature", "RegistrationOrganKind", "InspectingDeptKind", "ServiceType", "IdType"} <= names


@pytest.mark.parametrize("member", ALL_MEMBERS, ids=lambda m: f"{type(m).__name__}.{m.name}")
def test_every_member_has_chinese_and_english_labels(member: LabelledEnum) -> None:
    assert isinstance(member.zh, str) and member.zh.strip() == member.zh and CJK.search(member.zh)
    assert isinstance(member.en, str) and member.en.strip() == member.en and member.en
    assert member.en.isascii() and re.search(r"[A-Za-z]", member.en)


@pytest.mark.parametrize("cls", ALL_ENUMS, ids=lambda c: c.__name__)
def test_values_unique_and_equal_to_names(cls: type[LabelledEnum]) -> None:
    values = [m.value for m in cls]
    assert len(values) == len(set(values))
    assert len(values) == len(cls.__members__)  # no member silently became an alias
    for member in cls:
        assert member.value == member.name
        assert cls(member.value) is member


@pytest.mark.parametrize("cls", ALL_ENUMS, ids=lambda c: c.__name__)
def test_labels_unique_within_an_enum(cls: type[LabelledEnum]) -> None:
    zh = [m.zh for m in cls]
    en = [m.en.casefold() for m in cls]
    assert len(zh) == len(set(zh))
    assert len(en) == len(set(en))


@pytest.mark.parametrize("member", ALL_MEMBERS, ids=lambda m: f"{type(m).__name__}.{m.name}")
def test_from_label_finds_by_value_chinese_and_english(member: LabelledEnum) -> None:
    cls = type(member)
    assert cls.from_label(member.value) is member
    assert cls.from_label(member.zh) is member
    assert cls.from_label(member.en) is member


@pytest.mark.parametrize("member", ALL_MEMBERS, ids=lambda m: f"{type(m).__name__}.{m.name}")
def test_from_label_ignores_case_and_surrounding_space(member: LabelledEnum) -> None:
    cls = type(member)
    assert cls.from_label(f"  {member.value.lower()} ") is member
    assert cls.from_label(f"\t{member.en.upper()}\n") is member
    assert cls.from_label(f" {member.zh}\u3000") is member


@pytest.mark.parametrize("cls", ALL_ENUMS, ids=lambda c: c.__name__)
def test_from_label_unknown_is_none(cls: type[LabelledEnum]) -> None:
    assert cls.from_label("") is None
    assert cls.from_label("不存在的标签") is None
    assert cls.from_label("NO_SUCH_VALUE") is None


def test_from_label_does_not_match_across_enums() -> None:
    assert LegalNature.from_label("民政部门") is None
    assert RegistrationOrganKind.from_label("FOR_PROFIT") is None


def test_legal_nature_labels_match_domain() -> None:
    assert LegalNature.from_label("事业单位") is LegalNature.PUBLIC_INSTITUTION
    assert LegalNature.from_label("社会服务机构（民办非企业单位）") is LegalNature.SOCIAL_SERVICE
    assert LegalNature.from_label("营利性（企业）") is LegalNature.FOR_PROFIT
    assert LegalNature.from_label("个体工商户") is LegalNature.INDIVIDUAL_BUSINESS
    assert LegalNature.from_label("其他") is LegalNature.OTHER
    assert {m.name for m in LegalNature} == {
        "PUBLIC_INSTITUTION",
        "SOCIAL_SERVICE",
        "FOR_PROFIT",
        "INDIVIDUAL_BUSINESS",
        "OTHER",
    }


def test_registration_organs_match_domain() -> None:
    assert {m.name for m in RegistrationOrganKind} == {
        "STAFFING_OFFICE",
        "CIVIL_AFFAIRS",
        "MARKET_REGULATION",
        "ADMIN_APPROVAL",
    }
    assert RegistrationOrganKind.from_label("行政审批局") is RegistrationOrganKind.ADMIN_APPROVAL
    assert RegistrationOrganKind.from_label("民政部门") is RegistrationOrganKind.CIVIL_AFFAIRS


def test_service_types_match_domain() -> None:
    assert [m.zh for m in ServiceType] == ["全日托", "半日托", "计时托", "临时托"]


def test_department_kind_covers_every_registration_organ() -> None:
    for organ in RegistrationOrganKind:
        dept = enums.DepartmentKind(organ.value)
        assert dept.zh == organ.zh
