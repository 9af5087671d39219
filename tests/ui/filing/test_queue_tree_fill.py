"""The work queue tree (备案管理 and 首页) is filled at once: up to 1,000 entries put one by one into
a shown tree told its view of each, on every refresh after a change."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QTreeWidget

from workstation.domain.filing import FilingKind, FilingState
from workstation.services.filing import QueueEntry, WorkQueues
from workstation.services.filing.queues import Queue
from workstation.ui.filing.queues import entry_of, fill_queue_tree, find_entry

KEYS = ("overdue", "due_today", "due_next", "not_filed", "awaiting_verification")


def queues(per_queue: int) -> WorkQueues:
    entries = tuple(QueueEntry(n, n, f"托育园{n}", FilingKind.INITIAL, FilingState.SUBMITTED, dt.date(2026, 12, 1),
                               "出具回执") for n in range(per_queue))
    return WorkQueues(dt.date(2026, 12, 4), tuple(Queue(key, key, per_queue + 5, entries) for key in KEYS))


def test_the_tree_is_filled_in_one_insertion_with_every_entry_and_its_count(qtbot):
    tree = QTreeWidget()
    qtbot.addWidget(tree)
    tree.show()
    fill_queue_tree(tree, queues(3))
    insertions: list[int] = []
    tree.model().rowsInserted.connect(lambda parent, first, last: insertions.append(last - first + 1))

    fill_queue_tree(tree, queues(40))  # a refresh after a change

    assert insertions == [len(KEYS)]  # before: one insertion per branch and per entry (205)
    assert tree.topLevelItemCount() == len(KEYS)
    branch = tree.topLevelItem(0)
    assert branch.isExpanded() and branch.childCount() == 41  # 40 entries and "……另有 5 项"
    assert entry_of(branch.child(39)).nursery_name == "托育园39" and "5" in branch.child(40).text(0)
    assert find_entry(tree, "not_filed", 7).text(0).startswith("托育园7")


def test_a_refresh_reading_the_same_queues_keeps_the_tree(qtbot):
    """After a change elsewhere (the data token moved) the queues read are often the very same: the
    tree was emptied and its entries made again (and the user's scroll and folded branches lost)."""
    from workstation.ui.filing.queues import HomeQueues

    read = [queues(40)]
    home = HomeQueues(lambda: read[0])
    qtbot.addWidget(home)
    home.show()
    home.refresh()
    insertions: list[int] = []
    home.tree.model().rowsInserted.connect(lambda parent, first, last: insertions.append(last - first + 1))
    home.tree.topLevelItem(1).setExpanded(False)  # the user folds a branch

    read[0] = queues(40)  # read again: equal queues, new objects
    home.refresh()
    assert insertions == [] and not home.tree.topLevelItem(1).isExpanded()

    read[0] = queues(41)  # one entry more in each queue
    home.refresh()
    assert insertions == [len(KEYS)] and home.tree.topLevelItem(0).childCount() == 42


def test_the_filing_page_keeps_its_queue_tree_while_the_queues_read_are_the_same(qtbot, district):
    from test_filing_page import TODAY, add_nursery, make_service

    from workstation.ui.filing import FilingPage

    add_nursery(district.factory, 1)
    page = FilingPage(make_service(district), today=lambda: TODAY)
    qtbot.addWidget(page)
    insertions: list[int] = []
    page.ui.queueTree.model().rowsInserted.connect(lambda parent, first, last: insertions.append(1))
    page.refresh()
    assert insertions == []
    add_nursery(district.factory, 2)  # registered long ago, not filed: a new entry of 登记超过…天未备案
    page.refresh()
    assert insertions == [1] and find_entry(page.ui.queueTree, "not_filed") is not None


def test_a_refill_after_a_change_keeps_the_folded_branches_the_current_entry_and_the_scroll(qtbot):
    """Walk: after 受理 in 下一工作日, the tree opened 已逾期 again and jumped back to the top."""
    from workstation.ui.filing.queues import HomeQueues

    read = [queues(40)]
    home = HomeQueues(lambda: read[0])
    qtbot.addWidget(home)
    home.resize(300, 200)
    home.show()
    home.refresh()
    tree = home.tree
    tree.topLevelItem(0).setExpanded(False)  # the user folds 已逾期
    tree.setCurrentItem(tree.topLevelItem(2).child(30))  # and works in 下一工作日, far down
    tree.scrollToItem(tree.currentItem())
    scroll = tree.verticalScrollBar().value()
    assert scroll > 0

    fewer = queues(40)  # entry 10 of every queue was dealt with: the rest move up a row
    read[0] = WorkQueues(fewer.today, tuple(
        Queue(q.key, q.title, q.total - 1, tuple(e for e in q.entries if e.nursery_id != 10)) for q in fewer.queues))
    home.refresh()

    assert not tree.topLevelItem(0).isExpanded() and tree.topLevelItem(2).isExpanded()
    assert entry_of(tree.currentItem()).nursery_id == 30 and tree.currentItem().parent() is tree.topLevelItem(2)
    assert tree.verticalScrollBar().value() == scroll

    read[0] = WorkQueues(fewer.today, tuple(  # the current entry itself left its queue
        Queue(q.key, q.title, q.total - 2, tuple(e for e in q.entries if e.nursery_id not in (10, 30)))
        for q in fewer.queues))
    home.refresh()  # never the entry now at its row: that is another nursery (walk: a click acted on it)
    assert tree.currentItem() is None and tree.selectedItems() == []


def test_an_entry_shows_its_whole_line_as_a_tooltip_and_its_note_in_english(qtbot, qapp, translators):
    """Walk: a long name cut off the date at the end of the line; in English the note stayed Chinese."""
    from workstation.i18n.translation import install_translator

    tree = QTreeWidget()
    qtbot.addWidget(tree)
    fill_queue_tree(tree, queues(2))
    child = tree.topLevelItem(0).child(1)  # (application 1: the note with its date)
    assert child.toolTip(0) == child.text(0) and "出具回执 2026-12-01" in child.text(0)
    translators.extend(install_translator(qapp, "en"))
    fill_queue_tree(tree, queues(2))
    assert "receipt due 2026-12-01" in tree.topLevelItem(0).child(1).text(0)
