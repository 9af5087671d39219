"""Change filings ask for the materials the changed items need (domain.md §3.1, §3.4; issue #16 item 7).

A registered item (name, domicile, legal representative) is proved by the changed licence; a move by
the new premises' proof, hygiene evaluation and fire-safety proof; a new 负责人 by their qualifications;
a phone number by nothing beyond the change form and the commitment letter.
"""

from __future__ import annotations

import datetime as dt

import pytest
from filing_support import Clock, act, add_nursery, service

from workstation.domain.enums import InstitutionStatus
from workstation.domain.errors import ValidationError
from workstation.domain.filing import CHANGE_FIELDS, FilingAction, FilingKind
from workstation.domain.filing_rules import (
    DEFAULT_CHANGE_MATERIALS,
    FILING_DEFAULTS,
    MaterialResult,
    MaterialType,
    checklist,
)
from workstation.services.filing.dto import ChangeDraft, MaterialUpdate

M = MaterialType
FORM = {M.FILING_FORM, M.COMMITMENT}  # every change filing
MOVE = {M.LICENCE, M.PREMISES_PROOF, M.HYGIENE_EVALUATION, M.FIRE_SAFETY}

# (changed item, new value, materials required besides the form and the commitment letter)
TABLE = [
    ("name", "新名称托育园", {M.LICENCE}),
    ("address", "谢家湾正街1号", MOVE),
    ("legal_rep_name", "李四", {M.LICENCE}),
    ("phone", "023-60000000", set()),
    ("legal_rep_phone", "13800000000", set()),
    ("director_name", "赵六", {M.STAFF_QUALIFICATION}),
    ("director_phone", "13900000000", set()),
    ("places_total", "60", set()),
    ("places_inclusive", "20", set()),
    ("provides_meals", "是", {M.FOOD_LICENCE}),
    ("provides_meals", "否", set()),  # stopping meals needs no food licence
    ("lease_end", "2030-12-31", {M.PREMISES_PROOF}),
    ("building_m2", "500", {M.PREMISES_PROOF}),
]


def required(lines) -> set[MaterialType]:
    return {line.material_type for line in lines if line.required}


def test_every_changeable_item_says_what_it_needs():
    assert set(DEFAULT_CHANGE_MATERIALS) == set(CHANGE_FIELDS)
    assert {field for field, _new, _needs in TABLE} == set(CHANGE_FIELDS)


def test_each_change_item_asks_for_its_materials():
    wrong = {}
    for field, new, needs in TABLE:
        lines = checklist(FILING_DEFAULTS, FilingKind.CHANGE, provides_meals=False, changes={field: new})
        if required(lines) != FORM | needs:
            wrong[f"{field}={new}"] = sorted(m.value for m in required(lines) - FORM)
    assert wrong == {}


def test_the_licence_line_keeps_its_change_wording_and_items_add_up():
    phone = checklist(FILING_DEFAULTS, FilingKind.CHANGE, False, {"phone": "023-60000000"})
    assert M.LICENCE not in {line.material_type for line in phone}
    lines = checklist(FILING_DEFAULTS, FilingKind.CHANGE, False, {"phone": "023-60000000", "name": "新名称"})
    licence = [line for line in lines if line.material_type is M.LICENCE]
    assert [line.title for line in licence] == ["变更后的营业执照或法人登记证书"]
    both = checklist(FILING_DEFAULTS, FilingKind.CHANGE, False, {"address": "新址", "director_name": "赵六"})
    assert required(both) == FORM | MOVE | {M.STAFF_QUALIFICATION}
    assert len(both) == len({line.material_type for line in both})


@pytest.fixture
def svc(district):
    return service(district, Clock(dt.date(2026, 12, 4)))


def without_licence(svc, district, number: int, change: ChangeDraft):
    """A change application under check with every required material but the licence provided and checked."""
    nursery = add_nursery(district.factory, number, status=InstitutionStatus.OPERATING)
    app = svc.create(nursery, FilingKind.CHANGE)
    app = svc.set_change_items(app.id, app.version, [change])
    for material in app.materials:
        if material.required and material.material_type is not M.LICENCE:
            app = svc.update_material(material.id, MaterialUpdate(True))
    app = act(svc, act(svc, app, FilingAction.SUBMIT), FilingAction.START_CHECK)
    for material in app.materials:
        if material.provided:
            app = svc.check_material(material.id, MaterialResult.OK)
    return app


def test_only_a_registered_item_change_needs_the_licence_to_be_complete(svc, district):
    phone = without_licence(svc, district, 1, ChangeDraft("phone", "023-60000000", "换号"))
    assert M.LICENCE not in {m.material_type for m in phone.materials}
    assert act(svc, phone, FilingAction.ACCEPT).receipt_no
    for number, change in enumerate((ChangeDraft("name", "新名称托育园", "更名"),
                                     ChangeDraft("legal_rep_name", "李四", "法定代表人变更")), start=2):
        app = without_licence(svc, district, number, change)
        assert app.material(M.LICENCE).required
        with pytest.raises(ValidationError, match="必需材料“变更后的营业执照或法人登记证书”尚未提供"):
            act(svc, app, FilingAction.ACCEPT)


def test_switching_from_a_name_change_to_a_phone_change_drops_the_untouched_licence_line(svc, district):
    app = svc.create(add_nursery(district.factory, status=InstitutionStatus.OPERATING), FilingKind.CHANGE)
    app = svc.set_change_items(app.id, app.version, [ChangeDraft("name", "新名称托育园", "更名")])
    assert app.material(M.LICENCE).required
    app = svc.set_change_items(app.id, app.version, [ChangeDraft("phone", "023-60000000", "换号")])
    assert M.LICENCE not in {m.material_type for m in app.materials}
