"""No page of the real main window shows a list that can grow past a screen in a QTableWidget (filled
item by item, measured row by row): long lists are lazy models over paged queries."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView, QTableWidget

from workstation.app import attach_database, build_main_window
from workstation.demo import DemoService
from workstation.models.common.paged_table_model import PagedTableModel
from workstation.ui.areas import AREAS

# Small fixed editors may stay item widgets; each is bounded by what it shows.
ALLOWED = {
    # 系统设置 → 审计日志: the changed fields of the one selected audit entry (a record has a few dozen fields).
    ("settings", "changesTable"),
    # 系统设置 → 规则参数: the built-in rule catalogue (a fixed few dozen parameters, not district data).
    ("settings", "rulesTable"),
    # 系统设置 → 登记机关: one row per legal nature (five at most).
    ("settings", "routesTable"),
}
# The lists that can hold a district's (or the country's) rows: each is a lazy paged model.
LONG_LISTS = {
    ("filing", "applicationTable"), ("inspections", "findingsTable"), ("inspections", "mineTable"),
}


def test_no_page_shows_a_long_list_in_a_table_widget(qtbot, database, actor):
    DemoService(database.factory, actor).generate(40, seed=2)
    window = build_main_window(database, actor)
    qtbot.addWidget(window)
    attach_database(window, database, actor)
    widgets, views = set(), {}
    for area in AREAS:
        window.show_area(area.key)
        page = window.page(area.key)
        widgets |= {(area.key, table.objectName()) for table in page.findChildren(QTableWidget)}
        views |= {(area.key, view.objectName()): view for view in page.findChildren(QTableView)
                  if not isinstance(view, QTableWidget)}
    assert widgets <= ALLOWED, sorted(widgets - ALLOWED)
    for key in LONG_LISTS:
        assert isinstance(views[key].model(), PagedTableModel), key
