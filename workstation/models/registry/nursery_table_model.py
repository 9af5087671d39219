"""The registry (机构名册) as a lazy table model: rows come from the database a page at a time.

The model knows how many nurseries match (one count query) and keeps at most MAX_PAGES
pages of PAGE_SIZE rows, dropping the least recently used; scrolling to row 90,000 reads
that page only. Sorting re-queries the database (no proxy sorts 100,000 rows in memory)
but not the count, which the sort order does not change.

A search matching more than COUNT_CAP nurseries shows its first rows at once with COUNT_CAP + 1
rows and `exact` False; the exact count is taken on another thread and the rows grow to it
(`count_settled`). Reaching the last row before that (`fetchMore`, `settle_count`) counts at once.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import OrderedDict

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from workstation.domain.enums import (
    DemonstrationLevel,
    InstitutionKind,
    InstitutionStatus,
    LabelledEnum,
    LegalNature,
)
from workstation.i18n.labels import ui_label
from workstation.models.common import column_samples as samples
from workstation.models.common.background_count import BackgroundCount, CountedLater, settle_rows
from workstation.services.registry import COUNT_CAP, RegistryQuery, RegistryRow, RegistryService

_Index = QModelIndex | QPersistentModelIndex
_NO_PARENT = QModelIndex()


class NurseryTableModel(CountedLater, QAbstractTableModel):
    """One row per nursery matching the current RegistryQuery, in its order."""

    (NAME, ALIAS, USCC, LEGAL_NATURE, KIND, STATUS, STREET, ADDRESS, LEGAL_REP,
     PLACES_TOTAL, PLACES_INCLUSIVE, INCLUSIVE, DEMONSTRATION, UPDATED_AT) = range(14)
    COLUMN_COUNT = 14
    PAGE_SIZE = 200
    MAX_PAGES = 20
    ID_ROLE = Qt.ItemDataRole.UserRole + 1
    COUNT_CAP = COUNT_CAP

    # The exact count replaced the lower bound (`exact` True now).
    count_settled = Signal()

    HEADERS = (
        QT_TRANSLATE_NOOP("NurseryTableModel", "机构名称"),
        QT_TRANSLATE_NOOP("NurseryTableModel", "简称/别名"),
        QT_TRANSLATE_NOOP("NurseryTableModel", "统一社会信用代码"),
        QT_TRANSLATE_NOOP("NurseryTableModel", "法人性质"),
        QT_TRANSLATE_NOOP("NurseryTableModel", "机构类型"),
        QT_TRANSLATE_NOOP("NurseryTableModel", "状态"),
        QT_TRANSLATE_NOOP("NurseryTableModel", "街道（乡镇）"),
        QT_TRANSLATE_NOOP("NurseryTableModel", "地址"),
        QT_TRANSLATE_NOOP("NurseryTableModel", "法定代表人"),
        QT_TRANSLATE_NOOP("NurseryTableModel", "托位数"),
        QT_TRANSLATE_NOOP("NurseryTableModel", "普惠托位数"),
        QT_TRANSLATE_NOOP("NurseryTableModel", "普惠性"),
        QT_TRANSLATE_NOOP("NurseryTableModel", "示范级别"),
        QT_TRANSLATE_NOOP("NurseryTableModel", "更新时间"),
    )
    # Column -> RegistryQuery.sort_key (every column sorts through an index).
    SORT_KEYS = ("name", "alias", "uscc", "legal_nature", "kind", "status", "street", "address",
                 "legal_rep_name", "places_total", "places_inclusive", "inclusive", "demonstration_level",
                 "updated_at")
    _FIELDS = ("name", "alias", "uscc", "legal_nature", "kind", "status", "street_name", "address",
               "legal_rep_name", "places_total", "places_inclusive", "inclusive", "demonstration_level",
               "updated_at")
    _NUMERIC = frozenset({PLACES_TOTAL, PLACES_INCLUSIVE})

    def __init__(self, service: RegistryService, parent=None) -> None:
        super().__init__(parent)
        self._service = service
        self._query = RegistryQuery()
        self._total = 0
        self._exact = True
        self._counted: RegistryQuery | None = None  # the text and filters `_total` counts exactly
        self._pages: OrderedDict[int, list[RegistryRow]] = OrderedDict()
        self.page_loads = 0  # pages read from the database since the last reset (tests, bench)
        self._background = BackgroundCount()
        self._background.counted.connect(self._counted_later)
        self._counter: RegistryService | None = None  # the background thread's own service

    # --- queries ------------------------------------------------------------------------------

    @property
    def query(self) -> RegistryQuery:
        return self._query

    @property
    def total(self) -> int:
        """The number of matches; with `exact` False, a lower bound (COUNT_CAP + 1)."""
        return self._total

    @property
    def exact(self) -> bool:
        return self._exact

    def set_query(self, query: RegistryQuery) -> None:
        """Show the nurseries matching `query`: count them (up to the cap) and read the first page."""
        key = _counted_part(query)
        if self._exact and key == self._counted:  # another order of the same matches
            first = self._service.first_page(query, self.PAGE_SIZE, total=self._total)
        else:
            first = self._service.first_page(query, self.PAGE_SIZE, count_cap=self.COUNT_CAP)
        self.beginResetModel()
        self._query = query
        self._total = first.total
        self._exact = first.exact
        self._counted = key if first.exact else None
        self._pages = OrderedDict([(0, first.rows)])
        self.page_loads = 1
        self.endResetModel()  # modelReset tells views and the page (total: self.total)
        if first.exact:
            self._background.forget()
        else:
            self._background.request(key, self._count_of(key))

    def refresh(self) -> None:
        """Re-read the current query (after nurseries were added or changed): counted again."""
        self._counted = None
        self.set_query(self._query)

    def settle_count(self) -> None:
        """Count exactly now, on this thread, if the count is still a lower bound (the user asked
        for the end of the list)."""
        if not self._exact:
            self._counted_later(_counted_part(self._query), self._service.count(self._query))

    def wait_for_count(self, msecs: int = -1) -> bool:
        """Block until the background count ends (closing; tests)."""
        return self._background.wait(msecs)

    def _count_of(self, key: RegistryQuery):
        if self._counter is None:
            counter = getattr(self._service, "counter", None)
            self._counter = counter() if counter is not None else self._service
        counter = self._counter
        return lambda: counter.count(key)

    def _counted_later(self, key: object, total: int) -> None:
        if self._exact or key != _counted_part(self._query):
            return  # a count of what was typed before: the model shows something else now

        def settle() -> None:
            self._total, self._exact, self._counted = total, True, key

        settle_rows(self, self._total, total, settle)
        self.count_settled.emit()

    def sort_column(self) -> int:
        return self.SORT_KEYS.index(self._query.sort_key) if self._query.sort_key in self.SORT_KEYS else -1

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.COLUMN_COUNT:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(dataclasses.replace(self._query, sort_key=self.SORT_KEYS[column], descending=descending))

    def nursery_id(self, row: int) -> int | None:
        """The id of the nursery shown in `row`, or None outside the rows."""
        found = self._row(row)
        return found.id if found else None

    def row_at(self, row: int) -> RegistryRow | None:
        return self._row(row)

    # --- Qt model interface -------------------------------------------------------------------

    def rowCount(self, parent: _Index = _NO_PARENT) -> int:
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: _Index = _NO_PARENT) -> int:
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("NurseryTableModel", self.HEADERS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(section)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                                               Qt.ItemDataRole.TextAlignmentRole, self.ID_ROLE):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(index.column())
        row = self._row(index.row())
        if row is None:
            return None
        if role == self.ID_ROLE:
            return row.id
        return self._display(row, index.column())

    # --- pages ----------------------------------------------------------------------------------

    def _row(self, row: int) -> RegistryRow | None:
        if not 0 <= row < self._total:
            return None
        page = self._page(row // self.PAGE_SIZE)
        offset = row % self.PAGE_SIZE
        # A page can come back shorter when nurseries were removed since the count.
        return page[offset] if offset < len(page) else None

    def _page(self, number: int) -> list[RegistryRow]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        total = self._total if self._exact else None
        page = self._service.page(self._query, number * self.PAGE_SIZE, self.PAGE_SIZE, total)
        self.page_loads += 1
        self._pages[number] = page
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    def cached_pages(self) -> list[int]:
        """Numbers of the pages held in memory, least recently used first."""
        return list(self._pages)

    # --- display --------------------------------------------------------------------------------

    def _display(self, row: RegistryRow, column: int) -> str:
        value = getattr(row, self._FIELDS[column])
        if value is None:
            return ""
        if isinstance(value, LabelledEnum):
            return ui_label(value)
        if isinstance(value, bool):
            return QCoreApplication.translate("NurseryTableModel", "是") if value else ""
        if column in self._NUMERIC:
            return f"{value:,}"
        if column == self.UPDATED_AT:  # stored as naive UTC
            return value.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M")
        return str(value)

    def column_samples(self, column: int) -> tuple[str, ...] | None:
        """Every label an enumeration column can show, the widest of a format (column_samples.py)."""
        enums = {self.LEGAL_NATURE: LegalNature, self.KIND: InstitutionKind, self.STATUS: InstitutionStatus,
                 self.DEMONSTRATION: DemonstrationLevel}
        if column in enums:
            return samples.labels(enums[column])
        if column == self.INCLUSIVE:
            return (QCoreApplication.translate("NurseryTableModel", "是"),)
        if column == self.UPDATED_AT:
            return (samples.DATE_TIME,)
        return None

    def _alignment(self, column: int) -> Qt.AlignmentFlag:
        horizontal = Qt.AlignmentFlag.AlignRight if column in self._NUMERIC else Qt.AlignmentFlag.AlignLeft
        return horizontal | Qt.AlignmentFlag.AlignVCenter


def _counted_part(query: RegistryQuery) -> RegistryQuery:
    """The query without its order: what the count depends on."""
    return dataclasses.replace(query, sort_key="id", descending=False)
