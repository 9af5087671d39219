"""标记为已登记: which registered nursery the operating-but-unregistered one became (search by name or code)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)


class NurseryPicker(QDialog):
    def __init__(self, parent: QWidget | None, search: Callable[[str], list[tuple[int, str, str]]],
                 name: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("标记为已登记"))
        self._search = search
        label = QLabel(self.tr("“{name}”登记成了哪家机构？按名称或统一社会信用代码查找(&S)：").format(name=name), self)
        label.setWordWrap(True)
        self.search_edit = QLineEdit(name, self)
        label.setBuddy(self.search_edit)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("找到的机构"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.search_edit.textChanged.connect(self.find)
        layout = QVBoxLayout(self)
        for widget in (label, self.search_edit, self.list, self.buttons):
            layout.addWidget(widget)
        self.find()

    def find(self) -> None:
        self.list.clear()
        for nursery_id, name, code in self._search(self.search_edit.text()):
            item = QListWidgetItem(f"{name}（{code or '—'}，{self.tr('记录号')} {nursery_id}）", self.list)
            item.setData(Qt.ItemDataRole.UserRole, nursery_id)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.list.count() > 0)

    def chosen(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None
