"""Long lists shown through a lazy paged model (models/common/paged_table_model.py) in a QTableView.

Columns are sized once from the header and the rows in view (never ResizeToContents: Qt would
measure every row of the list again after each change); a header click sorts in SQL; a refill
keeps the selected row when it is still listed, and shows a busy cursor while the database works.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QHeaderView, QStyle, QTableView

from workstation.models.common.paged_table_model import PagedTableModel


@contextmanager
def busy_cursor() -> Iterator[None]:
    """The wait cursor for work that may take longer than a moment (a count over 100,000 rows)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def set_up_list_view(view: QTableView, model: PagedTableModel, *, stretch: int | None = None) -> None:
    """Show `model` in `view`: compact fixed rows, interactive columns, header clicks sort in SQL."""
    view.setModel(model)
    view.verticalHeader().setVisible(False)
    rows = view.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch is None)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setSectionsClickable(True)
    header.setSortIndicatorShown(True)
    column = model.sort_column()
    descending = bool(getattr(model.query, "descending", False))
    header.setSortIndicator(column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)

    def sort(section: int, order: Qt.SortOrder) -> None:
        if section == model.sort_column() and (order == Qt.SortOrder.DescendingOrder) == model.query.descending:
            return
        refill_keeping_selection(view, lambda: model.sort(section, order))

    header.sortIndicatorChanged.connect(sort)


SIZING_ROWS = 40  # about a screenful: the rows a column is fitted to
# A free-text column (a nursery's name, a finding's text) is fitted to its rows up to this many CJK characters;
# longer texts end in "…". A stretched text column got what the label columns left: in English next to nothing.
TEXT_COLUMN_CHARS = 24


def size_columns_once(view: QTableView, rows: int = SIZING_ROWS) -> None:
    """Fit the interactive columns to the header and the first `rows` rows (only those are read).

    Not resizeColumnsToContents: on a view not shown yet (a page built on its first visit) Qt
    measures every row of the model, and otherwise up to 1,000 of them. Each text is measured with
    the view's font and the item margins Qt's style adds (the lists show plain text): asking the
    delegate for each cell's size hint cost a first visit 10-20 ms.
    """
    model, header = view.model(), view.horizontalHeader()
    shown = min(model.rowCount(), rows)
    margins = _item_margins(view)
    fonts: dict[str, QFontMetrics] = {}
    most = view.fontMetrics().horizontalAdvance("中" * TEXT_COLUMN_CHARS) + margins

    def width_of(index) -> int:
        text = model.data(index, Qt.ItemDataRole.DisplayRole)
        if not text:
            return 0
        font = model.data(index, Qt.ItemDataRole.FontRole)  # e.g. bold overdue rows
        font = view.font() if font is None else font.resolve(view.font())
        metrics = fonts.setdefault(font.key(), QFontMetrics(font))
        return metrics.horizontalAdvance(str(text)) + margins

    for column in range(model.columnCount()):
        if header.isSectionHidden(column) or header.sectionResizeMode(column) != QHeaderView.ResizeMode.Interactive:
            continue
        samples = column_samples(model, column)
        if samples is not None:  # a fixed set of labels or a format: the rows loaded now say too little
            header.resizeSection(column, sample_width(view, column, samples))
            continue
        width = min(max((width_of(model.index(row, column)) for row in range(shown)), default=0), most)
        header.resizeSection(column, max(width + int(view.showGrid()), header.sectionSizeHint(column)))


def column_samples(model, column: int) -> tuple[str, ...] | None:
    """The texts `column` of `model` can show when they come from a fixed set (enum labels) or format
    (dates, prices): every label, or the widest of the format, in the interface language (None: free text).

    A model offers them through `column_samples(column)`."""
    samples = getattr(model, "column_samples", None)
    return samples(column) if samples is not None else None


def sample_width(view: QTableView, column: int, samples: tuple[str, ...]) -> int:
    """The width that shows each of `samples` whole (in bold too: an overdue row is) and the header."""
    margins = _item_margins(view)
    bold = QFont(view.font())
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    width = max((metrics.horizontalAdvance(text) + margins for text in samples if text), default=0)
    return max(width + int(view.showGrid()), view.horizontalHeader().sectionSizeHint(column))


def fit_to_samples(view: QTableView) -> None:
    """Widen the columns narrower than their widest label or format (or header), e.g. a width saved
    in another language; wider columns stay as they are."""
    model, header = view.model(), view.horizontalHeader()
    for column in range(model.columnCount()):
        if header.isSectionHidden(column) or header.sectionResizeMode(column) != QHeaderView.ResizeMode.Interactive:
            continue
        samples = column_samples(model, column)
        wanted = sample_width(view, column, samples) if samples is not None else header.sectionSizeHint(column)
        if header.sectionSize(column) < wanted:
            header.resizeSection(column, wanted)


def _item_margins(view: QTableView) -> int:
    """The horizontal room Qt's style adds around a cell's plain text."""
    return 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)


def selected_row(view: QTableView) -> object | None:
    """The DTO of the current row, or None."""
    index = view.currentIndex()
    return view.model().data(index, PagedTableModel.ROW_ROLE) if index.isValid() else None


def refill_keeping_selection(view: QTableView, refill: Callable[[], None]) -> None:
    """Run `refill` (one model reset) under a busy cursor; select the same row again (by id) when listed."""
    model: PagedTableModel = view.model()
    current = view.currentIndex()
    row_id = model.data(current, PagedTableModel.ID_ROLE) if current.isValid() else None
    with busy_cursor():
        refill()
        if row_id is None:
            return
        row = model.row_of(row_id, near=current.row())
    if row >= 0:
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        view.selectionModel().setCurrentIndex(model.index(row, max(current.column(), 0)), flags)
