"""The registry page (机构名册): search box, filter bar and the lazy table of every nursery."""

from __future__ import annotations

from PySide6.QtCore import (
    Q_ARG,
    QCoreApplication,
    QEvent,
    QMetaObject,
    QModelIndex,
    QObject,
    QPoint,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QWidget

from workstation.models.registry import NurseryTableModel
from workstation.services.registry import RegistryQuery, RegistryService
from workstation.ui.common.empty_notice import EmptyNotice
from workstation.ui.common.list_views import fit_to_samples
from workstation.ui.forms.ui_registry_page import Ui_RegistryPage
from workstation.ui.registry.filter_bar import RegistryFilterBar

# Initial column widths in pixels (the user's own layout is restored over them).
_WIDTHS = {
    NurseryTableModel.NAME: 280, NurseryTableModel.ALIAS: 140, NurseryTableModel.USCC: 170,
    NurseryTableModel.LEGAL_NATURE: 150, NurseryTableModel.KIND: 110, NurseryTableModel.STATUS: 110,
    NurseryTableModel.STREET: 110, NurseryTableModel.ADDRESS: 320, NurseryTableModel.LEGAL_REP: 90,
    NurseryTableModel.PLACES_TOTAL: 70, NurseryTableModel.PLACES_INCLUSIVE: 90,
    NurseryTableModel.INCLUSIVE: 60, NurseryTableModel.DEMONSTRATION: 80, NurseryTableModel.UPDATED_AT: 130,
}


def default_settings() -> QSettings:
    """The application's user settings (names from QCoreApplication; tests redirect the path)."""
    app = QCoreApplication.applicationName() or "workstation"
    return QSettings(QCoreApplication.organizationName() or app, app)


class RegistryPage(QWidget):
    """Every nursery in a sortable, filterable table; Enter or a double-click opens one."""

    # The user asked to open this nursery's record (double-click or Enter on its row).
    nursery_activated = Signal(int)

    SEARCH_DELAY_MS = 150
    LAYOUT_KEY = "registry/header_state"

    def __init__(self, registry_service: RegistryService, parent: QWidget | None = None, *, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RegistryPage()
        self.ui.setupUi(self)
        self._settings = settings if settings is not None else default_settings()
        self._sort_column_checked = False
        self.model = NurseryTableModel(registry_service, self)
        self.filter_bar = RegistryFilterBar(self.ui, registry_service.streets(), self)
        # Restarted by every keystroke: the query runs once typing pauses.
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(self.SEARCH_DELAY_MS)
        self._connect()
        self._set_up_table()

    # --- public -----------------------------------------------------------------------------

    def apply_query(self) -> None:
        """Run the search text and filters now (keeping the current sort order)."""
        self._search_timer.stop()
        current = self.model.query
        query = RegistryQuery(text=self.ui.searchEdit.text(), **self.filter_bar.filters(),
                              sort_key=current.sort_key, descending=current.descending)
        self.model.set_query(query)
        self.ui.table.scrollToTop()  # other rows: from their first (walk: the view stayed at the old end)

    def refresh(self) -> None:
        """Re-read the registry after nurseries were added or changed elsewhere."""
        self.model.refresh()

    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

    def clear_conditions(self) -> None:
        """Empty the search box and set every filter back to "any"."""
        self.ui.searchEdit.blockSignals(True)
        self.ui.searchEdit.clear()
        self.ui.searchEdit.blockSignals(False)
        self.filter_bar.reset()
        self.apply_query()

    def save_layout(self) -> None:
        """Remember column widths, order, visibility and the sort column."""
        self._settings.setValue(self.LAYOUT_KEY, self.ui.table.horizontalHeader().saveState())

    # --- set-up -------------------------------------------------------------------------------

    def _connect(self) -> None:
        ui = self.ui
        ui.searchEdit.textChanged.connect(self._search_timer.start)
        ui.searchEdit.returnPressed.connect(self.apply_query)
        self._search_timer.timeout.connect(self.apply_query)
        self.filter_bar.changed.connect(self.apply_query)
        ui.resetButton.clicked.connect(self.clear_conditions)
        self.model.modelReset.connect(self._show_total)
        self.model.count_settled.connect(self._show_total)
        ui.table.installEventFilter(self)  # Ctrl+End goes to the real end: the count first
        # activated: Enter on a row, or a double-click (a single click where the platform says so).
        ui.table.activated.connect(self._activate)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_search)

    def _set_up_table(self) -> None:
        table = self.ui.table
        table.setModel(self.model)
        self.empty_notice = EmptyNotice(table, lambda: self.tr("没有符合条件的机构") if (
            self.model.query != RegistryQuery(sort_key=self.model.query.sort_key,
                                              descending=self.model.query.descending))
            else self.tr("还没有登记托育机构"))
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 10)  # compact rows: more per screen
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # never ResizeToContents: 100k rows
        header.setSectionsMovable(True)
        header.setSortIndicatorShown(True)
        for column, width in _WIDTHS.items():
            header.resizeSection(column, width)
        header.setSortIndicator(NurseryTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self._restore_layout()
        # Labels and formats whole in this language, whatever width was saved (perhaps in the other one).
        fit_to_samples(table)
        header.sectionMoved.connect(self.save_layout)
        header.sectionResized.connect(self.save_layout)
        header.sortIndicatorChanged.connect(self.save_layout)
        header.sortIndicatorChanged.connect(self.ui.table.scrollToTop)  # another order: from its first row
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        table.setSortingEnabled(True)  # sorts by the indicator: the first query

    def _restore_layout(self) -> None:
        state = self._settings.value(self.LAYOUT_KEY)
        header = self.ui.table.horizontalHeader()
        if state is not None and header.restoreState(state):
            header.setSectionHidden(NurseryTableModel.NAME, False)  # the name always shows
        if not 0 <= header.sortIndicatorSection() < NurseryTableModel.COLUMN_COUNT:
            header.setSortIndicator(NurseryTableModel.NAME, Qt.SortOrder.AscendingOrder)
        # A saved sort on a column hidden since: shown again, or nothing would say what the list is sorted by.
        header.setSectionHidden(header.sortIndicatorSection(), False)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sort_column_checked:  # once, on the first show: the view's width is known then
            self._sort_column_checked = True
            QTimer.singleShot(0, self.bring_sort_column_into_view)  # after the view has laid out its columns

    def bring_sort_column_into_view(self) -> None:
        """Scroll the columns so that the one the list is sorted by (a saved layout's) can be seen."""
        table, header = self.ui.table, self.ui.table.horizontalHeader()
        column = header.sortIndicatorSection()
        if not 0 <= column < NurseryTableModel.COLUMN_COUNT or header.isSectionHidden(column):
            return
        left = header.sectionViewportPosition(column)
        if left >= 0 and left + header.sectionSize(column) <= table.viewport().width():
            return  # in view already: nothing moves
        if self.model.rowCount() > 0:
            row = max(table.rowAt(0), 0)  # the rows stay where they are
            table.scrollTo(self.model.index(row, column), QAbstractItemView.ScrollHint.EnsureVisible)
        elif table.horizontalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerItem:
            table.horizontalScrollBar().setValue(header.visualIndex(column))
        else:
            table.horizontalScrollBar().setValue(header.sectionPosition(column))

    # --- reactions ------------------------------------------------------------------------------

    def _show_total(self) -> None:
        if not self.model.exact:  # many matches: the exact count is on its way
            text = self.tr("超过 {count} 家（正在统计总数…）").format(count=f"{self.model.COUNT_CAP:,}")
        else:
            text = self.tr("共 {count} 家", "", self.model.total).format(count=f"{self.model.total:,}")
        self.ui.countLabel.setText(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.ui.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.matches(QKeySequence.StandardKey.MoveToEndOfDocument)):
            self.model.settle_count()
        return super().eventFilter(watched, event)

    def _activate(self, index: QModelIndex) -> None:
        nursery_id = self.model.nursery_id(index.row())
        if nursery_id is not None:
            # Not .emit(): in PySide6 6.12.0 every SignalInstance.emit() drops a reference to
            # True, and a long session would end in "bool_dealloc" (Fatal Python error).
            QMetaObject.invokeMethod(self, "nursery_activated", Qt.ConnectionType.DirectConnection,
                                     Q_ARG(int, nursery_id))

    def _column_menu(self, position: QPoint) -> None:
        header = self.ui.table.horizontalHeader()
        menu = QMenu(self)
        for column in range(NurseryTableModel.COLUMN_COUNT):
            action = menu.addAction(self.model.headerData(column, Qt.Orientation.Horizontal))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(column != NurseryTableModel.NAME)
            action.toggled.connect(lambda shown, column=column: self._show_column(column, shown))
        menu.exec(header.mapToGlobal(position))

    def _show_column(self, column: int, shown: bool) -> None:
        self.ui.table.horizontalHeader().setSectionHidden(column, not shown)
        self.save_layout()
