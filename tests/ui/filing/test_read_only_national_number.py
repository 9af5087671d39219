"""Walk: 科室负责人's 备案信息 tab showed 全国系统备案编号 and its date white and editable-looking among the greyed
fields a manager may not change (they were read-only, without looking it). A field the user may not change
looks like the fields the dialog disables beside it, and its text can still be selected and copied; a
withdrawn application's number is read-only for the clerk too (the service refuses it)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLineEdit
from test_filing_page import TODAY, add_nursery, errors, make_service, open_dialog, ready  # noqa: F401 (fixture)

from workstation.domain.filing import FilingAction, FilingState
from workstation.services.common.context import Actor
from workstation.services.filing import FilingInfo
from workstation.ui.filing import FilingPage

MANAGER = Actor("m", "李科长", "MANAGER")
CLERK = Actor("c", "王登记", "CLERK")
NUMBER = "TY-500107-88"


def accepted_with_number(district):
    svc = make_service(district)
    app = ready(svc, add_nursery(district.factory, 1))
    app = svc.act(app.id, FilingAction.ACCEPT, app.version)
    return svc.update_info(app.id, app.version, dataclasses.replace(FilingInfo(), national_filing_no=NUMBER))


def info_tab_as(qtbot, district, actor, app_id, errors):  # noqa: F811
    page = FilingPage(make_service(district, actor), today=lambda: TODAY)
    qtbot.addWidget(page)
    dialog = open_dialog(qtbot, page, app_id, errors)
    dialog.ui.tabs.setCurrentWidget(dialog.ui.infoTab)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def background(edit: QLineEdit) -> QColor:
    """The field's painted background, right of any text."""
    image = edit.grab().toImage()
    return image.pixelColor(image.width() - 8, image.height() // 2)


def test_the_managers_national_number_looks_read_only_and_can_be_copied(qtbot, district, errors):  # noqa: F811
    app = accepted_with_number(district)
    clerk = info_tab_as(qtbot, district, CLERK, app.id, errors).ui
    manager_dialog = info_tab_as(qtbot, district, MANAGER, app.id, errors)
    ui = manager_dialog.ui
    editable, disabled = background(clerk.nationalNoEdit), background(clerk.signerEdit)  # (decided: disabled)
    assert editable != disabled  # the style tells them apart, or this test proves nothing

    for edit in (ui.nationalNoEdit, ui.nationalDateEdit):
        assert edit.isReadOnly() and edit.isEnabled()
        assert background(edit) == disabled, edit.objectName()
    assert background(ui.signerEdit) == disabled
    ui.nationalNoEdit.setFocus()
    qtbot.keyClicks(ui.nationalNoEdit, "X")
    assert ui.nationalNoEdit.text() == NUMBER and not manager_dialog.has_unsaved()
    ui.nationalNoEdit.selectAll()
    assert ui.nationalNoEdit.selectedText() == NUMBER  # still selectable, to be copied

    assert not clerk.nationalNoEdit.isReadOnly()  # the clerk records it after the decision
    assert errors == []


def test_a_withdrawn_applications_national_number_is_read_only_for_the_clerk(qtbot, district, errors):  # noqa: F811
    svc = make_service(district)
    app = ready(svc, add_nursery(district.factory, 1), checked=False)
    app = svc.act(app.id, FilingAction.WITHDRAW, app.version, "机构撤回")
    assert app.state is FilingState.WITHDRAWN
    dialog = info_tab_as(qtbot, district, CLERK, app.id, errors)
    ui = dialog.ui
    for edit in (ui.nationalNoEdit, ui.nationalDateEdit):
        assert edit.isReadOnly() and background(edit) == background(ui.signerEdit), edit.objectName()


def test_editable_again_in_the_usual_colours(qtbot, district, errors):  # noqa: F811
    app = accepted_with_number(district)
    dialog = info_tab_as(qtbot, district, CLERK, app.id, errors)
    ui = dialog.ui
    usual = background(ui.nationalNoEdit)
    view = dialog.view
    dialog.info.show(dataclasses.replace(view, may_edit=False))
    assert ui.nationalNoEdit.isReadOnly() and background(ui.nationalNoEdit) != usual
    dialog.info.show(view)
    assert not ui.nationalNoEdit.isReadOnly() and background(ui.nationalNoEdit) == usual
    ui.nationalNoEdit.setFocus()
    qtbot.keyClick(ui.nationalNoEdit, Qt.Key.Key_End)
    qtbot.keyClicks(ui.nationalNoEdit, "9")
    assert ui.nationalNoEdit.text() == NUMBER + "9" and dialog.has_unsaved()
    dialog.info.show(view)  # the typed text dropped: closing asks nothing
    assert not dialog.has_unsaved()
