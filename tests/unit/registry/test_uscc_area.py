"""A USCC whose registering authority lies outside the district's prefecture is a warning at intake
and on every edit (issue #16 item 6; domain.md §13.1: a city-level or provincial organ is inside)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from workstation.domain.codes import make_uscc
from workstation.domain.enums import InstitutionKind, LegalNature
from workstation.domain.intake_checks import check_draft
from workstation.domain.nursery import NurseryDraft, Override
from workstation.domain.rules import NATIONAL_DEFAULTS
from workstation.services.registry.intake import IntakeRejected, IntakeService

TODAY = dt.date(2026, 12, 4)


def code(area: str) -> str:
    return make_uscc("91", area, "MA01ABCD5")


def draft(area: str) -> NurseryDraft:
    return NurseryDraft(name="小星星托育服务有限公司", legal_nature=LegalNature.FOR_PROFIT,
                        kind=InstitutionKind.STANDALONE, uscc=code(area), street_code="500107001")


# (district, the USCC's positions 3-8, warned?)
TABLE = [
    ("500107", "500107", False),  # the district's own organ
    ("500107", "500108", False),  # another district of the same city
    ("500107", "500000", False),  # Chongqing's own (city-level) organ
    ("500107", "110105", True),   # Beijing, Chaoyang
    ("500107", "510107", True),   # Chengdu: another province
    ("440305", "440300", False),  # Shenzhen's own organ for Nanshan
    ("440305", "440000", False),  # Guangdong's own organ
    ("440305", "441900", True),   # Dongguan: same province, another prefecture
]


def test_a_code_registered_outside_the_prefecture_is_a_warning():
    for district, area, warned in TABLE:
        findings = check_draft(draft(area), NATIONAL_DEFAULTS, TODAY, district_code=district)
        area_findings = [(f.severity, f.field) for f in findings if f.code == "R-USCC-AREA"]
        assert area_findings == ([("warning", "uscc")] if warned else []), (district, area)
        assert all(f"“{area}”" in f.message for f in findings if f.code == "R-USCC-AREA")


def test_intake_and_edits_ask_for_a_reason_for_an_outside_code(district, actor):
    intake = IntakeService(district.factory, actor, today=lambda: TODAY)
    beijing = draft("110105")
    assert [f.code for f in intake.check(beijing)] == ["R-USCC-AREA"]
    with pytest.raises(IntakeRejected) as refused:
        intake.create(beijing)
    assert [f.code for f in refused.value.findings] == ["R-USCC-AREA"]
    reason = Override("R-USCC-AREA", "总部在北京登记，本机构在九龙坡区经营")
    record = intake.create(beijing, overrides=[reason])
    edited = dataclasses.replace(record.draft, phone="023-68000000")
    with pytest.raises(IntakeRejected):
        intake.update(record.id, record.version, edited)
    assert intake.update(record.id, record.version, edited, overrides=[reason]).draft.phone == "023-68000000"
