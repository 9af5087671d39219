"""在营未登记: nurseries found operating without registration, recorded by hand and resolved
(已登记 / 已取缔) from the inbox page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.errors import DomainError
from workstation.domain.inbox import FoundBy, UnregisteredStatus
from workstation.i18n.labels import ui_label
from workstation.models.inbox import message_text
from workstation.services.inbox import UnregisteredRow, UnregisteredService
from workstation.ui.common.typed_inputs import commit_typed_inputs, install_typed_inputs


class UnregisteredDialog(QDialog):
    changed = Signal()

    def __init__(self, service: UnregisteredService, today: Callable[[], dt.date], may_edit: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("在营未登记机构"))
        self._service, self._today = service, today
        self.status_filter = QComboBox(self)
        for status in UnregisteredStatus:
            self.status_filter.addItem(ui_label(status), status)
        self.status_filter.addItem(self.tr("全部"), None)
        status_label = QLabel(self.tr("状态(&S)："), self)
        status_label.setBuddy(self.status_filter)
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels([self.tr("名称"), self.tr("地址"), self.tr("发现方式"),
                                              self.tr("发现日期"), self.tr("状态"), self.tr("备注")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("待核实的在营未登记机构"))
        self.name_edit = QLineEdit(self)
        self.address_edit = QLineEdit(self)
        self.found_combo = QComboBox(self)
        for how in FoundBy:
            self.found_combo.addItem(ui_label(how), how)
        day = today()
        self.date_edit = QDateEdit(QDate(day.year, day.month, day.day), self)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.note_edit = QLineEdit(self)
        self.add_button = QPushButton(self.tr("添加(&A)"), self)
        self.registered_button = QPushButton(self.tr("标记为已登记(&G)"), self)
        self.banned_button = QPushButton(self.tr("标记为已取缔(&X)"), self)
        self.close_button = QPushButton(self.tr("关闭"), self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        form = QFormLayout()
        for text, widget in ((self.tr("名称(&N)："), self.name_edit), (self.tr("地址(&D)："), self.address_edit),
                             (self.tr("发现方式(&F)："), self.found_combo), (self.tr("发现日期(&T)："), self.date_edit),
                             (self.tr("备注(&R)："), self.note_edit)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.registered_button, self.banned_button):
            buttons.addWidget(button)
            button.setEnabled(may_edit)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        filters.addWidget(status_label)
        filters.addWidget(self.status_filter)
        filters.addStretch(1)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        install_typed_inputs(self)
        self.add_button.clicked.connect(self.add)
        self.registered_button.clicked.connect(lambda: self.resolve(UnregisteredStatus.REGISTERED))
        self.banned_button.clicked.connect(lambda: self.resolve(UnregisteredStatus.BANNED))
        self.close_button.clicked.connect(self.accept)
        self.status_filter.currentIndexChanged.connect(lambda _index: self.refresh())
        self.ask_nursery: Callable[[str], int | None] = self._ask_nursery  # replaceable in tests
        self._rows: list[UnregisteredRow] = []
        self.resize(760, 480)
        self.refresh()

    def refresh(self) -> None:
        self._rows = self._service.listing(self.status_filter.currentData())
        self.table.setRowCount(0)
        for row in self._rows:
            at = self.table.rowCount()
            self.table.insertRow(at)
            for column, text in enumerate((row.name, row.address, ui_label(row.found_by), row.found_on.isoformat(),
                                           ui_label(row.status), message_text(row.note))):
                self.table.setItem(at, column, QTableWidgetItem(text))

    def _ask_nursery(self, name: str) -> int | None:
        from workstation.ui.inbox.nursery_picker import NurseryPicker

        picker = NurseryPicker(self, self._service.registered_matching, name)
        return picker.chosen() if picker.exec() == NurseryPicker.DialogCode.Accepted else None

    def add(self) -> None:
        if not commit_typed_inputs(self):
            return
        day = self.date_edit.date()
        try:
            self._service.add(self.name_edit.text(), self.address_edit.text(), self.found_combo.currentData(),
                              dt.date(day.year(), day.month(), day.day()), self.note_edit.text())
        except DomainError as exc:
            self.message.setText(exc.message)
            return
        self.message.setText(self.tr("已添加“{name}”。").format(name=self.name_edit.text().strip()))
        for edit in (self.name_edit, self.address_edit, self.note_edit):
            edit.clear()
        self.refresh()
        self.changed.emit()

    def resolve(self, status: UnregisteredStatus) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self._rows):
            self.message.setText(self.tr("请先在列表中选择一条记录。"))
            return
        nursery_id = None
        if status == UnregisteredStatus.REGISTERED:
            nursery_id = self.ask_nursery(self._rows[row].name)
            if nursery_id is None:
                return
        try:
            self._service.resolve(self._rows[row].id, status, nursery_id=nursery_id)
        except DomainError as exc:
            self.message.setText(exc.message)
            return
        self.message.setText(self.tr("“{name}”已标记为{status}。").format(name=self._rows[row].name,
                                                                     status=ui_label(status)))
        self.refresh()
        self.changed.emit()
