"""A deadline counted through a year the calendar does not know (2027 not entered) shows its whole date in
监督检查's lists and dialogs, marked compactly ("（暂定）"), with the explanation in the tooltip; the
columns fit that (walk: "2027-01-…", "2027-01-07（暂按常规工…"; the 送达 note wrapped "前送 / 达")."""

from __future__ import annotations

import datetime as dt

from inspections_ui_support import INSPECTOR, add_nursery, make_page, record_with, services
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics

from workstation.domain.inspections import ItemResult
from workstation.models.inspections import FindingTableModel

DAY = dt.date(2026, 12, 31)  # fire: 15 working days -> into 2027, which the test calendar does not know


def _page(qtbot, database):
    svc = services(database, INSPECTOR, DAY).inspections
    done = record_with(svc, add_nursery(database.factory, 1), DAY, {"XF-02": ItemResult.PARTIAL})
    svc.report_rectification(done.findings[0].id, DAY, "已更换灭火器")  # a 复查期限 too
    return done, make_page(qtbot, database, today=DAY)


def _bold_width(view, text: str) -> int:
    bold = QFont(view.font())
    bold.setBold(True)
    return QFontMetrics(bold).horizontalAdvance(text)


def test_list_cells_show_the_whole_date_with_a_compact_mark_and_fit_it(qtbot, database):
    _done, page = _page(qtbot, database)
    view = page.ui.findingsTable
    model = view.model()
    for column in (FindingTableModel.DEADLINE, FindingTableModel.RECHECK):
        index = model.index(0, column)
        text = index.data()
        assert text.endswith("（暂定）") and text.startswith("2027-"), text
        assert "暂定，节假日安排未录入" in index.data(Qt.ItemDataRole.ToolTipRole)
        assert "2027年的法定节假日安排尚未录入" in index.data(Qt.ItemDataRole.ToolTipRole)
        assert view.horizontalHeader().sectionSize(column) > _bold_width(view, "2088-08-28（暂定）")
    recheck = view.horizontalHeader().sectionSize(FindingTableModel.RECHECK)
    assert recheck > _bold_width(view, "2088-08-28（暂定）（复查已逾期）")
    assert model.index(0, FindingTableModel.CODE).data(Qt.ItemDataRole.ToolTipRole) == "XF-02"


def test_the_dialog_lines_mark_the_date_compactly_and_keep_the_delivery_note_on_one_line(qtbot, database):
    done, page = _page(qtbot, database)
    page.open_inspection(done.id)
    ui = page.checklist.ui
    page.checklist.resize(900, 700)
    qtbot.waitExposed(page.checklist)
    assert ui.deliveryLabel.text() == "整改通知书应于 2027-01-06（暂定） 前送达。"  # 3 working days from 31 Dec: 元旦 off
    assert "暂定，节假日安排未录入" in ui.deliveryLabel.toolTip()
    assert "（暂定）" in ui.noticeLabel.text() and "暂定，节假日安排未录入" not in ui.noticeLabel.text()
    assert "2027年" in ui.noticeLabel.toolTip()
    label = ui.deliveryLabel
    assert label.height() < 2 * label.fontMetrics().lineSpacing()  # one line: not "…前送 / 达。"
    page.open_finding(done.findings[0].id)
    deadline = page.finding_dialog.ui.deadlineValue
    assert "（暂定）" in deadline.text() and "暂定，节假日安排未录入" in deadline.toolTip()
