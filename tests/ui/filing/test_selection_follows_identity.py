"""Walk (two desks, shared database): a desk had an entry of 备案管理's queues selected, the other desk
accepted that application, the queues refreshed themselves and the highlight sat on ANOTHER nursery at
the same row. After a refresh the queue tree and the application list keep the same application
current when it is still listed (in whichever queue it moved to), and else nothing: never a neighbour."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from test_filing_page import TODAY, add_nursery, make_service, ready

from workstation.domain.filing import FilingAction, FilingState
from workstation.services.common.context import Actor
from workstation.ui.filing import FilingPage
from workstation.ui.filing.queues import entry_of, find_entry

SUBMITTED_ON = dt.date(2025, 9, 24)  # receipt due 30 Sep (TODAY): 今日到期


def page_with_three(qtbot, district) -> tuple[FilingPage, list[int]]:
    desk = make_service(district, today=SUBMITTED_ON)
    apps = [ready(desk, add_nursery(district.factory, n)).id for n in (1, 2, 3)]
    page = FilingPage(make_service(district, Actor("a", "甲登记员", "CLERK")), today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    qtbot.waitExposed(page)
    return page, apps


def current_application(tree) -> int | None:
    entry = entry_of(tree.currentItem())
    return entry.application_id if entry is not None else None


def test_the_queue_tree_follows_the_application_accepted_at_another_desk(qtbot, district):
    page, apps = page_with_three(qtbot, district)
    tree = page.ui.queueTree
    middle = find_entry(tree, "due_today", apps[1])
    tree.setCurrentItem(middle)
    assert [entry_of(middle.parent().child(i)).application_id for i in range(3)] == apps

    other = make_service(district, Actor("b", "乙登记员", "CLERK"))  # the other desk accepts it
    view = other.get(apps[1])
    other.act(view.id, FilingAction.ACCEPT, view.version)
    page.refresh()  # as the window's poll does after another desk's commit

    assert current_application(tree) == apps[1]  # the same application, now waiting for verification
    assert tree.currentItem().parent().data(0, Qt.ItemDataRole.UserRole) == "awaiting_verification"
    assert [item is tree.currentItem() for item in tree.selectedItems()] == [True]


def test_the_queue_tree_selects_nothing_when_the_application_left_every_queue(qtbot, district):
    page, apps = page_with_three(qtbot, district)
    tree = page.ui.queueTree
    tree.setCurrentItem(find_entry(tree, "due_today", apps[1]))

    other = make_service(district, Actor("b", "乙登记员", "CLERK"))
    view = other.get(apps[1])
    other.act(view.id, FilingAction.WITHDRAW, view.version, "申请人撤回")
    page.refresh()

    assert find_entry(tree, "due_today", apps[2]) is not None  # the neighbour moved up into its row …
    assert tree.currentItem() is None and tree.selectedItems() == []  # … and is not selected


def test_the_application_list_keeps_the_same_application_or_none(qtbot, district):
    page, apps = page_with_three(qtbot, district)
    view, model = page.ui.applicationTable, page.model
    page.ui.stateCombo.setCurrentIndex(page.ui.stateCombo.findData(FilingState.MATERIALS_CHECK))
    rows = [model.row_at(r).id for r in range(model.rowCount())]
    assert sorted(rows) == sorted(apps)
    view.setCurrentIndex(model.index(rows.index(apps[1]), 0))

    other = make_service(district, Actor("b", "乙登记员", "CLERK"))
    first = other.get(apps[0])
    other.act(first.id, FilingAction.WITHDRAW, first.version, "")  # another row leaves: ours moves
    page.refresh()
    assert model.row_at(view.currentIndex().row()).id == apps[1]

    ours = other.get(apps[1])
    other.act(ours.id, FilingAction.WITHDRAW, ours.version, "")  # ours leaves the filtered list
    page.refresh()
    assert model.rowCount() == 1
    assert not view.currentIndex().isValid() and not view.selectionModel().hasSelection()
