"""接收推送文件: the file (picked through the workstation's file dialog), the pushing organ, its level, the day."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from workstation.domain.enums import RegistrationOrganKind
from workstation.domain.inbox import OrganLevel
from workstation.i18n.labels import ui_label
from workstation.ui.common import file_dialogs
from workstation.ui.common.typed_inputs import commit_typed_inputs, install_typed_inputs


@dataclass(frozen=True)
class ReceiveRequest:
    path: Path
    organ_kind: RegistrationOrganKind
    organ_level: OrganLevel
    received_on: dt.date


class ReceiveDialog(QDialog):
    def __init__(self, parent: QWidget | None, today: dt.date) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("接收推送文件"))
        self._today = today
        self.file_edit = QLineEdit(self)
        self.file_edit.setPlaceholderText(self.tr("xlsx、xls 或 csv（UTF-8 或 GB18030）"))
        self.browse_button = QPushButton(self.tr("浏览(&B)…"), self)
        self.organ_combo = QComboBox(self)
        for kind in RegistrationOrganKind:
            self.organ_combo.addItem(ui_label(kind), kind)
        self.organ_combo.setCurrentIndex(self.organ_combo.findData(RegistrationOrganKind.MARKET_REGULATION))
        self.level_combo = QComboBox(self)
        for level in OrganLevel:
            self.level_combo.addItem(ui_label(level), level)
        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setCalendarPopup(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("接收"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        row = QHBoxLayout()
        row.addWidget(self.file_edit, 1)
        row.addWidget(self.browse_button)
        form = QFormLayout(self)
        form.addRow(self.tr("推送文件(&F)："), row)
        form.addRow(self.tr("推送机关(&O)："), self.organ_combo)
        form.addRow(self.tr("机关层级(&L)："), self.level_combo)
        form.addRow(self.tr("接收日期(&D)："), self.date_edit)
        form.addRow(self.message)
        form.addRow(self.buttons)
        for label_row in range(form.rowCount()):
            label = form.itemAt(label_row, QFormLayout.ItemRole.LabelRole)
            if label is not None and isinstance(label.widget(), QLabel):
                field = form.itemAt(label_row, QFormLayout.ItemRole.FieldRole)
                buddy = field.widget() if field.widget() is not None else self.file_edit
                label.widget().setBuddy(buddy)
        install_typed_inputs(self)
        self.browse_button.clicked.connect(self._browse)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(560, self.sizeHint().height())

    def _browse(self) -> None:
        name, _ = file_dialogs.open_file_name(self, self.tr("选择推送文件"), "",
                                              self.tr("推送数据 (*.xlsx *.xls *.csv)"))
        if name:
            self.file_edit.setText(name)

    def request(self) -> ReceiveRequest:
        day = self.date_edit.date()
        return ReceiveRequest(Path(self.file_edit.text().strip()), self.organ_combo.currentData(),
                              self.level_combo.currentData(), dt.date(day.year(), day.month(), day.day()))

    def accept(self) -> None:
        if not commit_typed_inputs(self):
            return
        text = self.file_edit.text().strip()
        if not text:
            self.message.setText(self.tr("请选择要接收的推送文件。"))
            self.file_edit.setFocus()
            return
        if not Path(text).is_file():
            self.message.setText(self.tr("找不到文件“{path}”。").format(path=text))
            self.file_edit.setFocus()
            return
        if self.request().received_on > self._today:
            self.message.setText(self.tr("接收日期不能晚于今天。"))
            self.date_edit.setFocus()
            return
        super().accept()
