"""我的检查: 状态, 结论, 检查类型 fit every label and 机构名称 its rows (up to the free-text cap), also when the
list was empty as the page was built (walk: "重庆市九…", "限期…" beside a wide 整改通知书)."""

from __future__ import annotations

import datetime as dt

from inspections_ui_support import INSPECTOR, add_nursery, make_page, record_with, services
from PySide6.QtGui import QFont, QFontMetrics

from workstation.domain.inspections import InspectionKind, InspectionState, ItemResult, OverallResult
from workstation.i18n.labels import ui_label
from workstation.models.inspections import InspectionTableModel

DAY = dt.date(2025, 9, 26)
NAME = "重庆市九龙坡区穗禾婴幼儿照护服务有限公司"


def _bold(view, texts) -> int:
    bold = QFont(view.font())
    bold.setBold(True)
    return max(QFontMetrics(bold).horizontalAdvance(t) for t in texts)


def test_columns_fit_labels_and_the_name_once_the_first_inspection_is_listed(qtbot, database):
    page = make_page(qtbot, database, today=DAY)  # nothing of this inspector's yet
    view = page.ui.mineTable
    assert view.model().rowCount() == 0
    svc = services(database, INSPECTOR, DAY).inspections
    record_with(svc, add_nursery(database.factory, 1, NAME), DAY, {"XF-02": ItemResult.FAIL})
    page.refresh()
    assert view.model().rowCount() == 1
    header = view.horizontalHeader()
    assert header.sectionSize(InspectionTableModel.STATE) > _bold(view, [ui_label(s) for s in InspectionState])
    assert header.sectionSize(InspectionTableModel.OVERALL) > _bold(view, [ui_label(s) for s in OverallResult])
    assert header.sectionSize(InspectionTableModel.KIND) > _bold(view, [ui_label(s) for s in InspectionKind])
    assert header.sectionSize(InspectionTableModel.NAME) > view.fontMetrics().horizontalAdvance(NAME)
