"""The items of one inbox batch as a lazy table: one COUNT, then pages of rows read on demand.

At most MAX_PAGES pages of PAGE_SIZE rows are kept (least recently used dropped), so a 10,000-row
batch costs one count and one page before its first rows are on screen. Sorting and filtering
re-query the database (the indexes on batch, class, decision and row number serve them).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from workstation.domain.inbox import Decision, ItemClass
from workstation.domain.timeutil import local_text
from workstation.i18n.labels import ui_label
from workstation.models.inbox.fields import field_title
from workstation.models.inbox.messages import message_text
from workstation.services.inbox import InboxService, ItemRow

_Index = QModelIndex | QPersistentModelIndex
_NO_PARENT = QModelIndex()
CONTEXT = "InboxItems"
COLUMNS = (
    ("row_number", QT_TRANSLATE_NOOP("InboxItems", "行号")),
    ("item_class", QT_TRANSLATE_NOOP("InboxItems", "类别")),
    ("name", QT_TRANSLATE_NOOP("InboxItems", "名称")),
    # beside the name: what the clerk decides on stays in view on a narrow window
    ("findings", QT_TRANSLATE_NOOP("InboxItems", "问题与提示")),
    ("uscc", QT_TRANSLATE_NOOP("InboxItems", "统一社会信用代码")),
    ("differs", QT_TRANSLATE_NOOP("InboxItems", "不同字段")),
    ("decision", QT_TRANSLATE_NOOP("InboxItems", "处理结果")),
    ("reason", QT_TRANSLATE_NOOP("InboxItems", "理由/说明")),
    ("decided_by", QT_TRANSLATE_NOOP("InboxItems", "处理人")),
    ("decided_at", QT_TRANSLATE_NOOP("InboxItems", "处理时间")),
)
_SORTABLE = {"row_number", "item_class", "name", "uscc", "decision"}
_LONG = {"name", "findings", "differs", "reason"}


class InboxItemTableModel(QAbstractTableModel):
    PAGE_SIZE = 200
    MAX_PAGES = 20

    def __init__(self, service: InboxService, parent=None) -> None:
        super().__init__(parent)
        self._service = service
        self._batch_id: int | None = None
        self._classes: tuple[ItemClass, ...] = ()
        self._decisions: tuple[Decision, ...] = ()
        self._order, self._descending = "row_number", False
        self._total = 0
        self._pages: OrderedDict[int, list[ItemRow]] = OrderedDict()

    @staticmethod
    def column_of(key: str) -> int:
        return [name for name, _ in COLUMNS].index(key)

    def set_batch(self, batch_id: int | None, classes: Sequence[ItemClass] = (),
                  decisions: Sequence[Decision] = ()) -> None:
        self._batch_id, self._classes, self._decisions = batch_id, tuple(classes), tuple(decisions)
        self.refresh()

    def set_filter(self, classes: Sequence[ItemClass], decisions: Sequence[Decision]) -> None:
        self.set_batch(self._batch_id, classes, decisions)

    def refresh(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        self._total = (self._service.count_items(self._batch_id, self._classes, self._decisions)
                       if self._batch_id is not None else 0)
        self.endResetModel()

    def total(self) -> int:
        return self._total

    def item_at(self, row: int) -> ItemRow | None:
        if not 0 <= row < self._total:
            return None
        page = self._page(row // self.PAGE_SIZE)
        offset = row % self.PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def row_of(self, item_id: int) -> int | None:
        """The row showing `item_id` among the pages already read (None when not loaded)."""
        for number, page in self._pages.items():
            for offset, item in enumerate(page):
                if item.id == item_id:
                    return number * self.PAGE_SIZE + offset
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][0] if 0 <= column < len(COLUMNS) else "row_number"
        if key not in _SORTABLE:
            return
        self._order, self._descending = key, order == Qt.SortOrder.DescendingOrder
        self.refresh()

    def rowCount(self, parent: _Index = _NO_PARENT) -> int:
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: _Index = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate(CONTEXT, COLUMNS[section][1])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        item = self.item_at(index.row())
        if item is None or not 0 <= index.column() < len(COLUMNS):
            return None
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.ToolTipRole and key in ("decision", "reason", "decided_by") and item.reason:
            return f"{ui_label(item.decision)}：{message_text(item.reason)}"
        text = message_text(getattr(item, key)) if key in ("findings", "reason") else _display(item, key)
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text of a column cut to fit the window
            return text or None if key in _LONG else None
        return text

    def _page(self, number: int) -> list[ItemRow]:
        if number in self._pages:
            self._pages.move_to_end(number)
            return self._pages[number]
        page = self._service.items(self._batch_id, number * self.PAGE_SIZE, self.PAGE_SIZE, self._classes,
                                   self._decisions, self._order, self._descending) if self._batch_id else []
        self._pages[number] = page
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)
        return page


def _display(item: ItemRow, key: str) -> str:
    if key == "row_number":
        return str(item.row_number)
    if key == "item_class":
        return ui_label(item.item_class)
    if key == "decision":
        return ui_label(item.decision)
    if key == "decided_at":
        return local_text(item.decided_at) if item.decided_at else ""
    if key == "differs":
        return "、".join(field_title(name) for name in item.differs)
    return str(getattr(item, key) or "")
