"""The filing page (备案管理): work queues, the list of applications, new applications."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QTreeWidgetItem, QWidget

from workstation.domain.errors import DomainError
from workstation.domain.filing import FilingKind, FilingState
from workstation.i18n.labels import ui_label
from workstation.services.filing import FilingService
from workstation.ui.common import prompts
from workstation.ui.common.due_dates import due_text, missing_years_text
from workstation.ui.common.tables import bulk_fill
from workstation.ui.filing.application_dialog import FilingApplicationDialog
from workstation.ui.filing.new_dialog import NewApplicationDialog
from workstation.ui.filing.queues import entry_of, fill_queue_tree
from workstation.ui.forms.ui_filing_page import Ui_FilingPage

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class FilingPage(QWidget):
    """Queues on the left (one click opens), every application on the right (double-click opens)."""

    # A queue entry that is a nursery, not an application (registered but not filed): the main
    # window shows the nursery's record.
    nursery_requested = Signal(int)
    application_opened = Signal(int)
    application_changed = Signal(int)  # saved or moved in its dialog (the event hub tells other pages)

    NAME, USCC, KIND, STATE, SUBMITTED, DUE, RECEIPT = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("FilingPage", "机构名称"),
        QT_TRANSLATE_NOOP("FilingPage", "统一社会信用代码"),
        QT_TRANSLATE_NOOP("FilingPage", "类型"),
        QT_TRANSLATE_NOOP("FilingPage", "状态"),
        QT_TRANSLATE_NOOP("FilingPage", "提交日期"),
        QT_TRANSLATE_NOOP("FilingPage", "回执期限"),
        QT_TRANSLATE_NOOP("FilingPage", "回执编号"),
    )
    SEARCH_DELAY_MS = 200

    def __init__(self, filing_service: FilingService, parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self.ui = Ui_FilingPage()
        self.ui.setupUi(self)
        self._service, self._today = filing_service, today
        self.dialog: FilingApplicationDialog | None = None
        self.show_error: Callable[[str], None] = lambda message: prompts.error(self, message)
        self._search_timer = QTimer(self, singleShot=True, interval=self.SEARCH_DELAY_MS)
        self._set_up_filters()
        self._set_up_table()
        self._connect()
        self.refresh()

    # --- public -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the queues and the application list."""
        try:
            queues = self._service.queues()
        except DomainError as exc:
            self.show_error(exc.message)
            return
        fill_queue_tree(self.ui.queueTree, queues)
        notice = missing_years_text(queues.missing_years)
        self.ui.calendarLabel.setText(notice)
        self.ui.calendarLabel.setVisible(bool(notice))
        self.reload_list()

    def reload_list(self) -> None:
        self._search_timer.stop()
        state, kind = self.ui.stateCombo.currentData(), self.ui.kindCombo.currentData()  # plain str from Qt
        rows = self._service.applications(self.ui.searchEdit.text(), FilingState(state) if state else None,
                                          FilingKind(kind) if kind else None)
        table = self.ui.applicationTable
        with bulk_fill(table):
            table.setRowCount(len(rows))
            for r, row in enumerate(rows):
                texts = (row.nursery_name, row.uscc, ui_label(row.kind), ui_label(row.state),
                         row.submitted_on.isoformat() if row.submitted_on else "",
                         due_text(row.due_on, row.due_provisional), row.receipt_no or "")
                for column, text in enumerate(texts):
                    item = QTableWidgetItem(text)
                    item.setData(ID_ROLE, row.id)
                    table.setItem(r, column, item)

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
            self.show_error(exc.message)
            return None
        self.refresh()
        return self.open_application(view.id)

    def new_application(self, text: str = "") -> FilingApplicationDialog | None:
        chooser = NewApplicationDialog(self._service, self, text)
        if chooser.exec() != QDialog.DialogCode.Accepted or chooser.choice() is None:
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
        table = self.ui.applicationTable
        table.setColumnCount(len(self.HEADERS))
        table.setHorizontalHeaderLabels([self.tr(h) for h in self.HEADERS])
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.NAME, QHeaderView.ResizeMode.Stretch)
        self.ui.splitter.setStretchFactor(0, 2)
        self.ui.splitter.setStretchFactor(1, 3)

    def _connect(self) -> None:
        ui = self.ui
        ui.queueTree.itemClicked.connect(self._queue_clicked)
        ui.applicationTable.itemActivated.connect(lambda item: self.open_application(item.data(ID_ROLE)))
        ui.applicationTable.itemDoubleClicked.connect(lambda item: self.open_application(item.data(ID_ROLE)))
        ui.searchEdit.textChanged.connect(lambda _text: self._search_timer.start())
        self._search_timer.timeout.connect(self.reload_list)
        ui.kindCombo.currentIndexChanged.connect(lambda _i: self.reload_list())
        ui.stateCombo.currentIndexChanged.connect(lambda _i: self.reload_list())
        ui.refreshButton.clicked.connect(self.refresh)
        ui.newButton.clicked.connect(lambda: self.new_application())

    def _queue_clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        entry = entry_of(item)
        if entry is None:
            return
        if entry.application_id is not None:
            self.open_application(entry.application_id)
        else:
            self.nursery_requested.emit(entry.nursery_id)
