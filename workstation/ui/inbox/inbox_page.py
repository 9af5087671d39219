"""推送收件箱: received batches, a batch's items with their class and decision, the side-by-side
comparison, and the decisions (接受 / 合并所选字段 / 驳回… / 暂缓 / 批量接受无问题的行)."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable

from PySide6.QtCore import Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.errors import DomainError
from workstation.domain.inbox import OPEN, Decision, ItemClass
from workstation.domain.permissions import Action
from workstation.domain.pinyin_order import load_dictionaries
from workstation.i18n.labels import ui_label
from workstation.models.inbox import InboxBatchTableModel, InboxItemTableModel
from workstation.services.common.context import Actor
from workstation.services.inbox import InboxService, ItemRow, UnregisteredService
from workstation.ui.inbox.comparison_panel import ComparisonPanel
from workstation.ui.inbox.decisions import InboxDecisions
from workstation.ui.inbox.item_view import ItemTableView
from workstation.ui.inbox.receive_dialog import ReceiveRequest
from workstation.ui.inbox.receiving import InboxReceiving
from workstation.ui.tasks import Pool, ProgressDialog, Task

_WAITING = "waiting"  # the decision filter's "待处理和暂缓"


class InboxPage(QWidget):
    changed = Signal()  # a decision or a receipt committed (the event hub tells the other pages)

    def __init__(self, service: InboxService, unregistered: UnregisteredService, actor: Actor,
                 pool: Pool | None = None, today: Callable[[], dt.date] = dt.date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service, self._unregistered, self._actor = service, unregistered, actor
        self._pool = pool or QThreadPool.globalInstance()
        self._today = today
        # Replaceable questions (tests answer them without a modal dialog).
        self._receiving, self._decisions = InboxReceiving(self), InboxDecisions(self)
        self.ask_request: Callable[[], ReceiveRequest | None] = self._receiving.ask_request
        self.ask_reason: Callable[[str], str | None] = self._decisions.ask_reason
        self.ask_report_path: Callable[[str], str] = self._receiving.ask_report_path
        self.confirm_overwrite: Callable[[str], bool] = self._decisions.confirm_overwrite
        self.confirm_bulk: Callable[[str], bool] = self._decisions.confirm_bulk
        self.progress: ProgressDialog | None = None
        self.error_box = None
        self._telling = False  # emitting this page's own change (see tell_others)
        self._shown_batch: int | None = None  # the batch the status line describes
        self._build()
        self._wire()
        if self._may_decide:  # accepting a row saves a nursery, whose name needs the pinyin dictionaries
            threading.Thread(target=load_dictionaries, name="pinyin", daemon=True).start()
        self.refresh()

    # --- layout ----------------------------------------------------------------------------------

    def _build(self) -> None:
        self.receive_button = QPushButton(self.tr("接收推送文件(&R)…"), self)
        self.unregistered_button = QPushButton(self.tr("在营未登记(&U)…"), self)
        self.report_button = QPushButton(self.tr("导出无效的行(&E)…"), self)
        self.report_button.setToolTip(self.tr("把所选批次中无效的行连同原因另存为 Excel 文件"))
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.batch_model = InboxBatchTableModel(self._service, self)
        self.batch_view = self._table(self.batch_model, self.tr("推送批次"))
        self.class_filter = QComboBox(self)
        self.class_filter.addItem(self.tr("全部类别"), None)
        for kind in ItemClass:
            self.class_filter.addItem(ui_label(kind), kind)
        self.decision_filter = QComboBox(self)
        self.decision_filter.addItem(self.tr("全部处理结果"), None)
        self.decision_filter.addItem(self.tr("待处理和暂缓"), _WAITING)
        for decision in Decision:
            self.decision_filter.addItem(ui_label(decision), decision)
        self.item_model = InboxItemTableModel(self._service, self)
        self.item_view = self._table(self.item_model, self.tr("推送条目"), ItemTableView(self))
        self._fit_columns(self.batch_view, stretch=(2,))
        column = self.item_model.column_of
        self.item_view.fit_columns({column("name"): 0.33, column("findings"): 0.48, column("differs"): 0.3,
                                    column("reason"): 0.3})
        self.item_view.setSortingEnabled(True)
        self.item_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.count_label = QLabel(self)
        self.comparison = ComparisonPanel(self)
        self.accept_button = QPushButton(self.tr("接受(&A)"), self)
        self.merge_button = QPushButton(self.tr("合并所选字段(&M)"), self)
        self.reject_button = QPushButton(self.tr("驳回(&J)…"), self)
        self.defer_button = QPushButton(self.tr("暂缓(&D)"), self)
        self.bulk_button = QPushButton(self.tr("批量接受无问题的行(&B)"), self)
        self.bulk_button.setToolTip(self.tr("接受本批次中待处理、无问题提示的新机构和与登记一致的行"))

        top = QHBoxLayout()
        top.addWidget(self.receive_button)
        top.addWidget(self.unregistered_button)
        top.addWidget(self.report_button)
        top.addStretch(1)
        filters = QHBoxLayout()
        class_label = QLabel(self.tr("类别(&C)："), self)
        class_label.setBuddy(self.class_filter)
        decision_label = QLabel(self.tr("处理结果(&S)："), self)
        decision_label.setBuddy(self.decision_filter)
        for widget in (class_label, self.class_filter, decision_label, self.decision_filter):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        items = QWidget(self)
        items_layout = QVBoxLayout(items)
        items_layout.setContentsMargins(0, 0, 0, 0)
        items_layout.addLayout(filters)
        items_layout.addWidget(self.item_view, 1)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.comparison, 1)
        for button in (self.accept_button, self.merge_button, self.reject_button, self.defer_button):
            side_layout.addWidget(button)
        side_layout.addWidget(self.bulk_button)
        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.addWidget(items)
        lower.addWidget(side)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.batch_view)
        split.addWidget(lower)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status_label)
        layout.addWidget(split, 1)

    def _table(self, model, name: str, view: QTableView | None = None) -> QTableView:
        view = view if view is not None else QTableView(self)
        view.setModel(model)
        view.setAccessibleName(name)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setTabKeyNavigation(False)
        view.horizontalHeader().setStretchLastSection(True)
        view.verticalHeader().setVisible(False)
        return view

    @staticmethod
    def _fit_columns(view: QTableView, stretch: tuple[int, ...]) -> None:
        """Every column as wide as its header and the rows on screen (only those: the list is lazy);
        the long texts take the room left."""
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setResizeContentsPrecision(0)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def _wire(self) -> None:
        self.receive_button.clicked.connect(self.receive)
        self.unregistered_button.clicked.connect(self.show_unregistered)
        self.report_button.clicked.connect(self.save_invalid)
        self.batch_view.selectionModel().currentRowChanged.connect(lambda *_: self._batch_chosen())
        self.item_view.selectionModel().currentRowChanged.connect(lambda *_: self._item_chosen())
        self.item_model.modelReset.connect(self._item_chosen)
        self.class_filter.currentIndexChanged.connect(lambda *_: self._apply_filter())
        self.decision_filter.currentIndexChanged.connect(lambda *_: self._apply_filter())
        self.accept_button.clicked.connect(self.accept_current)
        self.merge_button.clicked.connect(self.merge_current)
        self.reject_button.clicked.connect(self.reject_current)
        self.defer_button.clicked.connect(self.defer_current)
        self.bulk_button.clicked.connect(self.accept_clean)
        may = self._actor.can(Action.IMPORT_REGISTRATIONS)
        for button in (self.receive_button, self.bulk_button):
            button.setVisible(may)
        self._may_decide = may
        self._may_record = self._actor.can(Action.NURSERY_EDIT)

    # --- reading ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read batches and the open batch's items, keeping the batch and the item where it can."""
        if self._telling:
            return  # the event hub echoing this page's own change: read just before telling
        item = self.current_item()
        row = self.item_view.currentIndex().row()
        batch = self.current_batch_id()
        self.batch_model.refresh()
        if batch is None and self.batch_model.rowCount():
            batch = self.batch_model.batch_at(0).id
        self.select_batch(batch)
        if item is not None and self.item_model.row_of(item.id) is not None:
            self.select_item(item.id)
        elif row >= 0 and self.item_model.rowCount():
            self.item_view.selectRow(min(row, self.item_model.rowCount() - 1))

    def current_batch_id(self) -> int | None:
        batch = self.batch_model.batch_at(self.batch_view.currentIndex().row())
        return batch.id if batch else None

    def select_batch(self, batch_id: int | None) -> None:
        row = self.batch_model.row_of(batch_id) if batch_id is not None else None
        if row is None:
            self.item_model.set_batch(None)
            return
        if self.batch_view.currentIndex().row() == row:
            self._batch_chosen()
        else:
            self.batch_view.selectRow(row)

    def _batch_chosen(self) -> None:
        batch = self.batch_model.batch_at(self.batch_view.currentIndex().row())
        if batch is not None and batch.id != self._shown_batch:
            self.status_label.setText(self.tr("批次 {id}：{file}，{day} 由 {who} 接收自{organ}，共 {rows} 行，待处理 {waiting} 行。").format(
                id=batch.id, file=batch.file_name, day=batch.received_on.isoformat(), who=batch.received_by,
                organ=self.tr("{level}{kind}").format(level=ui_label(batch.organ_level), kind=ui_label(batch.organ_kind)),
                rows=batch.rows, waiting=batch.waiting))
        self._shown_batch = batch.id if batch is not None else None
        self.item_model.set_batch(self.current_batch_id(), *self._filters())
        if self.item_model.rowCount():
            self.item_view.selectRow(0)

    def _filters(self) -> tuple[list[ItemClass], list[Decision]]:
        kind = self.class_filter.currentData()
        decision = self.decision_filter.currentData()
        decisions = sorted(OPEN) if decision == _WAITING else [decision] if decision else []
        return ([kind] if kind else []), decisions

    def _apply_filter(self) -> None:
        self.item_model.set_filter(*self._filters())
        if self.item_model.rowCount():
            self.item_view.selectRow(0)

    def current_item(self) -> ItemRow | None:
        return self.item_model.item_at(self.item_view.currentIndex().row())

    def select_item(self, item_id: int) -> None:
        row = self.item_model.row_of(item_id)
        if row is not None:
            self.item_view.selectRow(row)

    def _item_chosen(self) -> None:
        item = self.current_item()
        total = self.item_model.total()
        self.count_label.setText(self.tr("共 {n} 行").format(n=total))
        try:
            rows = self._service.compare(item.id) if item else []
        except DomainError as exc:
            rows = []
            self.status_label.setText(exc.message)
        self.comparison.show_item(item, rows)
        waiting = item is not None and item.decision in OPEN and self._may_decide
        self.accept_button.setEnabled(waiting and item.item_class != ItemClass.INVALID)
        self.merge_button.setEnabled(waiting and item.item_class == ItemClass.DIFFERS)
        self.reject_button.setEnabled(waiting)
        self.defer_button.setEnabled(waiting and item.decision != Decision.DEFERRED)
        batch = self.batch_model.batch_at(self.batch_view.currentIndex().row())
        self.bulk_button.setEnabled(self._may_decide and batch is not None and batch.waiting > 0)
        self.report_button.setEnabled(self.current_batch_id() is not None)

    # --- receiving, decisions, the invalid rows' report (helpers: receiving.py, decisions.py) -----

    def receive(self) -> None:
        self._receiving.receive()

    def save_invalid(self) -> None:
        self._receiving.save_invalid()

    def accept_current(self) -> None:
        self._decisions.accept_current()

    def merge_current(self) -> None:
        self._decisions.merge_current()

    def reject_current(self) -> None:
        self._decisions.reject_current()

    def defer_current(self) -> None:
        self._decisions.defer_current()

    def accept_clean(self) -> None:
        self._decisions.accept_clean()

    @property
    def service(self) -> InboxService:
        return self._service

    def today(self) -> dt.date:
        return self._today()

    def run_task(self, task: Task, title: str, label: str) -> None:
        """`task` under a progress dialog that is deleted once the task has ended (it was only hidden)."""
        self.progress = ProgressDialog(self, title, label)
        for ended in (task.signals.finished, task.signals.cancelled, task.signals.failed):
            ended.connect(self.progress.deleteLater)
        self.progress.run(task, self._pool)

    def tell_others(self) -> None:
        """Emit `changed` after this page has read its own change: the event hub's echo reads nothing."""
        self._telling = True
        try:
            self.changed.emit()
        finally:
            self._telling = False

    # --- operating but unregistered --------------------------------------------------------------

    def show_unregistered(self) -> None:
        from workstation.ui.inbox.unregistered_dialog import UnregisteredDialog

        dialog = UnregisteredDialog(self._unregistered, self._today, self._may_record, self)
        dialog.changed.connect(self.changed)
        self.unregistered_dialog = dialog
        dialog.open()
