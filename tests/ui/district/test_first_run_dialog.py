"""The first-run dialog creates the district, or keeps the input and says what is wrong."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit

from workstation.domain.enums import LegalNature
from workstation.services.district.service import DistrictService
from workstation.ui.first_run_dialog import CODE_COLUMN, NAME_COLUMN, FirstRunDialog


@pytest.fixture
def service(database, actor) -> DistrictService:
    return DistrictService(database.factory, actor)


@pytest.fixture
def dialog(qtbot, service) -> FirstRunDialog:
    dialog = FirstRunDialog(service)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def click_ok(qtbot, dialog: FirstRunDialog) -> None:
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def type_cell(qtbot, type_text, dialog: FirstRunDialog, row: int, column: int, text: str) -> None:
    """Open the cell's editor as a user would (F2) and type into it."""
    table = dialog.ui.streetTable
    table.setCurrentCell(row, column)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.focusWidget()  # the open editor (closed ones linger until deleted)
    assert isinstance(editor, QLineEdit), "no cell editor opened"
    type_text(editor, text)


def fill_valid(qtbot, type_text, dialog: FirstRunDialog) -> None:
    type_text(dialog.ui.divisionCodeEdit, "500107")
    type_text(dialog.ui.nameEdit, "九龙坡区")
    type_text(dialog.ui.populationEdit, "1530000")
    type_cell(qtbot, type_text, dialog, 0, CODE_COLUMN, "500107001")
    type_cell(qtbot, type_text, dialog, 0, NAME_COLUMN, "杨家坪街道")


def test_invalid_division_code_shows_message_and_keeps_dialog_open(qtbot, type_text, dialog, service):
    fill_valid(qtbot, type_text, dialog)
    dialog.ui.divisionCodeEdit.clear()
    qtbot.keyClicks(dialog.ui.divisionCodeEdit, "990101")

    click_ok(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.ui.errorLabel.isVisible()
    assert "前两位“99”不是有效的省级代码" in dialog.ui.errorLabel.text()
    assert dialog.ui.divisionCodeEdit.text() == "990101"  # input kept
    assert dialog.ui.nameEdit.text() == "九龙坡区"
    assert dialog.focusWidget() is dialog.ui.divisionCodeEdit
    assert service.get() is None


def test_valid_input_creates_the_district(qtbot, type_text, dialog, service):
    fill_valid(qtbot, type_text, dialog)
    dialog.nature_boxes[LegalNature.FOR_PROFIT].setChecked(True)

    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        click_ok(qtbot, dialog)

    settings = service.get()
    assert settings is not None
    assert (settings.division_code, settings.name, settings.resident_population) == ("500107", "九龙坡区", 1530000)
    assert [(s.code, s.name) for s in settings.streets] == [("500107001", "杨家坪街道")]
    assert settings.approval_natures == (LegalNature.FOR_PROFIT,)
    assert dialog.settings == settings


def test_bad_street_code_selects_the_offending_row(qtbot, type_text, dialog, service):
    fill_valid(qtbot, type_text, dialog)
    qtbot.mouseClick(dialog.ui.addStreetButton, Qt.MouseButton.LeftButton)
    type_cell(qtbot, type_text, dialog, 1, CODE_COLUMN, "600107002")
    type_cell(qtbot, type_text, dialog, 1, NAME_COLUMN, "外区街道")

    click_ok(qtbot, dialog)

    assert "应以本区县代码“500107”开头" in dialog.ui.errorLabel.text()
    assert dialog.ui.streetTable.currentRow() == 1
    assert service.get() is None


def test_population_must_be_a_number(qtbot, type_text, dialog, service):
    fill_valid(qtbot, type_text, dialog)
    dialog.ui.populationEdit.clear()
    type_text(dialog.ui.populationEdit, "约一百万")

    click_ok(qtbot, dialog)

    assert "常住人口应填写整数" in dialog.ui.errorLabel.text()
    assert dialog.focusWidget() is dialog.ui.populationEdit
    assert service.get() is None


def test_blank_street_rows_are_ignored_and_rows_can_be_removed(qtbot, type_text, dialog, service):
    fill_valid(qtbot, type_text, dialog)
    table = dialog.ui.streetTable
    qtbot.mouseClick(dialog.ui.addStreetButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ui.addStreetButton, Qt.MouseButton.LeftButton)
    assert table.rowCount() == 3
    table.selectRow(2)
    qtbot.mouseClick(dialog.ui.removeStreetButton, Qt.MouseButton.LeftButton)
    assert table.rowCount() == 2  # row 1 stays blank

    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        click_ok(qtbot, dialog)
    assert len(service.get().streets) == 1


def test_approval_choices_are_the_eligible_natures(dialog):
    assert LegalNature.SOCIAL_SERVICE in dialog.nature_boxes
    assert LegalNature.FOR_PROFIT in dialog.nature_boxes
    assert LegalNature.PUBLIC_INSTITUTION not in dialog.nature_boxes
    assert dialog.nature_boxes[LegalNature.SOCIAL_SERVICE].text() == LegalNature.SOCIAL_SERVICE.zh


def test_cancel_creates_nothing(qtbot, type_text, dialog, service):
    fill_valid(qtbot, type_text, dialog)
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert service.get() is None
