"""Walk: 科室负责人 opened an application whose materials were not all checked and 受理备案并出具回执 was
enabled; only the click said the service refuses. An action the service would refuse from the
application's content (R-MAT: every required material provided and checked; R-HYG: hygiene report
合格; a change item; an item flagged before 退回补正) is offered disabled, for every role that is offered it,
with its tooltip and the line above the buttons saying why; the service still refuses on its own."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from test_filing_page import TODAY, add_nursery, errors, make_service, open_dialog, ready  # noqa: F401 (fixture)

from workstation.domain.enums import InstitutionStatus
from workstation.domain.errors import ValidationError
from workstation.domain.filing import FilingAction, FilingKind
from workstation.domain.filing_rules import HygieneRating, MaterialType
from workstation.services.common.context import Actor
from workstation.services.filing import MaterialUpdate
from workstation.ui.filing import FilingPage

MANAGER = Actor("m", "李科长", "MANAGER")
CLERK = Actor("c", "王登记", "CLERK")
NOT_CHECKED = "不能受理备案并出具回执：材料“托育机构备案书”尚未审核通过；材料“备案承诺书”尚未审核通过"


def dialog_as(qtbot, district, actor, app_id, errors):  # noqa: F811
    page = FilingPage(make_service(district, actor), today=lambda: TODAY)
    qtbot.addWidget(page)
    dialog = open_dialog(qtbot, page, app_id, errors)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def note_of(dialog) -> str:
    label = dialog.ui.actionNoteLabel
    return label.text() if label.isVisible() else ""


@pytest.mark.parametrize("who", [MANAGER, CLERK], ids=["manager", "clerk"])
def test_acceptance_with_materials_not_all_checked_is_disabled_and_says_why(qtbot, district, errors, who):  # noqa: F811
    app = ready(make_service(district), add_nursery(district.factory, 1), checked=False)
    dialog = dialog_as(qtbot, district, who, app.id, errors)

    accept = dialog.action_buttons[FilingAction.ACCEPT]
    assert not accept.isEnabled()
    assert accept.toolTip().startswith(NOT_CHECKED)
    assert NOT_CHECKED in note_of(dialog)
    qtbot.mouseClick(accept, Qt.MouseButton.LeftButton)
    assert errors == [] and dialog.view.state.value == "MATERIALS_CHECK"

    with pytest.raises(ValidationError, match="尚未审核通过"):  # the service refuses on its own
        make_service(district, who).act(app.id, FilingAction.ACCEPT, app.version)


@pytest.mark.parametrize("who", [MANAGER, CLERK], ids=["manager", "clerk"])
def test_acceptance_is_enabled_once_every_required_material_is_checked(qtbot, district, errors, who):  # noqa: F811
    app = ready(make_service(district), add_nursery(district.factory, 1), checked=True)
    dialog = dialog_as(qtbot, district, who, app.id, errors)

    accept = dialog.action_buttons[FilingAction.ACCEPT]
    assert accept.isEnabled() and accept.toolTip() == ""
    assert "受理" not in note_of(dialog)


def test_the_clerk_checking_the_last_material_enables_acceptance(qtbot, district, errors):  # noqa: F811
    svc = make_service(district)
    app = ready(svc, add_nursery(district.factory, 1), checked=True)
    hygiene = app.material(MaterialType.HYGIENE_EVALUATION)
    svc.update_material(hygiene.id, MaterialUpdate(True, rating=HygieneRating.UNQUALIFIED))  # voids its check
    dialog = dialog_as(qtbot, district, CLERK, app.id, errors)
    accept = dialog.action_buttons[FilingAction.ACCEPT]
    assert not accept.isEnabled()
    assert "材料“托幼机构卫生评价报告”尚未审核通过" in accept.toolTip()
    assert "托幼机构卫生评价报告的结论不是“合格”" in accept.toolTip()  # R-HYG

    table = dialog.materials
    combo = dialog.ui.materialsTable.cellWidget(table.row_of(MaterialType.HYGIENE_EVALUATION), table.DETAIL)
    combo.setCurrentIndex(combo.findData(HygieneRating.QUALIFIED))
    qtbot.waitUntil(lambda: dialog.view.material(MaterialType.HYGIENE_EVALUATION).rating is HygieneRating.QUALIFIED)
    assert not dialog.action_buttons[FilingAction.ACCEPT].isEnabled()  # rated, not yet checked
    dialog.ui.materialsTable.selectRow(table.row_of(MaterialType.HYGIENE_EVALUATION))
    qtbot.mouseClick(dialog.ui.checkOkButton, Qt.MouseButton.LeftButton)

    accept = dialog.action_buttons[FilingAction.ACCEPT]
    assert accept.isEnabled() and accept.toolTip() == "" and "受理" not in note_of(dialog)
    assert errors == []


def test_return_for_supplement_waits_for_a_flagged_material(qtbot, district, errors):  # noqa: F811
    app = ready(make_service(district), add_nursery(district.factory, 1), checked=True)
    dialog = dialog_as(qtbot, district, CLERK, app.id, errors)
    back = dialog.action_buttons[FilingAction.RETURN]
    assert not back.isEnabled()
    assert back.toolTip() == "不能退回补正：退回补正须至少标记一项缺失或不符合要求的材料。"
    assert back.toolTip() in note_of(dialog)
    assert dialog.action_buttons[FilingAction.WITHDRAW].isEnabled()  # (nothing in the content stops it)


def test_a_change_filing_without_change_items_cannot_be_submitted(qtbot, district, errors):  # noqa: F811
    svc = make_service(district)
    draft = svc.create(add_nursery(district.factory, 1, status=InstitutionStatus.FILED), FilingKind.CHANGE)
    dialog = dialog_as(qtbot, district, CLERK, draft.id, errors)
    submit = dialog.action_buttons[FilingAction.SUBMIT]
    assert not submit.isEnabled() and submit.toolTip() == "不能提交申请：变更备案须至少列明一项变更事项。"

    row = dialog.changes.add_row()
    dialog.changes.set_row(row, "director_name", "赵六", "原负责人退休")
    qtbot.mouseClick(dialog.ui.saveChangesButton, Qt.MouseButton.LeftButton)
    assert dialog.action_buttons[FilingAction.SUBMIT].isEnabled() and not note_of(dialog)
    assert errors == []


def test_a_role_offered_no_action_sees_no_note(qtbot, district, errors):  # noqa: F811
    app = ready(make_service(district), add_nursery(district.factory, 1), checked=False)
    dialog = dialog_as(qtbot, district, Actor("i", "检查员", "INSPECTOR"), app.id, errors)
    assert dialog.action_buttons == {} and not note_of(dialog)
