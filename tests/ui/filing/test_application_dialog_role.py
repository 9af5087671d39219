"""Walk: 科室负责人 opened an application under materials check: 审核通过, 需补正 and 添加扫描件 were offered and
the materials could be ticked; only a click said “当前角色（科室负责人）无权办理备案”. A role that may not handle
filings (it may still decide: 受理, 核实, 通知不符合要求) sees materials, information and change items
read-only, without their buttons, and a line saying why; the service still refuses."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from test_filing_page import TODAY, add_nursery, errors, make_service, open_dialog, ready  # noqa: F401 (fixture)

from workstation.domain.enums import InstitutionStatus
from workstation.domain.errors import PermissionDenied
from workstation.domain.filing import FilingAction, FilingKind
from workstation.domain.filing_rules import MaterialResult
from workstation.services.common.context import Actor
from workstation.ui.filing import FilingPage

MANAGER = Actor("m", "李科长", "MANAGER")
CLERK = Actor("c", "王登记", "CLERK")


def dialog_as(qtbot, district, actor, app_id, errors):  # noqa: F811
    page = FilingPage(make_service(district, actor), today=lambda: TODAY)
    qtbot.addWidget(page)
    return open_dialog(qtbot, page, app_id, errors)


def edit_widgets(ui):
    return (ui.attachButton, ui.checkOkButton, ui.flagButton, ui.saveInfoButton)


def test_a_manager_sees_the_materials_and_information_read_only_and_why(qtbot, district, errors):  # noqa: F811
    app = ready(make_service(district), add_nursery(district.factory, 1), checked=False)
    dialog = dialog_as(qtbot, district, MANAGER, app.id, errors)
    ui, table = dialog.ui, dialog.materials

    assert list(dialog.action_buttons) == [FilingAction.ACCEPT]  # the manager decides
    assert all(button.isHidden() for button in edit_widgets(ui))
    assert not dialog.role_note.isHidden() and "当前角色无权办理备案" in dialog.role_note.text()
    assert "无权办理备案" in ui.materialsTable.toolTip() and "无权办理备案" in ui.infoTab.toolTip()
    for row in range(ui.materialsTable.rowCount()):
        assert not ui.materialsTable.item(row, table.PROVIDED).flags() & Qt.ItemFlag.ItemIsUserCheckable
        assert not ui.materialsTable.item(row, table.VALID_UNTIL).flags() & Qt.ItemFlag.ItemIsEditable
        combo = ui.materialsTable.cellWidget(row, table.DETAIL)
        assert combo is None or not combo.isEnabled()
    assert not ui.signerEdit.isEnabled() and not ui.channelCombo.isEnabled() and ui.nationalNoEdit.isReadOnly()

    with pytest.raises(PermissionDenied, match="无权办理备案"):  # the service refuses as before
        make_service(district, MANAGER).check_material(app.materials[0].id, MaterialResult.OK)
    assert errors == []


def test_a_clerk_keeps_every_editing_control(qtbot, district, errors):  # noqa: F811
    app = ready(make_service(district), add_nursery(district.factory, 1), checked=False)
    dialog = dialog_as(qtbot, district, CLERK, app.id, errors)
    ui, table = dialog.ui, dialog.materials
    assert not any(button.isHidden() for button in edit_widgets(ui)) and dialog.role_note.isHidden()
    assert ui.materialsTable.toolTip() == ""
    assert ui.materialsTable.item(0, table.PROVIDED).flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert ui.signerEdit.isEnabled() and not ui.nationalNoEdit.isReadOnly()


def test_a_manager_cannot_edit_the_change_items(qtbot, district, errors):  # noqa: F811
    svc = make_service(district)
    draft = svc.create(add_nursery(district.factory, 1, status=InstitutionStatus.FILED), FilingKind.CHANGE)
    dialog = dialog_as(qtbot, district, MANAGER, draft.id, errors)
    ui = dialog.ui
    assert not dialog.changes.editable
    assert all(b.isHidden() for b in (ui.addChangeButton, ui.removeChangeButton, ui.saveChangesButton))
    assert dialog.action_buttons == {}  # 提交申请 and 撤回 are the clerk's
