"""The intake dialog on a saved record that breaks a rule tightened since: shown, not blocking an edit elsewhere."""

from __future__ import annotations

import pytest

from tests.ui.registry.test_intake_dialog import boxes, click_save, edit_cell, existing_draft, retype  # noqa: F401
from tests.unit.registry.test_existing_errors import TIGHTER
from workstation.models.registry.class_table_model import ClassTableModel
from workstation.services.district.service import DistrictService
from workstation.services.registry.intake import IntakeService
from workstation.ui.registry import IntakeDialog


@pytest.fixture
def opened(qtbot, district, actor):
    record = IntakeService(district.factory, actor).create(existing_draft())  # 12 children, 3 caregivers at 1:5
    intake = IntakeService(district.factory, actor, rules=TIGHTER)  # the district's 1:3 needs 4
    dialog = IntakeDialog(intake, DistrictService(district.factory, actor).get(), record.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return record, intake, dialog


def test_existing_error_is_shown_and_an_unrelated_edit_saves(qtbot, type_text, opened):
    record, intake, dialog = opened
    assert dialog.panel.has_errors() is False
    existing = [f for f in dialog.panel.findings() if f.code == "R-RATIO"]
    assert existing and existing[0].is_existing
    assert "原有" in dialog.panel.summary()
    retype(qtbot, type_text, dialog.ui.phoneEdit, "023-68881234")
    qtbot.waitUntil(lambda: not dialog.check_timer.isActive())
    assert dialog.ui.saveButton.isEnabled()
    with qtbot.waitSignal(dialog.saved):
        click_save(qtbot, dialog)
    assert intake.get(record.id).draft.phone == "023-68881234"


def test_editing_the_broken_class_without_fixing_it_blocks(qtbot, type_text, opened):
    _record, _intake, dialog = opened
    edit_cell(qtbot, type_text, dialog, 0, ClassTableModel.ENROLLED, 13)
    qtbot.waitUntil(lambda: not dialog.check_timer.isActive() and dialog.panel.has_errors())
    assert not dialog.ui.saveButton.isEnabled()
    edit_cell(qtbot, type_text, dialog, 0, ClassTableModel.CAREGIVERS, 5)
    qtbot.waitUntil(lambda: not dialog.check_timer.isActive() and dialog.ui.saveButton.isEnabled())
    assert not [f for f in dialog.panel.findings() if f.code == "R-RATIO"]
