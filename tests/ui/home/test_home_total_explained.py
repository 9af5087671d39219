"""首页's 机构总数 says what it counts: registered nurseries not yet cancelled or closed (domain/counting.py),
while 机构登记's 共 … 家 counts every nursery (intake records, cancelled and closed ones too)."""

from __future__ import annotations

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
    assert shown.ui.nurseriesCard.toolTip().startswith("Nurseries registered and not yet cancelled or closed")
