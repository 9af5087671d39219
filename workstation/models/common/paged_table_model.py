"""A lazy table model over a counted, paged, SQL-sorted list (the pattern of the registry's model).

The model holds the count and at most MAX_PAGES pages of PAGE_SIZE rows; a row is read when a view
asks for it, so a list of 100,000 lines costs one count and one page. A refill (new query or
refresh) resets the model once. Subclasses name the columns, the sort key of each column and how a
row is shown; the source answers `first_page(query, limit)` and `page(query, offset, limit)`.
"""

from __future__ import annotations

import dataclasses
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

_Index = QModelIndex | QPersistentModelIndex
_NO_PARENT = QModelIndex()


class FirstPage(Protocol):
    total: int
    rows: Any


@dataclasses.dataclass(frozen=True)
class PagedSource:
    """How the model reads its list: the count with the first rows, then any page."""

    first_page: Callable[[Any, int], FirstPage]
    page: Callable[[Any, int, int], list]


class PagedTableModel(QAbstractTableModel):
    """Rows of frozen DTOs with an `id`, read a page at a time; sorting re-queries the source."""

    PAGE_SIZE = 200
    MAX_PAGES = 20
    ID_ROLE = Qt.ItemDataRole.UserRole + 1
    ROW_ROLE = Qt.ItemDataRole.UserRole + 2
    CONTEXT = "PagedTableModel"   # translation context of HEADERS
    HEADERS: tuple[str, ...] = ()
    SORT_KEYS: tuple[str | None, ...] = ()   # per column; None: that column does not sort

    MAX_TEXTS = 20_000  # shown texts kept (a few screens of cells)
    _TEXT_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole})
    _LOOK_ROLES = frozenset({int(Qt.ItemDataRole.ForegroundRole), int(Qt.ItemDataRole.FontRole)})
    _SERVED = _TEXT_ROLES | {ID_ROLE, ROW_ROLE} | _LOOK_ROLES

    def __init__(self, source: PagedSource, query: Any, parent=None) -> None:
        super().__init__(parent)
        self._source = source
        self._query = query
        self._total = 0
        self._pages: OrderedDict[int, list] = OrderedDict()
        # (row, column, tooltip?) -> the cell's text or tooltip: a repaint asks each visible cell again
        # (several times on a page's first paint); each text is made once per reset or page read.
        self._texts: dict[tuple[int, int, bool], str] = {}
        # (row, role) -> the row's foreground or font, asked by every cell of the row on each repaint.
        self._looks: dict[tuple[int, int], Any] = {}
        self.page_loads = 0  # pages read since the last reset (tests, bench)

    # --- queries ------------------------------------------------------------------------------

    @property
    def query(self) -> Any:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    def set_query(self, query: Any) -> None:
        """Show the rows matching `query`: one count and the first page, then one reset."""
        first = self._source.first_page(query, self.PAGE_SIZE)
        self.beginResetModel()
        self._query = query
        self._total = first.total
        self._pages = OrderedDict([(0, list(first.rows))])
        self._texts, self._looks = {}, {}
        self.page_loads = 1
        self.endResetModel()

    def refresh(self) -> None:
        self.set_query(self._query)

    def sort_column(self) -> int:
        key = self._query.sort_key
        return self.SORT_KEYS.index(key) if key in self.SORT_KEYS else -1

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.SORT_KEYS) or self.SORT_KEYS[column] is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(dataclasses.replace(self._query, sort_key=self.SORT_KEYS[column], descending=descending))

    def row_at(self, row: int) -> Any | None:
        """The DTO shown in `row` (None outside the rows)."""
        if not 0 <= row < self._total:
            return None
        page = self._page(row // self.PAGE_SIZE)
        offset = row % self.PAGE_SIZE
        return page[offset] if offset < len(page) else None  # shorter when rows went since the count

    def row_of(self, row_id: int, near: int = 0) -> int:
        """The row showing `row_id`, looked for in the page around `near` and its neighbours (-1: not there)."""
        number = max(near, 0) // self.PAGE_SIZE
        for page_number in (number, number - 1, number + 1):
            if not 0 <= page_number * self.PAGE_SIZE < self._total:
                continue
            for offset, item in enumerate(self._page(page_number)):
                if item.id == row_id:
                    return page_number * self.PAGE_SIZE + offset
        return -1

    def cached_pages(self) -> list[int]:
        return list(self._pages)

    # --- Qt model interface -------------------------------------------------------------------

    def rowCount(self, parent: _Index = _NO_PARENT) -> int:
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: _Index = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in self._SERVED or not index.isValid() or index.column() >= len(self.HEADERS):
            return None
        if role in self._TEXT_ROLES:
            tip = role == Qt.ItemDataRole.ToolTipRole
            key = (index.row(), index.column(), tip)
            text = self._texts.get(key)
            if text is None:
                row = self.row_at(key[0])
                if row is None:
                    return None
                text = self.tooltip(row, key[1]) if tip else None
                if text is None:  # the cell's own text, made once for both roles
                    text = self._texts.get((key[0], key[1], False))
                if text is None:
                    text = self.display(row, key[1])
                    if tip:
                        self._texts[(key[0], key[1], False)] = text
                if len(self._texts) >= self.MAX_TEXTS:
                    self._texts.clear()
                self._texts[key] = text
            return text
        if role in self._LOOK_ROLES:
            key = (index.row(), int(role))
            if key in self._looks:
                return self._looks[key]
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == self.ID_ROLE:
            return row.id
        if role == self.ROW_ROLE:
            return row
        look = self.decoration(row, role)  # foreground or font
        if len(self._looks) >= self.MAX_TEXTS:
            self._looks.clear()
        self._looks[key] = look
        return look

    # --- for subclasses -----------------------------------------------------------------------

    def display(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def tooltip(self, row: Any, column: int) -> str | None:
        """The cell's tooltip when it says more than the cell (None: the cell's text)."""
        return None

    def column_samples(self, column: int) -> tuple[str, ...] | None:
        """The texts `column` can show when they come from a fixed set or format (column_samples.py):
        the column is sized to them rather than to the rows loaded. None: free text, sized to the rows."""
        return None

    def decoration(self, row: Any, role: int) -> Any:
        """The row's foreground brush or font (None: the view's own)."""
        return None

    # --- pages ----------------------------------------------------------------------------------

    def _page(self, number: int) -> list:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        page = list(self._source.page(self._query, number * self.PAGE_SIZE, self.PAGE_SIZE))
        self.page_loads += 1
        self._texts, self._looks = {}, {}  # rows read again may have changed since their texts were made
        self._pages[number] = page
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)
        return page
