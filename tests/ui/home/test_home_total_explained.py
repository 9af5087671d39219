"""首页's 机构总数 says what it counts: registered nurseries not yet cancelled or closed (domain/counting.py),
while 机构登记's 共 … 家 counts every nursery (intake records, cancelled and closed ones too); the tooltip is a
wrapped paragraph in either language, not one line across the screen."""

from __future__ import annotations

import pytest
from PySide6.QtGui import Qt  # (QtGui's Qt namespace carries mightBeRichText)
from PySide6.QtWidgets import QLabel

from workstation.domain.counting import NOT_COUNTED
from workstation.domain.district import DistrictSettings
from workstation.domain.enums import InstitutionStatus
from workstation.i18n.translation import install_translator
from workstation.ui.home.home_page import HomePage


def page(qtbot) -> HomePage:
    shown = HomePage(home=None, district=DistrictSettings("500107", "九龙坡区", None, (), ()))
    qtbot.addWidget(shown)
    return shown  # (held by the test: its labels live as long as the page)


def test_the_total_names_what_it_leaves_out(qtbot):
    shown = page(qtbot)
    assert NOT_COUNTED == {InstitutionStatus.INTAKE, InstitutionStatus.CANCELLED, InstitutionStatus.CLOSED_UNFILED}
    tip = shown.ui.nurseriesCard.toolTip()
    assert all(word in tip for word in ("意向登记", "已注销", "未备案已关闭", "机构登记"))


def test_in_english(qtbot, qapp, translators):
    translators.extend(install_translator(qapp, "en"))
    shown = page(qtbot)
    assert "Nurseries registered and not yet cancelled or closed" in shown.ui.nurseriesCard.toolTip()


@pytest.mark.parametrize("language", ["zh", "en"])
def test_the_tooltip_is_wrapped(qtbot, qapp, translators, language):
    """Qt wraps a plain-text tooltip only past half the screen's width (960 px of a 1920 px screen: one long
    line; this test's offscreen screen is 800 px wide), a rich text at its size hint (ui/common/tooltips)."""
    if language == "en":
        translators.extend(install_translator(qapp, "en"))
    shown = page(qtbot)
    tip = shown.ui.nurseriesCard.toolTip()
    assert Qt.mightBeRichText(tip)
    label = QLabel()  # as QToolTip lays a rich text out: word-wrapped at its size hint
    label.setWordWrap(True)
    label.setText(tip)
    lines = label.sizeHint().height() / label.fontMetrics().lineSpacing()
    assert 240 <= label.sizeHint().width() <= 640 and lines >= 2, (label.sizeHint(), lines)
    assert ("未备案已关闭" if language == "zh" else "closed before filing") in label.text()
