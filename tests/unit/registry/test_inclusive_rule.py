"""R-INCLUSIVE: inclusive places and the 普惠性 box must agree (a warning, saved with a reason)."""

from __future__ import annotations

import pytest

from tests.unit.registry.test_intake_service import TODAY, draft, intake  # noqa: F401
from workstation.domain.intake_checks import check_draft
from workstation.domain.rules import NATIONAL_DEFAULTS
from workstation.services.registry.intake import IntakeRejected


def codes(d) -> dict[str, str]:
    return {f.code: f.field for f in check_draft(d, NATIONAL_DEFAULTS, TODAY) if f.code == "R-INCLUSIVE"}


@pytest.mark.parametrize("inclusive, places, expected", [
    (False, 40, {"R-INCLUSIVE": "inclusive"}),
    (True, 0, {"R-INCLUSIVE": "places_inclusive"}),
    (True, 30, {}),
    (False, 0, {}),
])
def test_places_and_box_agree(inclusive, places, expected):
    assert codes(draft(inclusive=inclusive, places_inclusive=places)) == expected


def test_the_warning_needs_a_reason_to_save(intake):  # noqa: F811
    with pytest.raises(IntakeRejected) as info:
        intake.create(draft(places_inclusive=40))
    assert [f.code for f in info.value.findings] == ["R-INCLUSIVE"]
    from workstation.domain.nursery import Override
    record = intake.create(draft(places_inclusive=40), [Override("R-INCLUSIVE", "普惠认定待区发改委公布")])
    assert record.draft.places_inclusive == 40 and not record.draft.inclusive

