"""Work queues in a tree (filing page and home page): one click on an entry opens its record."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from workstation.domain.texts import Text
from workstation.i18n.labels import ui_label
from workstation.models.common.domain_text import shown
from workstation.ui.common.due_dates import due_text, missing_years_text, provisional_mark
from workstation.ui.common.freshness import Freshness

if TYPE_CHECKING:  # (the queues' types only: the home page is filled before the ORM loads)
    from workstation.services.filing import QueueEntry, WorkQueues

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
COLOURS = {"overdue": QColor("#b00000"), "due_today": QColor("#b06000")}


def fill_queue_tree(tree: QTreeWidget, queues: WorkQueues, limit: int | None = None,
                    folded: dict[str, bool] | None = None) -> None:
    """One branch per queue, titled with its full count, with its first `limit` entries (None: all
    read); entries carry their QueueEntry. `folded`: whether each queue's branch was open before (kept).

    The branches are made whole, outside the tree, and put in at once: up to 1,000 entries inserted
    one by one into a shown tree told its view of each insertion.
    """
    tree.clear()
    branches, expanded = [], []
    for queue in queues.queues:
        branch = QTreeWidgetItem([QCoreApplication.translate("WorkQueues", "{title}（{count}）").format(
            title=queue_title(queue.key, queue.title, queue.provisional), count=queue.total)])
        branch.setData(0, Qt.ItemDataRole.UserRole, queue.key)
        entries = queue.entries[:limit]
        brush = QBrush(COLOURS[queue.key]) if queue.key in COLOURS else None
        children = []
        for entry in entries:
            text = _entry_text(entry)
            child = QTreeWidgetItem([text])
            child.setToolTip(0, text)  # a long name cuts off the date at the end of the line
            child.setData(0, ENTRY_ROLE, entry)
            if brush is not None:
                child.setForeground(0, brush)
            children.append(child)
        if queue.total > len(entries):
            more = QTreeWidgetItem([QCoreApplication.translate("WorkQueues", "……另有 {count} 项").format(
                count=queue.total - len(entries))])
            more.setFlags(Qt.ItemFlag.NoItemFlags)
            children.append(more)
        branch.addChildren(children)
        branches.append(branch)
        expanded.append(bool(entries) and (folded or {}).get(queue.key, True))
    tree.addTopLevelItems(branches)
    for branch, opened in zip(branches, expanded, strict=True):
        branch.setExpanded(opened)


class QueueTreeShown:
    """What a queue tree shows: a refresh that reads the very same queues (a change elsewhere) keeps
    the tree as it is (its scroll and folded branches too) instead of making its entries again."""

    def __init__(self, tree: QTreeWidget, limit: int | None = None) -> None:
        self._tree, self._limit = tree, limit
        self._shown: WorkQueues | None = None

    def show(self, queues: WorkQueues) -> bool:
        """Fill the tree with `queues` unless it shows them already; True when it was filled.

        A refill after a change keeps the user's place: the branches they folded stay folded, the
        entry they were on stays current when it is still listed (else none is), and the scroll stays.
        """
        tree = self._tree
        if queues == self._shown and tree.topLevelItemCount():
            return False
        opened = {branch.data(0, Qt.ItemDataRole.UserRole): branch.isExpanded()
                  for branch in map(tree.topLevelItem, range(tree.topLevelItemCount()))}
        current, scroll = _place_of(tree.currentItem()), tree.verticalScrollBar().value()
        fill_queue_tree(tree, queues, self._limit, opened)
        self._shown = queues
        if opened:
            _restore_place(tree, current)
            tree.verticalScrollBar().setValue(scroll)
        return True


def _place_of(item: QTreeWidgetItem | None) -> tuple[str, object] | None:
    """(queue key, the entry's record: its application, else its nursery) of the current entry item."""
    entry = entry_of(item)
    if entry is None or item.parent() is None:
        return None
    return item.parent().data(0, Qt.ItemDataRole.UserRole), _record_of(entry)


def _record_of(entry: QueueEntry) -> object:
    return entry.application_id if entry.application_id is not None else ("nursery", entry.nursery_id)


def _restore_place(tree: QTreeWidget, place: tuple[str, object] | None) -> None:
    """Make the same record current again: in its queue, else in the queue it moved to (受理 moves an
    application to 待核实). When it is no longer listed nothing is current: never the entry now at its
    row, which is another nursery (a click, or Enter, would act on it)."""
    tree.setCurrentItem(None)  # (the refill's clear() has done so; also said here, for the focus frame)
    tree.clearSelection()
    if place is None:
        return
    key, record = place
    found: QTreeWidgetItem | None = None
    for branch in map(tree.topLevelItem, range(tree.topLevelItemCount())):
        for item in map(branch.child, range(branch.childCount())):
            entry = entry_of(item)
            if entry is None or _record_of(entry) != record:
                continue
            if branch.data(0, Qt.ItemDataRole.UserRole) == key:
                tree.setCurrentItem(item)
                return
            found = found or item
    if found is not None:
        tree.setCurrentItem(found)


def queue_title(key: str, title: str, provisional: bool = False) -> str:
    """The queue's title in the interface language; the service's title carries its date or days
    (the next working day's title marked when that day is `provisional`)."""
    number = re.search(r"\d{4}-\d{2}-\d{2}|\d+", title)
    value = number.group(0) if number else ""
    titles = {
        "overdue": QCoreApplication.translate("WorkQueues", "已逾期"),
        "due_today": QCoreApplication.translate("WorkQueues", "今日到期"),
        "due_next": QCoreApplication.translate("WorkQueues", "下一工作日（{day}）到期").format(day=value)
        + (provisional_mark() if provisional else ""),
        "not_filed": QCoreApplication.translate("WorkQueues", "登记超过1天未备案") if value == "1"  # (English: "1 day")
        else QCoreApplication.translate("WorkQueues", "登记超过{days}天未备案").format(days=value),
        "awaiting_verification": QCoreApplication.translate("WorkQueues", "待核实的备案"),
    }
    return titles.get(key, title)


def entry_of(item: QTreeWidgetItem | None) -> QueueEntry | None:
    return item.data(0, ENTRY_ROLE) if item is not None else None


def find_entry(tree: QTreeWidget, key: str, application_id: int | None = None) -> QTreeWidgetItem | None:
    """The first entry item of queue `key` (for application_id, when given)."""
    for index in range(tree.topLevelItemCount()):
        branch = tree.topLevelItem(index)
        if branch.data(0, Qt.ItemDataRole.UserRole) != key:
            continue
        for row in range(branch.childCount()):
            entry = entry_of(branch.child(row))
            if entry is not None and (application_id is None or entry.application_id == application_id):
                return branch.child(row)
    return None


# The queue entries' fixed notes (services/filing/queues.py, served.py), shown in the interface's language.
_NOTES = frozenset({QT_TRANSLATE_NOOP("WorkQueues", "出具回执"), QT_TRANSLATE_NOOP("WorkQueues", "核实/告知不符合要求"),
                    QT_TRANSLATE_NOOP("WorkQueues", "待核实")})


def _entry_text(entry: QueueEntry) -> str:
    parts = [entry.nursery_name]
    if entry.kind is not None:
        parts.append(ui_label(entry.kind))
    if entry.due_on is not None:
        note = (shown(entry.note) if isinstance(entry.note, Text)  # 登记超过…天未备案's, with its days
                else QCoreApplication.translate("WorkQueues", entry.note) if entry.note in _NOTES else entry.note)
        parts.append(f"{note} {due_text(entry.due_on, entry.provisional)}" if entry.application_id else note)
    return " · ".join(parts)


class HomeQueues(QWidget):
    """The filing queues for the home page; the main window opens what is clicked."""

    application_requested = Signal(int)
    nursery_requested = Signal(int)
    calendar_requested = Signal()  # the calendar notice's link: open 系统设置 → 工作日历

    def __init__(self, source: Callable[[], WorkQueues], parent: QWidget | None = None, *,
                 token: Callable[[], object | None] = lambda: None, limit: int | None = None) -> None:
        super().__init__(parent)
        self._source, self._limit = source, limit
        self.freshness = Freshness(token)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self.tr("备案工作队列"), self)
        self.title.setStyleSheet("font-weight: bold;")
        self.warning = QLabel(self)
        self.warning.setStyleSheet("QLabel { color: #8a0000; background: #fdecea; border: 1px solid #e0a0a0;"
                                   " padding: 6px; font-weight: bold; }")
        self.warning.setWordWrap(True)
        self.warning.linkActivated.connect(lambda _link: self.calendar_requested.emit())
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setToolTip(self.tr("单击一项即可打开"))
        for widget in (self.title, self.warning, self.tree):
            layout.addWidget(widget)
        self.tree.itemClicked.connect(self._clicked)
        self.queues: WorkQueues | None = None
        self._shown = QueueTreeShown(self.tree, limit)

    def refresh(self) -> None:
        self.freshness.reading()
        self.queues = self._source()
        self._shown.show(self.queues)
        problem = missing_years_text(self.queues.missing_years)
        link = self.tr("打开工作日历")
        self.warning.setText(f'{problem} <a href="calendar">{link}</a>' if problem else "")
        self.warning.setVisible(bool(problem))

    def refresh_if_changed(self) -> None:
        """Reload unless nothing was committed (and the day is the same) since the queues were read."""
        if self.freshness.changed():
            self.refresh()

    def _clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        entry = entry_of(item)
        if entry is None:
            return
        if entry.application_id is not None:
            self.application_requested.emit(entry.application_id)
        else:
            self.nursery_requested.emit(entry.nursery_id)
