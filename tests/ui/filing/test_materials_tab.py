"""The 材料清单 tab as the walkthrough used it: columns that keep filling the table, the checker by
name, and no material buttons on a decided filing."""

from __future__ import annotations

import datetime as dt

import pytest
from filing_support import CLERK, Clock, accepted, act, add_nursery, draft, provide_all, service
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from workstation.domain.filing import FilingAction, FilingKind, FilingState
from workstation.domain.filing_rules import MaterialResult
from workstation.services.accounts import AuthService
from workstation.ui.filing.application_dialog import FilingApplicationDialog
from workstation.ui.filing.materials_table import MaterialsTable

LEFT = Qt.MouseButton.LeftButton


def open_dialog(qtbot, svc, app_id: int) -> FilingApplicationDialog:
    dialog = FilingApplicationDialog(svc, app_id)
    qtbot.addWidget(dialog)
    dialog.show_error = lambda message: pytest.fail(f"unexpected message: {message}")
    dialog.confirm = lambda _title, _text: True
    dialog.resize(1000, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.fixture
def submitted(district):
    AuthService(district.factory).create_first_admin(CLERK.username, "王登记", "correct horse 1")
    svc = service(district, Clock(dt.date(2026, 12, 4)), actor=CLERK)
    app = act(svc, provide_all(svc, draft(svc, add_nursery(district.factory), FilingKind.INITIAL)), FilingAction.SUBMIT)
    return svc, app


def widths(dialog: FilingApplicationDialog) -> list[int]:
    table = dialog.ui.materialsTable
    return [table.columnWidth(c) for c in range(table.columnCount())]


def test_the_columns_keep_filling_the_table_after_starting_the_check(qtbot, submitted):
    svc, app = submitted
    dialog = open_dialog(qtbot, svc, app.id)
    table = dialog.ui.materialsTable
    QApplication.processEvents()  # laid out and painted, as the clerk sees it
    material_width = widths(dialog)[MaterialsTable.MATERIAL]

    qtbot.mouseClick(dialog.action_buttons[FilingAction.START_CHECK], LEFT)
    QApplication.processEvents()

    assert dialog.view.state is FilingState.MATERIALS_CHECK
    assert sum(widths(dialog)) >= table.viewport().width()  # no empty band at the right
    assert widths(dialog)[MaterialsTable.MATERIAL] >= material_width


def test_the_checker_is_shown_by_name_not_account(qtbot, submitted):
    svc, app = submitted
    dialog = open_dialog(qtbot, svc, app.id)
    qtbot.mouseClick(dialog.action_buttons[FilingAction.START_CHECK], LEFT)
    dialog.ui.materialsTable.selectRow(0)

    qtbot.mouseClick(dialog.ui.checkOkButton, LEFT)

    shown = dialog.ui.materialsTable.item(0, MaterialsTable.CHECKED).text()
    assert shown.startswith("王登记 2026-12-04"), shown


def test_a_filed_application_offers_no_material_buttons(qtbot, district):
    svc = service(district, Clock(dt.date(2026, 12, 4)))
    app = accepted(svc, add_nursery(district.factory))
    dialog = open_dialog(qtbot, svc, app.id)

    assert dialog.view.state is FilingState.ACCEPTED
    ui = dialog.ui
    assert [b.isEnabled() for b in (ui.attachButton, ui.checkOkButton, ui.flagButton)] == [False, False, False]
    assert ui.viewButton.isEnabled()  # its scans can still be looked at


def test_selected_materials_pass_at_once_and_unprovided_ones_are_named(qtbot, submitted):
    svc, app = submitted
    dialog = open_dialog(qtbot, svc, app.id)
    qtbot.mouseClick(dialog.action_buttons[FilingAction.START_CHECK], LEFT)
    messages: list[str] = []
    dialog.show_error = messages.append
    table = dialog.ui.materialsTable
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # every row, as a clerk selects them
    assert len(dialog.materials.selected_all()) == len(dialog.view.materials)
    qtbot.mouseClick(dialog.ui.checkOkButton, LEFT)
    provided = [m for m in dialog.view.materials if m.provided]
    unprovided = [m for m in dialog.view.materials if not m.provided]
    assert provided and unprovided  # the fixture provides the required materials only
    assert all(m.result is MaterialResult.OK for m in provided) and all(m.result is None for m in unprovided)
    assert len(messages) == 1 and all(m.title in messages[0] for m in unprovided)
    checked = [str(e.text) for e in dialog.view.history if "审核材料" in str(e.text)]
    assert len(checked) == len(provided)  # one history line per material, as one by one
