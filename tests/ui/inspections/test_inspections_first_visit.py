"""The first visit of 监督检查 reads its lists once, a later visit only when something was committed
since, and only the rows a screen shows are measured."""

from __future__ import annotations

import types

from inspections_ui_support import DAY, INSPECTOR
from PySide6.QtWidgets import QApplication
from test_inspections_list_refill import TOTAL, Queues, finding

from workstation.app import attach_database, build_main_window
from workstation.ui.inspections.inspections_page import InspectionServices, InspectionsPage


def test_a_first_visit_refreshes_once_and_a_later_visit_only_after_a_commit(qtbot, nurseries, actor, monkeypatch,
                                                                           add_sample_nurseries):
    refreshes: list[int] = []
    original = InspectionsPage.refresh
    monkeypatch.setattr(InspectionsPage, "refresh", lambda self: (refreshes.append(1), original(self)))
    window = build_main_window(nurseries, actor)
    qtbot.addWidget(window)
    attach_database(window, nurseries, actor)

    window.show_area("inspections")
    assert len(refreshes) == 1  # built, and the visit that built it does not read again

    QApplication.processEvents()  # the window goes on
    window.show_area("home")
    window.show_area("inspections")
    assert len(refreshes) == 1  # nothing was committed: the lists shown are the lists now

    add_sample_nurseries(1)  # another program's commit (no event reaches this window)
    window.show_area("home")
    window.show_area("inspections")
    assert len(refreshes) == 2  # a later visit shows the lists as they are now


def test_building_the_page_measures_its_columns_on_the_first_page_only(qtbot):
    queues = Queues([finding(n) for n in range(TOTAL)])
    none = types.SimpleNamespace()
    page = InspectionsPage(InspectionServices(none, none, queues, lambda text: []), INSPECTOR, today=lambda: DAY)
    qtbot.addWidget(page)  # built before it is shown, as on a first visit

    assert [kind for kind, *_ in queues.asked] == ["first"]  # no further page read to size the columns
    assert page.ui.findingsTable.columnWidth(0) > 0
