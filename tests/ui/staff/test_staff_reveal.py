"""The 人员 tab shows ID numbers masked to every role; 显示完整号码 (roles with full personal data only)
shows the selected member's number and leaves a view_personal_data audit row, as the record dialog does."""

from __future__ import annotations

import datetime as dt
import json

from PySide6.QtCore import QItemSelectionModel, Qt
from sqlalchemy import select
from staff_support import add_nursery, resident_id, staff_draft

from workstation.db.orm.audit import AuditEntry
from workstation.models.staff import StaffTableModel
from workstation.services.common.context import Actor
from workstation.services.staff.service import StaffService
from workstation.ui.staff.staff_tab import StaffTab

TODAY = dt.date(2026, 12, 4)
MANAGER = Actor("manager", "李科长", "MANAGER")
CLERK = Actor("clerk", "王登记", "CLERK")


def _tab(qtbot, district, actor, nursery):
    tab = StaffTab(StaffService(district.factory, actor, today=lambda: TODAY), nursery, lambda: TODAY)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def _reveals(district):
    with district.factory() as session:
        rows = session.scalars(select(AuditEntry).where(AuditEntry.action == "view_personal_data")).all()
        return [(r.actor, r.entity, json.loads(r.details)) for r in rows]


def test_the_manager_reveals_a_members_full_id_number_and_it_is_audited(qtbot, district, actor):
    nursery = add_nursery(district.factory)
    StaffService(district.factory, actor, today=lambda: TODAY).add(nursery, staff_draft("林晓梅", 7))
    number = resident_id(7)
    tab = _tab(qtbot, district, MANAGER, nursery)
    shown = tab.proxy.index(0, StaffTableModel.ID_NO).data()
    assert shown != number and shown.startswith(number[:6]) and shown.endswith(number[-4:])
    assert tab.reveal_button.isVisible()
    qtbot.mouseClick(tab.reveal_button, Qt.MouseButton.LeftButton)  # nothing selected yet
    assert "请先在列表中选择" in tab.message_label.text() and _reveals(district) == []
    tab.table.selectionModel().select(tab.proxy.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                      | QItemSelectionModel.SelectionFlag.Rows)
    qtbot.mouseClick(tab.reveal_button, Qt.MouseButton.LeftButton)
    assert number in tab.message_label.text()
    assert _reveals(district) == [("manager", "staff_member", {"field": "id_no", "whose": "林晓梅"})]
    tab.table.clearSelection()  # another selection: the full number leaves the screen
    assert number not in tab.message_label.text()


def test_a_clerk_has_no_reveal_button(qtbot, district, actor):
    nursery = add_nursery(district.factory)
    StaffService(district.factory, actor, today=lambda: TODAY).add(nursery, staff_draft("林晓梅", 7))
    tab = _tab(qtbot, district, CLERK, nursery)
    assert not tab.reveal_button.isVisible()
    assert tab.proxy.index(0, StaffTableModel.ID_NO).data() != resident_id(7)
