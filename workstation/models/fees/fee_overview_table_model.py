"""The district's current fees (收费公示 list) as a lazy table model: a page at a time from the database.

The model knows how many nurseries match (one count query) and keeps at most MAX_PAGES pages
of PAGE_SIZE rows; search, the two flags and the sort order go to SQL (FeeOverviewQuery), so
no row of the district is loaded, filtered or sorted here beyond the pages shown.

On a server a search listing more than COUNT_CAP nurseries shows its first rows at once with
COUNT_CAP + 1 rows and `exact` False; the exact count is taken on another thread and the rows grow to
it (`count_settled`), as in the registry. Reaching the last row before that counts at once.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from workstation.domain.enums import LegalNature, ServiceType
from workstation.domain.fees import FeeUnit, format_yuan
from workstation.i18n.labels import ui_label
from workstation.models.common import column_samples as samples
from workstation.models.common.background_count import BackgroundCount, CountedLater, settle_rows
from workstation.models.common.domain_text import finding_text
from workstation.services.fees import FEE_COUNT_CAP, CurrentFees, FeeOverviewQuery, FeeService

_Index = QModelIndex | QPersistentModelIndex
_NO_PARENT = QModelIndex()
WARN = QColor("#b00020")
WARN_BACKGROUND = QColor("#fde7e9")


class FeeOverviewTableModel(CountedLater, QAbstractTableModel):
    """One row per nursery: its fees in force per service type, the excess over the cap, publicity."""

    NAME, STREET, NATURE, INCLUSIVE, EFFECTIVE_FROM, FULL_DAY, HALF_DAY, HOURLY, TEMPORARY, OVER_CAP, PUBLICISED = (
        range(11))
    COLUMN_COUNT = 11
    PAGE_SIZE = 100
    MAX_PAGES = 20
    MAX_CELLS = 50_000
    ID_ROLE = Qt.ItemDataRole.UserRole + 2
    # Column -> FeeOverviewQuery.sort_key (every column sorts in SQL).
    SORT_KEYS = ("name", "street", "legal_nature", "inclusive", "effective_from", "full_day", "half_day", "hourly",
                 "temporary", "excess", "publicity")
    SERVICE_COLUMNS = {FULL_DAY: ServiceType.FULL_DAY, HALF_DAY: ServiceType.HALF_DAY,
                       HOURLY: ServiceType.HOURLY, TEMPORARY: ServiceType.TEMPORARY}
    HEADERS = (
        QT_TRANSLATE_NOOP("FeeOverviewTableModel", "机构名称"),
        QT_TRANSLATE_NOOP("FeeOverviewTableModel", "街道（乡镇）"),
        QT_TRANSLATE_NOOP("FeeOverviewTableModel", "法人性质"),
        QT_TRANSLATE_NOOP("FeeOverviewTableModel", "普惠性"),
        QT_TRANSLATE_NOOP("FeeOverviewTableModel", "执行日期"),
        QT_TRANSLATE_NOOP("FeeOverviewTableModel", "全日托"),
        QT_TRANSLATE_NOOP("FeeOverviewTableModel", "半日托"),
        QT_TRANSLATE_NOOP("FeeOverviewTableModel", "计时托"),
        QT_TRANSLATE_NOOP("FeeOverviewTableModel", "临时托"),
        QT_TRANSLATE_NOOP("FeeOverviewTableModel", "超指导价"),
        QT_TRANSLATE_NOOP("FeeOverviewTableModel", "公示"),
    )

    MAX_COUNTS = 64  # counts kept while nothing changes (a search typed and erased again)
    COUNT_CAP = FEE_COUNT_CAP

    # The exact count replaced the lower bound (`exact` True now).
    count_settled = Signal()

    def __init__(self, service: FeeService, as_of: Callable[[], dt.date], parent=None, *,
                 token: Callable[[], object | None] = lambda: None) -> None:
        super().__init__(parent)
        self._service = service
        self._as_of = as_of
        # The window's data token (ui/common/freshness): equal tokens, nothing committed since, so a
        # count already made stands (at 100,000 nurseries each costs 20-100 ms); None: always count.
        self._token = token
        self._counts: dict[tuple, int] = {}
        # as_of -> the few non-charging nurseries listed (a schedule in force), kept with the counts:
        # each count then probes the non-charging nurseries for the search only.
        self._listed_others: dict[dt.date, frozenset[int] | None] = {}
        self._counts_token: object | None = None
        self._query = FeeOverviewQuery()
        self._total = 0
        self._exact = True
        self._counted_on: dt.date | None = None
        self._later = BackgroundCount()
        self._later.counted.connect(self._counted_later)
        self._pages: OrderedDict[int, list[CurrentFees]] = OrderedDict()
        self.page_loads = 0  # pages read from the database since the last reset (tests, bench)
        # (row, column, role) -> what data() answered: a repaint asks every visible cell for several
        # roles again; each answer is made once per reset or page read.
        self._cells: dict[tuple[int, int, int], object] = {}
        self._handlers = {Qt.ItemDataRole.DisplayRole: self._display, Qt.ItemDataRole.ToolTipRole: self._tooltip,
                          Qt.ItemDataRole.ForegroundRole: self._foreground,
                          Qt.ItemDataRole.BackgroundRole: self._background,
                          Qt.ItemDataRole.TextAlignmentRole: self._alignment}

    # --- queries --------------------------------------------------------------------------------

    @property
    def query(self) -> FeeOverviewQuery:
        return self._query

    @property
    def total(self) -> int:
        """The number of rows; with `exact` False, a lower bound (COUNT_CAP + 1)."""
        return self._total

    @property
    def exact(self) -> bool:
        return self._exact

    def set_query(self, query: FeeOverviewQuery, *, recount: bool = True) -> None:
        """Show the nurseries matching `query`: count them (unless told the count stands) and read the first page."""
        as_of = self._as_of()
        total, exact = self._first_count(query, as_of) if recount else (self._total, self._exact)
        first = self._service.overview_page(query, 0, self.PAGE_SIZE, as_of, listed=total) if total else []
        self.beginResetModel()
        self._query, self._total, self._exact, self._counted_on = query, total, exact, as_of
        self._pages = OrderedDict([(0, first)])
        self._cells = {}
        self.page_loads = 1
        self.endResetModel()
        if not recount:
            return
        if exact:
            self._later.forget()
        else:
            service = self._service
            self._later.request(_count_key(query, as_of), lambda: service.overview_count(query, as_of, later=True))

    def count(self, query: FeeOverviewQuery, as_of: dt.date) -> int:
        """How many nurseries `query` lists on `as_of`: counted in SQL, or as counted since the last commit."""
        key = self._fresh_counts(query, as_of)
        if key is None:
            return self._service.overview_count(query, as_of)
        if key not in self._counts:
            self._keep(key, self._service.overview_count(query, as_of, kept=self._listed_others))
        return self._counts[key]

    def settle_count(self) -> None:
        """Count exactly now, on this thread, if the count is still a lower bound (the user asked for the
        end of the list)."""
        if not self._exact:
            self._counted_later(_count_key(self._query, self._counted_on),
                                self._service.overview_count(self._query, self._counted_on))

    def wait_for_count(self, msecs: int = -1) -> bool:
        """Block until the background count ends (closing; tests)."""
        return self._later.wait(msecs)

    def _first_count(self, query: FeeOverviewQuery, as_of: dt.date) -> tuple[int, bool]:
        """(count, exact): the count as it stands, or one up to COUNT_CAP (exact below it)."""
        key = self._fresh_counts(query, as_of)
        if key is not None and key in self._counts:
            return self._counts[key], True
        total, exact = self._service.overview_count_up_to(query, as_of, cap=self.COUNT_CAP,
                                                          kept=self._listed_others if key is not None else None)
        if exact and key is not None:
            self._keep(key, total)
        return total, exact

    def _fresh_counts(self, query: FeeOverviewQuery, as_of: dt.date) -> tuple | None:
        """The key of `query`'s count among those kept, emptied first after a commit (None: nothing is kept)."""
        token = self._token()  # taken before counting: a commit during the count is seen next time
        if token is None or token != self._counts_token:
            self._counts, self._listed_others, self._counts_token = {}, {}, token
        return None if token is None else _count_key(query, as_of)

    def _keep(self, key: tuple, total: int) -> None:
        if len(self._counts) >= self.MAX_COUNTS:
            self._counts.clear()
        self._counts[key] = total

    def _counted_later(self, key: object, total: int) -> None:
        if self._exact or key != _count_key(self._query, self._counted_on):
            return  # a count of what was typed before: the model shows something else now
        if self._token() is not None and self._token() == self._counts_token:
            self._keep(key, total)  # type: ignore[arg-type]

        def settle() -> None:
            self._total, self._exact = total, True

        settle_rows(self, self._total, total, settle)
        self.count_settled.emit()

    def refresh(self) -> None:
        """Re-read the current query (after fees changed, or another 查看日期)."""
        self.set_query(self._query)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.COLUMN_COUNT:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        # The same nurseries in another order: their count stands (a refresh counts again).
        self.set_query(dataclasses.replace(self._query, sort_key=self.SORT_KEYS[column], descending=descending),
                       recount=self._counted_on is None or self._as_of() != self._counted_on)

    def row_at(self, row: int) -> CurrentFees | None:
        if not 0 <= row < self._total:
            return None
        page = self._page(row // self.PAGE_SIZE)
        offset = row % self.PAGE_SIZE
        return page[offset] if offset < len(page) else None  # shorter: nurseries gone since the count

    def row_of(self, nursery_id: int) -> int | None:
        """The row of the nursery among the pages read so far (None when not read or not listed)."""
        for number, page in self._pages.items():
            for offset, found in enumerate(page):
                if found.nursery_id == nursery_id:
                    return number * self.PAGE_SIZE + offset
        return None

    def cached_pages(self) -> list[int]:
        return list(self._pages)

    def _page(self, number: int) -> list[CurrentFees]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        page = self._service.overview_page(self._query, number * self.PAGE_SIZE, self.PAGE_SIZE, self._as_of(),
                                            listed=self._total)
        self.page_loads += 1
        self._cells = {}  # rows read again may have changed since their cells were made
        self._pages[number] = page
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    # --- Qt model interface ---------------------------------------------------------------------

    def rowCount(self, parent: _Index = _NO_PARENT) -> int:
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: _Index = _NO_PARENT) -> int:
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < self.COLUMN_COUNT:
            return QCoreApplication.translate("FeeOverviewTableModel", self.HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if (role != self.ID_ROLE and role not in self._handlers) or not index.isValid():
            return None
        key = (index.row(), index.column(), int(role))
        if key in self._cells:
            return self._cells[key]
        row = self.row_at(key[0])
        if row is None:
            return None
        value = row.nursery_id if role == self.ID_ROLE else self._handlers[role](row, key[1])
        if len(self._cells) >= self.MAX_CELLS:
            self._cells.clear()
        self._cells[key] = value
        return value

    # --- roles ----------------------------------------------------------------------------------

    def _display(self, row: CurrentFees, column: int) -> str:
        if column in self.SERVICE_COLUMNS:
            item = row.main_item(self.SERVICE_COLUMNS[column])
            return _price(item) if item else ""
        texts = {
            self.NAME: lambda: row.name, self.STREET: lambda: row.street,
            self.NATURE: lambda: ui_label(row.legal_nature),
            self.INCLUSIVE: lambda: QCoreApplication.translate("FeeOverviewTableModel", "普惠") if row.inclusive else "",
            # Blank like a missing fee: "未登记" read as "nursery not registered" beside one just registered.
            self.EFFECTIVE_FROM: lambda: row.effective_from.isoformat() if row.effective_from else "",
            self.OVER_CAP: lambda: QCoreApplication.translate("FeeOverviewTableModel", "超 {amount} 元").format(
                amount=format_yuan(row.excess_fen)) if row.over_cap else "",
            self.PUBLICISED: lambda: self._publicity_text(row),
        }
        return texts[column]()

    def column_samples(self, column: int) -> tuple[str, ...] | None:
        """Every label a column can show, the widest price (column_samples.py): a column fits any row."""
        if column in self.SERVICE_COLUMNS:
            return tuple(QCoreApplication.translate("FeeOverviewTableModel", "{amount}元/{unit}").format(
                amount=format_yuan(samples.LARGE_FEN), unit=unit) for unit in samples.labels(FeeUnit))
        if column == self.OVER_CAP:
            return (QCoreApplication.translate("FeeOverviewTableModel", "超 {amount} 元").format(
                amount=format_yuan(samples.LARGE_FEN)),)
        if column == self.NATURE:
            return samples.labels(LegalNature)
        if column == self.INCLUSIVE:
            return (QCoreApplication.translate("FeeOverviewTableModel", "普惠"),)
        if column == self.EFFECTIVE_FROM:
            return (samples.DATE,)
        if column == self.PUBLICISED:
            return tuple(QCoreApplication.translate("FeeOverviewTableModel", text)
                         for text in ("未登记收费标准", "已公示", "未公示"))
        return None

    def _publicity_text(self, row: CurrentFees) -> str:
        if row.schedule_id is None:  # the register's words (收费公示汇总表), not 未公示: 仅未公示 leaves it out
            return QCoreApplication.translate("FeeOverviewTableModel", "未登记收费标准")
        if row.publicised:
            return QCoreApplication.translate("FeeOverviewTableModel", "已公示")
        return QCoreApplication.translate("FeeOverviewTableModel", "未公示")

    def _tooltip(self, row: CurrentFees, column: int) -> str | None:
        if column in self.SERVICE_COLUMNS:
            service = self.SERVICE_COLUMNS[column]
            lines = [f"{i.name}：{_price(i)}" for i in row.items if i.service_type is service]
            return "\n".join(lines) or None
        if column in (self.OVER_CAP, self.PUBLICISED, self.NAME):
            return "\n".join(finding_text(f) for f in row.findings) or None
        return None

    def _flagged(self, row: CurrentFees, column: int) -> bool:
        if column == self.OVER_CAP:
            return bool(row.over_cap)
        if column == self.PUBLICISED:
            return row.schedule_id is not None and not row.publicised
        if column in self.SERVICE_COLUMNS:
            service = self.SERVICE_COLUMNS[column]
            return any(f.service_type is service for f in row.over_cap)
        return False

    def _foreground(self, row: CurrentFees, column: int):
        return QBrush(WARN) if self._flagged(row, column) else None

    def _background(self, row: CurrentFees, column: int):
        return QBrush(WARN_BACKGROUND) if self._flagged(row, column) else None

    def _alignment(self, row: CurrentFees, column: int):
        right = column in self.SERVICE_COLUMNS or column == self.OVER_CAP
        return (Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignVCenter



def _count_key(query: FeeOverviewQuery, as_of: dt.date | None) -> tuple:
    return (query.text, query.over_cap_only, query.unpublicised_only, as_of)  # the order counts nothing


def _price(item) -> str:
    """"2,800.00元/月", in the interface's language (as the items below: FeeItemTableModel)."""
    return QCoreApplication.translate("FeeOverviewTableModel", "{amount}元/{unit}").format(
        amount=format_yuan(item.amount_fen), unit=ui_label(item.unit))
