"""The 人员 tab's findings follow a change of the registration without reopening the record, and a
long list of findings scrolls in its own box so the roster keeps at least eight rows."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import update
from staff_support import add_nursery, staff_draft

from workstation.app import attach_database, build_main_window
from workstation.db.orm import NurseryClass
from workstation.services.common.context import Actor
from workstation.services.staff.service import StaffService
from workstation.ui.staff.staff_tab import ROSTER_ROWS, StaffTab

CLERK = Actor("clerk", "王登记", "CLERK")
TODAY = dt.date(2026, 12, 4)


def _open_tab(qtbot, district, nursery):
    window = build_main_window(district, CLERK)
    qtbot.addWidget(window)
    attach_database(window, district, CLERK, today=lambda: TODAY)
    area = window.page("registry")
    area.open_record(nursery)
    record = area.record_dialog
    qtbot.addWidget(record)
    record.ui.recordTabs.setCurrentWidget(record.staff_tab)
    record.show()
    qtbot.waitExposed(record)
    return area, record.staff_tab


def test_findings_follow_an_edit_of_the_registration(qtbot, district, actor):
    nursery = add_nursery(district.factory)  # 15 children: 3 caregivers needed
    _area, tab = _open_tab(qtbot, district, nursery)
    assert "按各班比例至少需要3名" in tab.findings_label.text()

    with district.factory.begin() as session:
        session.execute(update(NurseryClass).where(NurseryClass.nursery_id == nursery).values(enrolled=20))
    _area.nursery_saved.emit(nursery)  # what 编辑登记信息 emits after saving
    assert "按各班比例至少需要4名" in tab.findings_label.text()


def test_many_findings_leave_the_roster_eight_rows(qtbot, district, actor):
    nursery = add_nursery(district.factory)
    staff = StaffService(district.factory, actor, today=lambda: TODAY)
    for i in range(12):  # each without health and background checks: two errors apiece
        staff.add(nursery, staff_draft(f"保育员{i:02d}", 20 + i))
    _area, tab = _open_tab(qtbot, district, nursery)
    assert isinstance(tab, StaffTab) and tab.findings_label.text().count("\n") >= 24
    tab.window().resize(520, 500)  # narrow: the columns overflow and the horizontal scroll bar shows
    qtbot.waitUntil(lambda: tab.table.horizontalScrollBar().isVisible())
    row = tab.table.verticalHeader().defaultSectionSize()
    assert tab.table.viewport().height() >= ROSTER_ROWS * row
    assert tab.findings_scroll.height() < tab.findings_label.sizeHint().height()  # the findings scroll
