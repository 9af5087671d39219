"""Issue 17: the intake form enforces the same field lengths as the service and the imports; a 100 KB
业务范围 typed or pasted is refused at its field and cannot be saved."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from workstation.domain.enums import LegalNature
from workstation.services.district.service import DistrictService
from workstation.services.registry.intake import IntakeService
from workstation.ui.registry import IntakeDialog


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch):
    """Closing the dialog with typed input asks first: answer 是 (discard) without a modal box."""
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Yes))


@pytest.fixture
def dialog(qtbot, district, actor) -> IntakeDialog:
    dialog = IntakeDialog(IntakeService(district.factory, actor), DistrictService(district.factory, actor).get())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def fill_minimal(type_text, dialog: IntakeDialog) -> None:
    type_text(dialog.ui.nameEdit, "彩虹桥托育园")
    combo = dialog.ui.legalNatureCombo
    combo.setCurrentIndex(combo.findData(LegalNature.FOR_PROFIT.value))
    type_text(dialog.ui.addressEdit, "谢家湾正街1号")


def messages(dialog: IntakeDialog) -> list[str]:
    return list(dialog.panel.messages())


def test_a_pasted_100_kb_business_scope_is_refused_at_its_field(qtbot, type_text, dialog):
    fill_minimal(type_text, dialog)
    QApplication.clipboard().setText("托育服务" * 25_000)
    dialog.ui.businessScopeEdit.setFocus()
    dialog.ui.businessScopeEdit.paste()
    qtbot.waitUntil(lambda: any("业务（经营）范围过长：100000字，最多2000字" in m for m in messages(dialog)))
    assert not dialog.ui.saveButton.isEnabled()
    assert dialog.ui.businessScopeEdit.property("finding") == "error"


def test_a_typed_100_kb_business_scope_is_refused_too(qtbot, type_text, dialog):
    fill_minimal(type_text, dialog)
    type_text(dialog.ui.businessScopeEdit, "婴幼儿照护" * 20_000)
    qtbot.waitUntil(lambda: any("业务（经营）范围过长" in m for m in messages(dialog)))
    assert not dialog.ui.saveButton.isEnabled()


def test_one_line_fields_take_no_more_than_their_limit(qtbot, type_text, dialog):
    dialog.ui.addressEdit.setFocus()
    dialog.ui.addressEdit.insert("杨家坪正街" * 100)  # as a paste does
    dialog.ui.nameEdit.insert("托" * 500)
    assert (len(dialog.ui.addressEdit.text()), len(dialog.ui.nameEdit.text())) == (300, 200)
