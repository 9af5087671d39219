"""推送收件箱: received batches, a batch's items with their class and decision, the side-by-side
comparison, and the decisions (接受 / 合并所选字段 / 驳回… / 暂缓 / 批量接受无问题的行)."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
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
from workstation.models.inbox import InboxBatchTableModel, InboxItemTableModel, field_title, message_text
from workstation.services.common.context import Actor
from workstation.services.inbox import InboxService, ItemRow, Received, UnregisteredService
from workstation.ui.common import file_dialogs
from workstation.ui.common.list_views import busy_cursor
from workstation.ui.inbox.comparison_panel import ComparisonPanel
from workstation.ui.inbox.receive_dialog import ReceiveDialog, ReceiveRequest
from workstation.ui.tasks import Pool, ProgressDialog, Task, show_error

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
        self.ask_request: Callable[[], ReceiveRequest | None] = self._ask_request
        self.ask_reason: Callable[[str], str | None] = self._ask_reason
        self.ask_report_path: Callable[[str], str] = self._ask_report_path
        self.confirm_overwrite: Callable[[str], bool] = self._confirm_overwrite
        self.progress: ProgressDialog | None = None
        self.error_box = None
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
        self.item_view = self._table(self.item_model, self.tr("推送条目"))
        self._fit_columns(self.batch_view, stretch=(2,))
        self._fit_columns(self.item_view, stretch=(self.item_model.column_of("name"),
                                                   self.item_model.column_of("findings")))
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

    def _table(self, model, name: str) -> QTableView:
        view = QTableView(self)
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

    # --- receiving -------------------------------------------------------------------------------

    def _ask_request(self) -> ReceiveRequest | None:
        dialog = ReceiveDialog(self, self._today())
        try:
            return dialog.request() if dialog.exec() == ReceiveDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()  # one hidden window per receive stayed alive otherwise

    def receive(self) -> None:
        request = self.ask_request()
        if request is None:
            return
        service = self._service
        task = Task(lambda progress, is_cancelled: service.receive(
            request.path, request.organ_kind, request.organ_level, request.received_on,
            progress=progress, is_cancelled=is_cancelled))
        task.signals.finished.connect(self._received)
        task.signals.cancelled.connect(lambda: self.status_label.setText(self.tr("已取消接收，未保存任何条目。")))
        self._run(task, self.tr("接收推送文件"), self.tr("正在读取并比对推送数据…"))

    def _run(self, task: Task, title: str, label: str) -> None:
        """`task` under a progress dialog that is deleted once the task has ended (it was only hidden)."""
        self.progress = ProgressDialog(self, title, label)
        for ended in (task.signals.finished, task.signals.cancelled, task.signals.failed):
            ended.connect(self.progress.deleteLater)
        self.progress.run(task, self._pool)

    def _received(self, received: Received) -> None:
        self.batch_model.refresh()
        self.select_batch(received.batch.id)
        self.status_label.setText(self._received_text(received))
        if not received.duplicate:
            self.changed.emit()

    def _received_text(self, received: Received) -> str:
        b = received.batch
        if received.duplicate:
            return self.tr("该文件已于 {day} 由 {who} 接收（批次 {id}，{file}），本次未重复接收，也未新增任何条目。").format(
                day=b.received_on.isoformat(), who=b.received_by, id=b.id, file=b.file_name)
        counts = self.tr("，").join(self.tr("{kind} {n} 行").format(kind=ui_label(kind), n=n)
                                   for kind, n in b.counts.items() if n)
        text = self.tr("已接收“{file}”共 {rows} 行：{counts}").format(
            file=b.file_name, rows=b.rows, counts=counts or self.tr("无数据行"))
        if received.auto_accepted:
            text += self.tr("；已按设置自动接受 {n} 行").format(n=received.auto_accepted)
        return text + self.tr("。")

    # --- decisions -------------------------------------------------------------------------------

    def accept_current(self) -> None:
        item = self.current_item()
        if item is not None and item.item_class == ItemClass.DIFFERS and item.differs:
            fields = self.tr("、").join(field_title(name) for name in item.differs)
            question = self.tr("接受将用推送值覆盖登记中的以下字段：{fields}。\n只采用其中一部分请勾选后选择“合并所选字段”。"
                               "是否全部采用推送值？").format(fields=fields)
            if not self.confirm_overwrite(question):
                return
        self._decide(lambda item: self._service.accept(item.id))

    def _confirm_overwrite(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("接受推送值"), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def merge_current(self) -> None:
        fields = self.comparison.chosen_fields()
        self._decide(lambda item: self._service.merge(item.id, fields))

    def reject_current(self) -> None:
        item = self.current_item()
        if item is None:
            return
        label = (self.tr("驳回第{row}行“{name}”的理由：").format(row=item.row_number, name=item.name) if item.name
                 else self.tr("驳回第{row}行（无名称）的理由：").format(row=item.row_number))
        reason = self.ask_reason(label)
        if reason is None:
            return
        self._decide(lambda item: self._service.reject(item.id, reason))

    def defer_current(self) -> None:
        self._decide(lambda item: self._service.defer(item.id))

    def _ask_reason(self, label: str) -> str | None:
        from workstation.ui.inbox.reason_dialog import ReasonDialog

        dialog = ReasonDialog(self, label)
        return dialog.reason() if dialog.exec() == ReasonDialog.DialogCode.Accepted else None

    def _decide(self, act: Callable[[ItemRow], ItemRow]) -> None:
        item = self.current_item()
        if item is None:
            return
        with busy_cursor():  # a decision and the lists read again take a moment in a large district
            try:
                done = act(item)
            except DomainError as exc:
                done, message = None, message_text(exc.message)
            if done is not None:
                self.status_label.setText(self.tr("第{row}行：{decision}。").format(
                    row=done.row_number, decision=ui_label(done.decision)))
                row = self.item_view.currentIndex().row()
                self._after_change(done.id)
                self._next_waiting(row, done.id)
        if done is None:
            self.status_label.setText(message)
            self.error_box = show_error(self, self.tr("推送收件箱"), message)

    def _after_change(self, item_id: int | None = None) -> None:
        self.refresh()
        if item_id is not None:
            self.select_item(item_id)
        self.changed.emit()

    _LOOK_AHEAD = 1000  # rows searched for the next waiting one (pages are read lazily)

    def _next_waiting(self, row: int, decided: int) -> None:
        """After a decision the list moves on to the next waiting row (from `row`, else from the top)."""
        total = self.item_model.rowCount()
        row = max(row, 0)
        ahead = [*range(row, min(total, row + self._LOOK_AHEAD)), *range(min(row, total))]
        for candidate in ahead[:self._LOOK_AHEAD]:
            item = self.item_model.item_at(candidate)
            if item is not None and item.decision in OPEN and item.id != decided:
                self.item_view.selectRow(candidate)
                break
        self.item_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept_clean(self) -> None:
        batch = self.current_batch_id()
        if batch is None:
            return
        service = self._service
        task = Task(lambda progress, is_cancelled: service.accept_clean(batch, progress, is_cancelled))
        task.signals.finished.connect(self._accepted_clean)
        task.signals.cancelled.connect(lambda: self._after_change())
        self._run(task, self.tr("批量接受"), self.tr("正在接受无问题的行…"))

    def _accepted_clean(self, result: tuple[int, list[str]]) -> None:
        accepted, refused = result
        text = self.tr("已批量接受 {n} 行。").format(n=accepted)
        if refused:
            text += self.tr("以下行未能接受，仍待处理：") + "；".join(refused[:5])
        self.status_label.setText(text)
        self._after_change()

    # --- the invalid rows' report --------------------------------------------------------------

    def _ask_report_path(self, name: str) -> str:
        path, _ = file_dialogs.save_file_name(self, self.tr("导出无效的行"), name, self.tr("Excel 工作簿 (*.xlsx)"))
        return path

    def save_invalid(self) -> None:
        batch = self.batch_model.batch_at(self.batch_view.currentIndex().row())
        if batch is None:
            return
        path = self.ask_report_path(f"{Path(batch.file_name).stem}-无效的行.xlsx")
        if not path:
            return
        try:
            saved = self._service.save_invalid(batch.id, path)
        except DomainError as exc:
            self.status_label.setText(exc.message)
            self.error_box = show_error(self, self.tr("导出无效的行"), exc.message)
            return
        self.status_label.setText(self.tr("无效的行已另存为：{path}").format(path=saved))

    # --- operating but unregistered --------------------------------------------------------------

    def show_unregistered(self) -> None:
        from workstation.ui.inbox.unregistered_dialog import UnregisteredDialog

        dialog = UnregisteredDialog(self._unregistered, self._today, self._may_record, self)
        dialog.changed.connect(self.changed)
        self.unregistered_dialog = dialog
        dialog.open()
