"""首页's figure cards show their numbers and captions whole in the default 1200×760 window (and at
1366×768), with a 300-nursery district's queues below them, in Chinese and in English."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from workstation.app import attach_database, build_main_window
from workstation.i18n.translation import install_translator
from workstation.services.common.context import Actor
from workstation.ui.startup import apply_app_font

TODAY = dt.date(2026, 12, 4)
MANAGER = Actor("boss", "王科长", "MANAGER")


@pytest.fixture(scope="module")
def district_300(tmp_path_factory, demo_database):
    return demo_database(tmp_path_factory.mktemp("home") / "demo.db", 300, seed=5, today=TODAY,
                         actor=Actor("t", "测试", "SYSTEM"))


@pytest.fixture
def app_font(qapp):
    before = QApplication.font()
    apply_app_font(qapp)  # as the program starts: the bundled CJK font at its size
    yield
    QApplication.setFont(before)


def cut_labels(window) -> list[tuple[str, str, tuple, tuple]]:
    page = window.home_page
    page.layout().activate()
    cut = []
    for card in (page.ui.nurseriesCard, page.ui.notFiledCard, page.ui.placesCard, page.ui.inclusiveCard,
                 page.ui.enrolledCard, page.ui.perThousandCard):
        assert card.isVisible()
        for label in card.findChildren(QLabel):
            hint, size = label.sizeHint(), label.size()
            if size.height() < hint.height() or size.width() < hint.width():
                cut.append((label.objectName(), label.text(), size.toTuple(), hint.toTuple()))
    return cut


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("size", [(1200, 760), (1366, 768)])
def test_every_figure_card_is_shown_whole(qtbot, qapp, translators, app_font, district_300, size, lang):
    translators.extend(install_translator(qapp, lang))
    window = build_main_window(district_300, MANAGER)
    qtbot.addWidget(window)
    attach_database(window, district_300, MANAGER, today=lambda: TODAY)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    assert window.size().toTuple() == size  # the window did not have to grow past the screen
    assert cut_labels(window) == []


def test_a_narrow_window_takes_the_cards_in_rows_of_three(qtbot, qapp, translators, app_font, district_300):
    translators.extend(install_translator(qapp, "en"))
    window = build_main_window(district_300, MANAGER)
    qtbot.addWidget(window)
    attach_database(window, district_300, MANAGER, today=lambda: TODAY)
    window.resize(1000, 900)
    window.show()
    qtbot.waitExposed(window)
    flow = window.home_page.card_flow
    assert flow.columns == 3 and cut_labels(window) == []
    window.resize(1366, 900)
    assert cut_labels(window) == [] and flow.columns == 6
