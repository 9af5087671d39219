"""A saved record that breaks a rule (tightened since, or brought from an older system) can still be edited."""

from __future__ import annotations

import dataclasses

import pytest

from tests.unit.registry.test_intake_service import TODAY, draft
from workstation.domain.enums import ClassType
from workstation.domain.nursery import ClassDraft
from workstation.domain.rules import DEFAULT_CLASS_LIMITS, RuleParameters
from workstation.services.registry.intake import IntakeRejected, IntakeService

# The district tightens 托小班 from 1:5 to 1:3: the saved class (12 children, 3 caregivers) now needs 4.
TIGHTER = RuleParameters(class_limits={**DEFAULT_CLASS_LIMITS, ClassType.TODDLER_YOUNG: dataclasses.replace(
    DEFAULT_CLASS_LIMITS[ClassType.TODDLER_YOUNG], ratio=3)})


@pytest.fixture
def saved(district, actor):
    """A nursery saved under the national ratio, and the service under the district's tighter one."""
    record = IntakeService(district.factory, actor, today=lambda: TODAY).create(draft())
    return record, IntakeService(district.factory, actor, rules=TIGHTER, today=lambda: TODAY)


def test_unrelated_edit_saves_and_shows_the_existing_error(saved):
    record, intake = saved
    edited = dataclasses.replace(record.draft, phone="023-68001234")
    findings = intake.check(edited, record.id)
    ratio = [f for f in findings if f.code == "R-RATIO"]
    assert ratio and all(f.is_existing and not f.is_error and not f.is_warning for f in ratio)
    after = intake.update(record.id, record.version, edited)
    assert after.draft.phone == "023-68001234" and after.version == record.version + 1


def test_an_edit_of_the_broken_class_must_pass(saved):
    record, intake = saved
    more = dataclasses.replace(record.draft, classes=(ClassDraft(ClassType.TODDLER_YOUNG, "小一班", 15, 13, 3),))
    assert any(f.code == "R-RATIO" and f.is_error for f in intake.check(more, record.id))
    with pytest.raises(IntakeRejected) as info:
        intake.update(record.id, record.version, more)
    assert [f.code for f in info.value.findings] == ["R-RATIO"]
    fixed = dataclasses.replace(record.draft, classes=(ClassDraft(ClassType.TODDLER_YOUNG, "小一班", 15, 12, 4),))
    assert not [f for f in intake.check(fixed, record.id) if f.code == "R-RATIO"]
    assert intake.update(record.id, record.version, fixed).draft.classes[0].caregivers == 4


def test_a_new_record_breaking_the_rule_is_refused(saved):
    record, intake = saved
    with pytest.raises(IntakeRejected):
        intake.create(draft(uscc="", registered_at=None, name="另一家托育中心", address="谢家湾正街1号"))
    assert all(f.is_error for f in intake.check(record.draft) if f.code == "R-RATIO")  # not as this record


def test_a_new_error_beside_an_existing_one_still_blocks(saved):
    record, intake = saved
    bad_phone = dataclasses.replace(record.draft, phone="12")
    with pytest.raises(IntakeRejected) as info:
        intake.update(record.id, record.version, bad_phone)
    assert [f.code for f in info.value.findings] == ["R-PHONE"]
