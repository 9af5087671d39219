"""The intake form's warnings in English mode come out in English (they were built as Chinese strings)."""

from __future__ import annotations

import pytest
from test_intake_dialog import (  # noqa: F401 (fixtures: boxes, dialog, intake, open_dialog)
    USCC_OTHER,
    boxes,
    choose,
    dialog,
    intake,
    open_dialog,
    wait_for_message,
)

from workstation.domain.enums import LegalNature
from workstation.i18n.translation import install_translator


@pytest.fixture(autouse=True)
def english(qapp, translators):
    translators.extend(install_translator(qapp, "en"))


def test_intake_warnings_are_english_in_english_mode(qtbot, type_text, dialog):  # noqa: F811
    dialog.ui.tabs.setCurrentWidget(dialog.ui.registrationTab)
    type_text(dialog.ui.businessScopeEdit, "餐饮服务、日用百货销售")
    wait_for_message(qtbot, dialog, "未提及“托育”")  # (the finding as the service made it)
    tip = dialog.ui.businessScopeEdit.toolTip()
    assert "The registered business scope does not mention childcare" in tip and "未提及" not in tip
    summary = dialog.panel.summary()
    assert "1 warning needs a reason for saving." in summary and "；" not in summary and "(s)" not in summary

    choose(dialog.ui.legalNatureCombo, LegalNature.SOCIAL_SERVICE)
    type_text(dialog.ui.usccEdit, USCC_OTHER)  # 91… is a for-profit code
    wait_for_message(qtbot, dialog, "前两位为“91”")
    tip = dialog.ui.usccEdit.toolTip()
    assert "The USCC starts with “91”, not the “52” the legal nature" in tip and "统一社会信用代码" not in tip
    assert LegalNature.SOCIAL_SERVICE.en in tip
