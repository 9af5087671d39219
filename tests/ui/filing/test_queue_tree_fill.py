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
