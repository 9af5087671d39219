"""Materials checklists from the rules, checks, and scans kept in the attachments folder."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from filing_support import (
    Clock,
    accepted,
    act,
    add_nursery,
    check_all,
    provide_all,
    service,
    under_check,
)

from workstation.db.attachments import Attachments
from workstation.db.orm import Nursery
from workstation.domain.enums import InstitutionStatus as Status
from workstation.domain.errors import ConflictError, ValidationError
from workstation.domain.filing import FilingAction, FilingKind
from workstation.domain.filing_rules import (
    DEFAULT_CHECKLISTS,
    FILING_DEFAULTS,
    FireProofKind,
    HygieneRating,
    MaterialResult,
    MaterialRule,
    MaterialType,
)
from workstation.services.filing.dto import MaterialUpdate

A, K, M = FilingAction, FilingKind, MaterialType
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
PDF = b"%PDF-1.4\n%test\n"


@pytest.fixture
def svc(district):
    return service(district, Clock(dt.date(2025, 11, 3)))


def required(app) -> set[MaterialType]:
    return {m.material_type for m in app.materials if m.required}


def test_initial_checklist_follows_meal_provision(svc, district):
    without = svc.create(add_nursery(district.factory, 1, meals=False), K.INITIAL)
    with_meals = svc.create(add_nursery(district.factory, 2, meals=True), K.INITIAL)
    base = {M.FILING_FORM, M.COMMITMENT, M.LICENCE, M.PREMISES_PROOF, M.STAFF_QUALIFICATION, M.STAFF_HEALTH,
            M.HYGIENE_EVALUATION, M.FIRE_SAFETY}
    assert required(without) == base
    assert required(with_meals) == base | {M.FOOD_LICENCE}
    assert M.OTHER in {m.material_type for m in without.materials} - required(without)


def test_checklist_is_synced_at_submission(svc, district):
    nursery = add_nursery(district.factory, meals=False)
    app = provide_all(svc, svc.create(nursery, K.INITIAL))
    with district.factory.begin() as session:
        session.get(Nursery, nursery).provides_meals = True  # the nursery started serving meals
    app = act(svc, act(svc, app, A.SUBMIT), A.START_CHECK)
    food = app.material(M.FOOD_LICENCE)
    assert food.required and not food.provided
    for material in app.materials:
        if material.provided:
            app = svc.check_material(material.id, MaterialResult.OK)
    with pytest.raises(ValidationError, match="必需材料“食品经营许可证”尚未提供"):
        act(svc, app, A.ACCEPT)


def test_cancellation_checklist_and_district_rules(district):
    svc = service(district, Clock(dt.date(2025, 11, 3)))
    app = svc.create(add_nursery(district.factory, 1, Status.OPERATING), K.CANCELLATION)
    assert required(app) == {M.FILING_FORM, M.LICENCE, M.SETTLEMENT}
    # A district that asks for a staff list with every initial filing.
    lines = (*DEFAULT_CHECKLISTS[K.INITIAL][:-1], MaterialRule(M.OTHER, label="从业人员花名册"))
    local = FILING_DEFAULTS.with_values(checklists={**DEFAULT_CHECKLISTS, K.INITIAL: lines})
    other = service(district, Clock(dt.date(2025, 11, 3)), rules=local).create(add_nursery(district.factory, 2),
                                                                                K.INITIAL)
    assert other.material(M.OTHER).required and other.material(M.OTHER).title == "从业人员花名册"


def test_fire_safety_proof_needs_its_type(svc, district):
    app = provide_all(svc, svc.create(add_nursery(district.factory), K.INITIAL), fire=None)
    app = check_all(svc, act(svc, act(svc, app, A.SUBMIT), A.START_CHECK))
    with pytest.raises(ValidationError, match="消防安全证明未注明证明类型"):
        act(svc, app, A.ACCEPT)
    fire = app.material(M.FIRE_SAFETY)
    app = svc.update_material(fire.id, MaterialUpdate(True, subtype=FireProofKind.THIRD_PARTY))
    assert app.material(M.FIRE_SAFETY).result is None  # changed after the check: check again
    app = svc.check_material(fire.id, MaterialResult.OK)
    assert act(svc, app, A.ACCEPT).receipt_no


def test_checks_happen_under_materials_check_and_need_reasons(svc, district):
    app = provide_all(svc, svc.create(add_nursery(district.factory), K.INITIAL))
    licence = app.material(M.LICENCE)
    with pytest.raises(ConflictError, match="请先“开始材料审核”"):
        svc.check_material(licence.id, MaterialResult.OK)
    app = act(svc, act(svc, app, A.SUBMIT), A.START_CHECK)
    with pytest.raises(ValidationError, match="需补正的原因"):
        svc.check_material(licence.id, MaterialResult.MISSING, " ")
    other = app.material(M.OTHER)
    with pytest.raises(ValidationError, match="尚未提供，不能审核通过"):
        svc.check_material(other.id, MaterialResult.OK)
    with pytest.raises(ValidationError, match="至少标记一项"):
        act(svc, svc.get(app.id), A.RETURN)
    app = svc.check_material(licence.id, MaterialResult.OK)
    checked = app.material(M.LICENCE)
    assert (checked.result, checked.checked_by, checked.checked_at.date()) == (MaterialResult.OK, "tester",
                                                                               dt.date(2025, 11, 3))


def test_unqualified_hygiene_report_blocks_acceptance(svc, district):
    app = provide_all(svc, svc.create(add_nursery(district.factory), K.INITIAL), rating=HygieneRating.UNQUALIFIED)
    app = check_all(svc, act(svc, act(svc, app, A.SUBMIT), A.START_CHECK))
    with pytest.raises(ValidationError, match="托幼机构卫生评价报告的结论不是“合格”"):
        act(svc, app, A.ACCEPT)


def test_scans_are_stored_by_content_and_viewable_under_their_name(svc, district, tmp_path):
    app = svc.create(add_nursery(district.factory), K.INITIAL)
    licence = app.material(M.LICENCE)
    scan = tmp_path / "营业执照.png"
    scan.write_bytes(PNG)
    app = svc.attach_file(licence.id, scan)
    attached = app.material(M.LICENCE)
    assert attached.provided and attached.files[0].file_name == "营业执照.png"
    sha = hashlib.sha256(PNG).hexdigest()
    assert attached.files[0].sha256 == sha
    store = Attachments(district.factory)
    assert store.read(sha) == PNG
    view = svc.viewable_file(attached.files[0].id)
    assert view.name.endswith("营业执照.png") and view.read_bytes() == PNG
    pdf = tmp_path / "租赁合同.PDF"
    pdf.write_bytes(PDF)
    app = svc.attach_file(app.material(M.PREMISES_PROOF).id, pdf)
    app = svc.remove_file(attached.files[0].id)
    assert app.material(M.LICENCE).files == () and len(app.material(M.PREMISES_PROOF).files) == 1
    assert any("附加扫描件“营业执照.png”" in str(e.text) for e in app.history)


@pytest.mark.parametrize("name, content, message", [
    ("scan.exe", b"MZ\x90\x00", "不是 PDF、JPG 或 PNG 文件"),
    ("scan.pdf", b"just text, renamed", "不是有效的 PDF 文件"),
    ("photo.jpg", PNG, "不是有效的 JPG 文件"),
], ids=["exe", "text-named-pdf", "png-named-jpg"])
def test_only_real_pdf_jpg_png_scans_are_accepted(svc, district, tmp_path, name, content, message):
    app = svc.create(add_nursery(district.factory), K.INITIAL)
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ValidationError, match=message):
        svc.attach_file(app.material(M.LICENCE).id, path)
    assert Attachments(district.factory).count() == 0


def test_materials_are_frozen_after_the_decision(svc, district, tmp_path):
    app = accepted(svc, add_nursery(district.factory))
    with pytest.raises(ConflictError, match="材料不能再修改"):
        svc.update_material(app.materials[0].id, MaterialUpdate(False))
    scan = tmp_path / "a.png"
    scan.write_bytes(PNG)
    with pytest.raises(ConflictError, match="材料不能再修改"):
        svc.attach_file(app.materials[0].id, scan)


def test_under_check_helper_leaves_everything_checked(svc, district):
    app = under_check(svc, add_nursery(district.factory))
    assert all(m.result is MaterialResult.OK for m in app.materials if m.required)


def test_a_filed_application_refuses_material_checks_saying_why(svc, district):
    app = accepted(svc, add_nursery(district.factory))
    with pytest.raises(ConflictError, match="^申请已备案（已出具回执），材料不能再审核。$"):
        svc.check_material(app.materials[0].id, MaterialResult.OK)
