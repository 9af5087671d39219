"""The home page's staff queue puts what runs out next before a long-expired backlog, says how many
there are, and opens the full 证照到期 list (filtered by state, sorted by due date)."""

from __future__ import annotations

import datetime as dt

from staff_support import add_nursery, staff_draft

from workstation.app import attach_database, build_main_window
from workstation.domain.staff import CredentialDraft, CredentialKind
from workstation.services.common.context import Actor
from workstation.services.staff.service import StaffService
from workstation.ui.staff.due_dialog import DueListDialog
from workstation.ui.staff.home_queue import LIMIT, HomeStaffQueue

CLERK = Actor("clerk", "王登记", "CLERK")
TODAY = dt.date(2026, 12, 4)
SOON = TODAY + dt.timedelta(days=20)


def _roster_with_backlog(district, actor) -> None:
    """LIMIT + 5 certificates expired months ago and one running out in 20 days."""
    staff = StaffService(district.factory, actor, today=lambda: TODAY)
    nursery = add_nursery(district.factory)
    for i in range(LIMIT + 6):
        member = staff.add(nursery, staff_draft(f"保育员{i:02d}", 100 + i)).member.id
        until = SOON if i == LIMIT + 5 else dt.date(2026, 6, 1) + dt.timedelta(days=i)
        staff.add_credential(member, CredentialDraft(CredentialKind.CAREGIVER, f"BYS-{i}", "九龙坡区人社局",
                                                     dt.date(2024, 1, 1), until))


def test_a_certificate_expiring_in_20_days_shows_on_the_home_page_before_the_backlog(qtbot, district, actor):
    _roster_with_backlog(district, actor)
    window = build_main_window(district, CLERK)
    qtbot.addWidget(window)
    attach_database(window, district, CLERK, today=lambda: TODAY)
    queue = window.home_page.findChild(HomeStaffQueue)

    lines = [queue.list.item(i).text() for i in range(queue.list.count())]
    assert lines[0] == f"九龙坡区小海豚托育中心：保育员{LIMIT + 5:02d}的保育师证将到期（{SOON.isoformat()}）"
    assert lines[1].startswith(f"九龙坡区小海豚托育中心：保育员{LIMIT + 4:02d}的保育师证已过期")  # most recent next
    assert "共 26 项" in queue.count_label.text()
    assert not queue.more_button.isHidden()


def test_more_opens_the_full_list_filtered_and_sorted_by_due_date(qtbot, district, actor):
    _roster_with_backlog(district, actor)
    window = build_main_window(district, CLERK)
    qtbot.addWidget(window)
    attach_database(window, district, CLERK, today=lambda: TODAY)
    queue = window.home_page.findChild(HomeStaffQueue)
    queue.more_button.click()
    dialog = queue.dialog
    assert isinstance(dialog, DueListDialog)
    qtbot.addWidget(dialog)
    model = dialog.model

    def dues() -> list[str]:
        while model.canFetchMore():
            model.fetchMore()
        return [model.index(r, model.DUE).data() for r in range(model.rowCount())]

    assert len(dues()) == 26 and dialog.total_label.text() == "共 26 项"
    dialog.state_combo.setCurrentIndex(dialog.state_combo.findText("即将到期"))
    assert dues() == [SOON.isoformat()]
    dialog.state_combo.setCurrentIndex(dialog.state_combo.findText("已过期"))
    assert len(dues()) == 25 and dialog.total_label.text() == "共 25 项"

    dialog.state_combo.setCurrentIndex(dialog.state_combo.findText("全部"))
    dialog.view.horizontalHeader().sectionClicked.emit(model.DUE)
    ascending = dues()
    assert ascending == sorted(ascending) and ascending[-1] == SOON.isoformat()
    dialog.view.horizontalHeader().sectionClicked.emit(model.DUE)
    assert dues() == sorted(ascending, reverse=True)
