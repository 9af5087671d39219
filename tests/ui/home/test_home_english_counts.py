"""首页 in English counts a district's streets in the singular for one: "1 street/township"."""

from __future__ import annotations

from workstation.domain.district import DistrictSettings, StreetInfo
from workstation.i18n.translation import install_translator
from workstation.ui.home.home_page import HomePage


def district_line(qtbot, streets: int) -> str:
    district = DistrictSettings("500107", "九龙坡区", None, (),
                                tuple(StreetInfo(f"500107{i:03d}", f"街道{i}") for i in range(1, streets + 1)))
    page = HomePage(home=None, district=district)  # the district line needs no database
    qtbot.addWidget(page)
    return page.ui.districtLabel.text()


def test_one_street_is_counted_in_the_singular(qtbot, qapp, translators):
    translators.extend(install_translator(qapp, "en"))
    assert district_line(qtbot, 1) == "九龙坡区 (division code 500107), 1 street/township"
    assert district_line(qtbot, 2) == "九龙坡区 (division code 500107), 2 streets/townships"


def test_chinese_line_is_unchanged(qtbot):
    assert district_line(qtbot, 1) == "九龙坡区（行政区划代码 500107），街道（乡镇）1 个"
