"""The itemised changes of a change filing: field, old value (from the record), new value, reason."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem

from workstation.domain.filing import CHANGE_FIELDS
from workstation.services.filing import ChangeDraft, ChangeItemView


class ChangesEditor(QObject):
    FIELD, OLD, NEW, REASON = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("ChangesEditor", "变更事项"),
        QT_TRANSLATE_NOOP("ChangesEditor", "变更前"),
        QT_TRANSLATE_NOOP("ChangesEditor", "变更后"),
        QT_TRANSLATE_NOOP("ChangesEditor", "变更原因"),
    )

    def __init__(self, table: QTableWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table = table
        table.setColumnCount(len(self.HEADERS))
        table.setHorizontalHeaderLabels([self.tr(h) for h in self.HEADERS])
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        for column in (self.NEW, self.REASON):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.editable = False
        self._shown: list[ChangeDraft] = []

    def fill(self, items: tuple[ChangeItemView, ...], editable: bool) -> None:
        self.editable = editable
        self.table.setRowCount(0)
        for item in items:
            self.add_row(item.field, item.old_value, item.new_value, item.reason)
        self._shown = self.drafts()

    def is_dirty(self) -> bool:
        """Rows were added, removed or edited since the stored items were shown."""
        return self.editable and self.drafts() != self._shown

    def add_row(self, field: str = "name", old: str = "", new: str = "", reason: str = "") -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        combo = QComboBox(self.table)
        for name, spec in CHANGE_FIELDS.items():
            combo.addItem(spec.label, name)
        combo.setCurrentIndex(max(0, combo.findData(field)))
        combo.setEnabled(self.editable)
        self.table.setCellWidget(row, self.FIELD, combo)
        old_item = QTableWidgetItem(old or self.tr("（保存后显示）"))
        old_item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.table.setItem(row, self.OLD, old_item)
        for column, text in ((self.NEW, new), (self.REASON, reason)):
            item = QTableWidgetItem(text)
            if not self.editable:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.table.setItem(row, column, item)
        return row

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def set_row(self, row: int, field: str, new: str, reason: str) -> None:
        combo = self.table.cellWidget(row, self.FIELD)
        combo.setCurrentIndex(combo.findData(field))
        self.table.item(row, self.NEW).setText(new)
        self.table.item(row, self.REASON).setText(reason)

    def drafts(self) -> list[ChangeDraft]:
        return [ChangeDraft(self.table.cellWidget(row, self.FIELD).currentData(),
                            self.table.item(row, self.NEW).text(), self.table.item(row, self.REASON).text())
                for row in range(self.table.rowCount())]
