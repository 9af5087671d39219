"""收费公示's detail panel follows the list (walk: a search that left the selected nursery out kept its fees
and the buttons to print its notice), and a new search or order starts at the list's first row."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from test_fees_page import click_row, page, services  # noqa: F401 (fixtures)

from workstation.services.common.context import Actor
from workstation.services.fees.service import FeeService
from workstation.ui.fees import FeesPage

TODAY = dt.date(2026, 12, 5)


def test_a_search_that_leaves_the_nursery_out_clears_the_panel(qtbot, page: FeesPage):  # noqa: F811
    click_row(qtbot, page.ui.overviewView, "阳光普惠托育园")
    assert page.nursery_id is not None and page.ui.nurseryLabel.text() == "阳光普惠托育园"
    assert page.ui.noticeButton.isEnabled()

    page.ui.searchEdit.setText("阳光")  # still listed: kept, and selected
    assert page.ui.nurseryLabel.text() == "阳光普惠托育园"
    assert page.ui.overviewView.selectionModel().selectedRows()

    assert not page.empty_notice.label.isVisible()
    page.ui.searchEdit.setText("没有这样的机构")
    assert page.model.total == 0
    assert page.empty_notice.label.isVisible() and page.empty_notice.label.text() == "没有符合条件的机构"
    assert page.nursery_id is None
    assert page.ui.nurseryLabel.text() == "请在上方列表中选择机构"
    assert not page.ui.noticeButton.isEnabled() and not page.ui.historyButton.isEnabled()
    assert page.history_model.rowCount() == 0
    page.ui.searchEdit.clear()
    assert page.model.total > 0 and not page.empty_notice.label.isVisible()


@pytest.fixture
def long_list(qtbot, demo_database, tmp_path):
    db = demo_database(tmp_path / "d.db", 120, seed=5, today=TODAY, actor=Actor("tester", "测试员", "SYSTEM"))
    widget = FeesPage(FeeService(db.factory, Actor("manager", "科室负责人", role="MANAGER"), today=lambda: TODAY),
                      today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    db.close()


def test_a_new_search_or_order_starts_at_the_top(qtbot, long_list: FeesPage):
    fees_page, view = long_list, long_list.ui.overviewView
    bar = view.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    fees_page.ui.searchEdit.setText("托")
    assert fees_page.model.total > 40 and bar.maximum() > 0
    assert bar.value() == 0
    bar.setValue(bar.maximum())
    header = view.horizontalHeader()
    header.setSortIndicator(header.sortIndicatorSection() + 1, header.sortIndicatorOrder())
    assert bar.value() == 0


def test_a_search_that_lists_the_nursery_further_down_keeps_the_panel(qtbot, long_list: FeesPage):
    """Walk: with 天星果… selected, typing 天 (1,513 listed) cleared the panel though the nursery is listed."""
    fees_page, view = long_list, long_list.ui.overviewView
    header = view.horizontalHeader()
    header.setSortIndicator(header.sortIndicatorSection(), Qt.SortOrder.DescendingOrder)  # by name, Z first
    last = fees_page.model.total - 1
    view.scrollToBottom()
    view.selectRow(last)
    chosen = fees_page.nursery_id
    name = fees_page.model.row_at(last).name
    assert chosen is not None and fees_page.ui.nurseryLabel.text() == name
    fees_page.model.PAGE_SIZE = 20  # (a page of 20: the chosen one beyond the first page read)
    fees_page.ui.searchEdit.setText(name[:2])  # most nurseries
    assert fees_page.model.total > fees_page.model.PAGE_SIZE and fees_page.model.row_of(chosen) is None
    assert fees_page.nursery_id == chosen and fees_page.ui.nurseryLabel.text() == name
    fees_page.ui.searchEdit.setText("没有这样的机构")
    assert fees_page.nursery_id is None
