"""监督检查's 查看机构 is offered only with a row selected in the shown list (it did nothing without one)."""

from __future__ import annotations

import datetime as dt

from inspections_ui_support import DAY, add_nursery, make_page, record_with, services
from PySide6.QtCore import QItemSelectionModel

from workstation.domain.inspections import ItemResult


def test_view_nursery_waits_for_a_selected_row(qtbot, district):
    day = DAY - dt.timedelta(days=1)
    nursery = add_nursery(district.factory, 1)
    record_with(services(district, today=day).inspections, nursery, day, {"XF-02": ItemResult.FAIL})
    page = make_page(qtbot, district)
    button, table = page.ui.nurseryButton, page.ui.findingsTable
    assert table.model().rowCount() == 1 and not table.currentIndex().isValid()
    assert not button.isEnabled() and button.toolTip() == "请先在列表中选择一行"
    table.selectionModel().setCurrentIndex(table.model().index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    assert button.isEnabled()
    with qtbot.waitSignal(page.nursery_requested) as asked:
        button.click()
    assert asked.args == [nursery]
    page.ui.tabs.setCurrentWidget(page.ui.mineTab)  # the other list: nothing chosen there yet
    assert not button.isEnabled()
    page.ui.tabs.setCurrentWidget(page.ui.findingsTab)
    assert button.isEnabled()
