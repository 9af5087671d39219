"""Walk: a new initial filing with no material ticked was submitted at once, without a word. The domain lets
it through (§18.2: SUBMITTED, then the materials check returns what is missing for 补正, all at once), so the
service still accepts it; the clerk is warned first, told how many required materials are missing, and the
warning's default button (Enter, Esc) goes back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from test_filing_page import TODAY, add_nursery, errors, make_service, open_dialog  # noqa: F401 (fixture)

from workstation.domain.filing import FilingAction, FilingKind, FilingState
from workstation.domain.filing_rules import MaterialType
from workstation.services.common.context import Actor
from workstation.services.filing import MaterialUpdate
from workstation.ui.filing import FilingPage

CLERK = Actor("c", "王登记", "CLERK")
GO_BACK, SUBMIT_ANYWAY = "返回补齐材料", "仍然提交"


def draft_dialog(qtbot, district, errors):  # noqa: F811
    svc = make_service(district, CLERK)
    draft = svc.create(add_nursery(district.factory, 1), FilingKind.INITIAL)
    page = FilingPage(svc, today=lambda: TODAY)
    qtbot.addWidget(page)
    dialog = open_dialog(qtbot, page, draft.id, errors)
    dialog.show()
    qtbot.waitExposed(dialog)
    return svc, dialog


def answer_warning(qtbot, answer) -> list[QMessageBox]:
    """Once the dialog's next question is up, note it and answer it with `answer(box)`."""
    seen: list[QMessageBox] = []

    def respond() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box)
            answer(box)

    QTimer.singleShot(0, respond)
    return seen


def test_submitting_with_no_material_ticked_warns_and_enter_goes_back(qtbot, district, errors):  # noqa: F811
    _svc, dialog = draft_dialog(qtbot, district, errors)
    required = [m for m in dialog.view.materials if m.required]
    assert required and not any(m.provided for m in required)
    facts: list = []

    def press_enter(box: QMessageBox) -> None:
        facts.append((box.text(), box.defaultButton().text(), box.escapeButton().text(), box.icon()))
        qtbot.keyClick(box, Qt.Key.Key_Return)

    seen = answer_warning(qtbot, press_enter)
    qtbot.mouseClick(dialog.action_buttons[FilingAction.SUBMIT], Qt.MouseButton.LeftButton)

    assert len(seen) == 1, "no warning before submitting"
    text, default, escape, icon = facts[0]
    assert text.startswith(f"还有 {len(required)} 项必需材料未勾选“已提供”：托育机构备案书、备案承诺书、")
    assert (default, escape, icon) == (GO_BACK, GO_BACK, QMessageBox.Icon.Warning)
    assert dialog.view.state is FilingState.DRAFT and errors == []


def test_the_clerk_may_still_submit_an_incomplete_application(qtbot, district, errors):  # noqa: F811
    svc, dialog = draft_dialog(qtbot, district, errors)
    licence = dialog.view.material(MaterialType.LICENCE)
    svc.update_material(licence.id, MaterialUpdate(True))
    dialog.reload()
    missing = sum(m.required and not m.provided for m in dialog.view.materials)

    seen = answer_warning(qtbot, lambda box: next(b for b in box.buttons() if b.text() == SUBMIT_ANYWAY).click())
    qtbot.mouseClick(dialog.action_buttons[FilingAction.SUBMIT], Qt.MouseButton.LeftButton)

    assert len(seen) == 1 and seen[0].text().startswith(f"还有 {missing} 项必需材料")
    assert "营业执照" not in seen[0].text().split("。")[0]  # the ticked one is not named
    assert dialog.view.state is FilingState.SUBMITTED and errors == []


def test_no_warning_when_every_required_material_is_ticked(qtbot, district, errors):  # noqa: F811
    svc, dialog = draft_dialog(qtbot, district, errors)
    for material in dialog.view.materials:
        if material.required:
            svc.update_material(material.id, MaterialUpdate(True))
    dialog.reload()
    dialog.confirm_incomplete = lambda title, text: pytest.fail(f"unexpected warning: {text}")
    qtbot.mouseClick(dialog.action_buttons[FilingAction.SUBMIT], Qt.MouseButton.LeftButton)
    assert dialog.view.state is FilingState.SUBMITTED and errors == []


def test_the_warning_in_english(qtbot, qapp, translators, district, errors):  # noqa: F811
    from workstation.i18n.translation import install_translator

    translators.extend(install_translator(qapp, "en"))
    _svc, dialog = draft_dialog(qtbot, district, errors)
    asked: list = []
    dialog.confirm_incomplete = lambda title, text: asked.append((title, text)) and False
    qtbot.mouseClick(dialog.action_buttons[FilingAction.SUBMIT], Qt.MouseButton.LeftButton)
    title, text = asked[0]
    assert title == "Submit" and text.startswith("Required materials not ticked as provided: 8 (托育机构备案书, ")
    assert "Submit anyway, or go back" in text and dialog.view.state is FilingState.DRAFT
