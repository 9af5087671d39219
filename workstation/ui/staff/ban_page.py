"""The 禁入名单 page: the lifetime ban list; managers add bans and lift them by a recorded decision."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workstation.i18n.labels import ui_label
from workstation.models.staff import BanTableModel, sorting_proxy
from workstation.services.staff import BanAdded, BanRow, BanService


class BanPage(QWidget):
    changed = Signal()

    def __init__(self, service: BanService, today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service, self._today = service, today
        self.model = BanTableModel(parent=self)
        self.proxy = sorting_proxy(self.model, self)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(BanTableModel.DECIDED, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # A short list: columns fit their text; the free-text reason takes what is left (the state,
        # last, was squeezed when it was the stretched column).
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(BanTableModel.REASON, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("登记禁入人员(&A)…"), self)
        self.lift_button = QPushButton(self.tr("解除禁入(&L)…"), self)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.lift_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("禁入名单中的证件号码不能登记为机构的法定代表人或工作人员（终身禁入）。"), self))
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message_label)
        editable = service.can_edit()
        self.add_button.setVisible(editable)
        self.lift_button.setVisible(editable)
        self.add_button.clicked.connect(self.add_ban)
        self.lift_button.clicked.connect(self.lift_ban)
        self.dialog: QWidget | None = None
        self.result_box: QMessageBox | None = None
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(self._service.bans())

    def selected(self) -> BanRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.row_at(self.proxy.mapToSource(indexes[0]).row()) if indexes else None

    def add_ban(self) -> None:
        from workstation.ui.staff.record_dialogs import BanDialog

        dialog = BanDialog(self._service, self._today(), self)
        dialog.saved.connect(self._added)
        self.dialog = dialog
        dialog.open()

    def lift_ban(self) -> None:
        from workstation.ui.staff.record_dialogs import LiftDialog

        ban = self.selected()
        if ban is None or not ban.in_force:
            self.message_label.setText(self.tr("请先在列表中选择一条尚未解除的禁入记录。"))
            return
        dialog = LiftDialog(self._service, ban, self._today(), self)
        dialog.saved.connect(self._lifted)
        self.dialog = dialog
        dialog.open()

    def _added(self, added: BanAdded) -> None:
        """The matches go in a message box (a banned person on post needs action), and stay below."""
        if added.matches:
            lines = [self.tr("{nursery}：{as_what}“{name}”{state}").format(
                nursery=m.nursery_name, as_what=ui_label(m.role) if m.role else self.tr("法定代表人"), name=m.name,
                state="" if m.employed else self.tr("（已离职）")) for m in added.matches]
            text = self.tr("已登记。以下记录使用该证件号码，请核查处理：") + "\n" + "\n".join(lines)
            icon = QMessageBox.Icon.Warning
        else:
            text = self.tr("已登记。现有记录中没有使用该证件号码的法定代表人或工作人员。")
            icon = QMessageBox.Icon.Information
        self.message_label.setText(text)
        self.refresh()
        self.changed.emit()
        self.result_box = QMessageBox(icon, self.tr("登记禁入人员"), text, QMessageBox.StandardButton.Ok, self)
        self.result_box.open()

    def _lifted(self, ban: BanRow) -> None:
        self.message_label.setText(self.tr("已解除“{name}”的禁入（{decision}）。").format(
            name=ban.name, decision=ban.lift_decision_no))
        self.refresh()
        self.changed.emit()
