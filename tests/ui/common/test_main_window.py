"""Main window: navigation by list and Ctrl+N, placeholders, status bar, home figures."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from workstation.app import build_main_window
from workstation.services.home.figures import HomeService
from workstation.ui.areas import AREAS
from workstation.ui.home.home_page import HomePage
from workstation.ui.placeholder_page import PlaceholderPage

AREA_TITLES = ["首页", "机构登记", "备案管理", "监督检查", "收费公示", "名册报表", "禁入名单", "系统设置"]


@pytest.fixture
def window(qtbot, nurseries, actor):
    window = build_main_window(nurseries, actor)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def nav_titles(window) -> list[str]:
    nav = window.ui.navList
    return [nav.item(row).text() for row in range(nav.count())]


def click_nav(qtbot, window, row: int) -> None:
    nav = window.ui.navList
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(nav.item(row)).center())


def test_title_and_navigation_list(window):
    assert window.windowTitle() == "托育机构登记备案工作站 — 九龙坡区"
    assert nav_titles(window) == AREA_TITLES
    assert isinstance(window.ui.pages.currentWidget(), HomePage)


def test_clicking_the_list_switches_area(qtbot, window):
    with qtbot.waitSignal(window.area_changed) as changed:
        click_nav(qtbot, window, 2)
    assert changed.args == ["filing"]
    page = window.ui.pages.currentWidget()
    assert isinstance(page, PlaceholderPage)
    assert page.area_title == "备案管理"
    assert "备案管理" in page.message.text() and "正在建设中" in page.message.text()

    click_nav(qtbot, window, 0)
    assert window.current_area() == "home"


def test_every_area_has_a_page_named_after_it(window):
    for row, area in enumerate(AREAS[1:], start=1):
        page = window.ui.pages.widget(row)
        assert isinstance(page, PlaceholderPage)
        assert page.area_title == AREA_TITLES[row] == area.title


@pytest.mark.parametrize("number", range(1, 8))
def test_ctrl_number_shortcuts(qtbot, window, number):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    if number == 1:
        window.show_area("fees")  # start elsewhere so Ctrl+1 has something to do
    qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
    assert window.ui.navList.currentRow() == number - 1
    assert window.ui.pages.currentIndex() == number - 1
    assert window.current_area() == AREAS[number - 1].key


def test_status_bar_shows_database_and_user(window, nurseries):
    assert window.db_label.text() == f"数据库：{nurseries.location}"
    assert window.user_label.text() == "当前用户：测试员"
    assert window.db_label.isVisible() and window.user_label.isVisible()


def test_home_page_shows_what_the_service_reports(window, nurseries):
    summary = HomeService(nurseries.factory).summary()
    ui = window.home_page.ui
    # The SAMPLE nurseries (tests/ui/conftest.py), independently of the service:
    assert (summary.nurseries, summary.registered_not_filed) == (4, 2)
    assert (summary.places_total, summary.places_inclusive, summary.enrolled) == (1400, 260, 800)
    assert ui.nurseriesValue.text() == "4"
    assert ui.notFiledValue.text() == "2"
    assert ui.placesValue.text() == "1,400"
    assert ui.inclusiveValue.text() == "260"
    assert ui.enrolledValue.text() == "800"
    # 1,400 places for 1,200,000 residents
    assert ui.perThousandCard.isVisible()
    assert ui.perThousandValue.text() == "1.17"


def test_home_page_street_table(window):
    view = window.home_page.ui.streetTable
    model = view.model()
    rows = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert rows == [
        ["杨家坪街道", "500107001", "2", "1", "150", "60"],
        ["谢家湾街道", "500107002", "2", "1", "1,250", "200"],
    ]


def test_home_page_refreshes_when_shown_again(window, add_sample_nurseries):
    add_sample_nurseries(1)
    assert window.home_page.ui.nurseriesValue.text() == "4"
    window.show_area("registry")
    window.show_area("home")
    assert window.home_page.ui.nurseriesValue.text() == "5"


def test_replace_page_puts_the_real_page_in_place(qtbot, window):
    from PySide6.QtWidgets import QLabel

    real = QLabel("登记页")
    window.replace_page("registry", real)
    assert window.page("registry") is real
    window.show_area("registry")
    assert window.ui.pages.currentWidget() is real
    assert window.ui.pages.count() == len(AREAS)
