"""The filing page (备案管理): work queues, the list of applications, new applications."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QDialog, QTreeWidgetItem, QWidget

from workstation.domain.errors import DomainError
from workstation.domain.filing import FilingKind, FilingState
from workstation.i18n.labels import ui_label
from workstation.models.common.domain_text import error_text
from workstation.models.filing import ApplicationTableModel
from workstation.services.filing import ApplicationQuery, FilingService, WorkQueues
from workstation.ui.common import prompts
from workstation.ui.common.due_dates import due_text, missing_years_text
from workstation.ui.common.list_views import (
    busy_cursor,
    refill_keeping_selection,
    set_up_list_view,
    size_columns_once,
)
from workstation.ui.filing.application_dialog import FilingApplicationDialog
from workstation.ui.filing.new_dialog import NewApplicationDialog
from workstation.ui.filing.queues import QueueTreeShown, entry_of
from workstation.ui.forms.ui_filing_page import Ui_FilingPage


class FilingPage(QWidget):
    """Queues on the left (one click opens), every application on the right (double-click opens)."""

    # A queue entry that is a nursery, not an application (registered but not filed): the main
    # window shows the nursery's record.
    nursery_requested = Signal(int)
    application_opened = Signal(int)
    application_changed = Signal(int)  # saved or moved in its dialog (the event hub tells other pages)

    NAME, USCC, KIND, STATE, SUBMITTED, DUE, RECEIPT = range(7)  # ApplicationTableModel's columns
    SEARCH_DELAY_MS = 200

    def __init__(self, filing_service: FilingService, parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = dt.date.today,
                 queues: Callable[[], WorkQueues] | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FilingPage()
        self.ui.setupUi(self)
        self._service, self._today = filing_service, today
        self._queues = queues or filing_service.queues  # the window shares one read with 首页
        self.dialog: FilingApplicationDialog | None = None
        self.show_error: Callable[[str], None] = lambda message: prompts.error(self, message)
        self._search_timer = QTimer(self, singleShot=True, interval=self.SEARCH_DELAY_MS)
        self.model = ApplicationTableModel(filing_service, due_text, self)  # read a page at a time
        self._sized = False
        self._queue_tree = QueueTreeShown(self.ui.queueTree)
        self._set_up_filters()
        self._set_up_table()
        self._connect()
        self.refresh()

    # --- public -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the queues and the application list."""
        try:
            with busy_cursor():
                queues = self._queues()
        except DomainError as exc:
            self.show_error(error_text(exc))
            return
        self._queue_tree.show(queues)
        notice = missing_years_text(queues.missing_years)
        self.ui.calendarLabel.setText(notice)
        self.ui.calendarLabel.setVisible(bool(notice))
        self.reload_list()

    def reload_list(self) -> None:
        """Show the applications matching the search and filters (one count, one page, one reset)."""
        self._search_timer.stop()
        state, kind = self.ui.stateCombo.currentData(), self.ui.kindCombo.currentData()  # plain str from Qt
        current = self.model.query
        query = ApplicationQuery(self.ui.searchEdit.text(), FilingState(state) if state else None,
                                 FilingKind(kind) if kind else None, current.sort_key, current.descending)
        try:
            refill_keeping_selection(self.ui.applicationTable, lambda: self.model.set_query(query))
        except DomainError as exc:
            self.show_error(error_text(exc))
            return
        if not self._sized:  # once, from the header and the first rows: never every row of a long list
            self._sized = True
            size_columns_once(self.ui.applicationTable)

    def open_application(self, app_id: int) -> FilingApplicationDialog:
        """Show the application in its dialog (non-modal; the lists refresh after every change)."""
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = FilingApplicationDialog(self._service, app_id, self, today=self._today)
        self.dialog.changed.connect(lambda _id: self.refresh())
        self.dialog.changed.connect(self.application_changed)
        self.dialog.show()
        self.application_opened.emit(app_id)
        return self.dialog

    def create_application(self, nursery_id: int, kind: FilingKind) -> FilingApplicationDialog | None:
        try:
            view = self._service.create(nursery_id, kind)
        except DomainError as exc:
            self.show_error(error_text(exc))
            return None
        self.refresh()
        return self.open_application(view.id)

    def new_application(self, text: str = "") -> FilingApplicationDialog | None:
        chooser = NewApplicationDialog(self._service, self, text)
        result = chooser.exec()
        if result == NewApplicationDialog.OPEN_EXISTING and chooser.blocking is not None:
            return self.open_application(chooser.blocking.id)
        if result != QDialog.DialogCode.Accepted or chooser.choice() is None:
            return None
        return self.create_application(*chooser.choice())

    # --- wiring -------------------------------------------------------------------------------

    def _set_up_filters(self) -> None:
        self.ui.kindCombo.addItem(self.tr("全部类型"), None)
        for kind in FilingKind:
            self.ui.kindCombo.addItem(ui_label(kind), kind)
        self.ui.stateCombo.addItem(self.tr("全部状态"), None)
        for state in FilingState:
            self.ui.stateCombo.addItem(ui_label(state), state)

    def _set_up_table(self) -> None:
        set_up_list_view(self.ui.applicationTable, self.model)  # the name fitted to its rows, the last column stretched
        self.ui.splitter.setStretchFactor(0, 2)
        self.ui.splitter.setStretchFactor(1, 3)

    def _connect(self) -> None:
        ui = self.ui
        ui.queueTree.itemClicked.connect(self._queue_clicked)
        # activated: Enter on a row, or a double-click.
        ui.applicationTable.activated.connect(self._row_activated)
        ui.searchEdit.textChanged.connect(lambda _text: self._search_timer.start())
        self._search_timer.timeout.connect(self.reload_list)
        ui.kindCombo.currentIndexChanged.connect(lambda _i: self.reload_list())
        ui.stateCombo.currentIndexChanged.connect(lambda _i: self.reload_list())
        ui.refreshButton.clicked.connect(self.refresh)
        ui.newButton.clicked.connect(lambda: self.new_application())

    def _row_activated(self, index) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.open_application(row.id)

    def _queue_clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        entry = entry_of(item)
        if entry is None:
            return
        if entry.application_id is not None:
            self.open_application(entry.application_id)
        else:
            self.nursery_requested.emit(entry.nursery_id)
