"""The selected item side by side with the registry: one row per compared field, and for a differing
row a check box per field saying "take the pushed value" (合并所选字段)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workstation.domain.inbox import ItemClass
from workstation.domain.timeutil import local_text
from workstation.i18n.labels import ui_label
from workstation.models.inbox import field_title, message_text
from workstation.services.inbox import Comparison, ItemRow


class ComparisonPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("字段"), self.tr("登记信息"), self.tr("推送信息"),
                                              self.tr("采用推送值")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        # A value wraps and its row grows whenever a column's width changes (the pane shown, the splitter
        # moved), not only when filled: two addresses differing in 3楼/5楼 never show as one elided text.
        # Some six rows: sizing them again costs nothing.
        self._rows_sizing = QTimer(self, singleShot=True, interval=0)  # once the columns have settled
        self._rows_sizing.timeout.connect(self.table.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self._rows_sizing.start())
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setTabKeyNavigation(False)  # Tab moves on to the decision buttons
        self.table.setAccessibleName(self.tr("逐项比对"))
        self.decision = QLabel(self)  # who decided, when, and the reason given
        self.decision.setWordWrap(True)
        self.decision.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.findings = QLabel(self)
        self.findings.setWordWrap(True)
        self.findings.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.decision)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.findings)
        self._fields: list[str] = []

    def show_item(self, item: ItemRow | None, rows: list[Comparison]) -> None:
        self.table.setRowCount(0)
        self._fields = []
        if item is None:
            self.title.setText(self.tr("请选择一行查看比对。"))
            self.findings.clear()
            self.decision.clear()
            return
        self.decision.setText(self._decision_text(item))
        self.title.setText(self.tr("第{row}行：{name}").format(row=item.row_number, name=item.name or "—"))
        self.findings.setText(self.tr("问题与提示：{text}").format(text=message_text(item.findings)) if item.findings else "")
        choosable = item.item_class == ItemClass.DIFFERS
        for comparison in rows:
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.table.setItem(row, 0, QTableWidgetItem(field_title(comparison.field)))
            registry, pushed = comparison.registry, comparison.pushed if comparison.given else "—"
            self.table.setItem(row, 1, QTableWidgetItem(registry))
            self.table.setItem(row, 2, QTableWidgetItem(pushed))
            take = QTableWidgetItem("")
            if choosable and comparison.differs:
                take.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
                take.setCheckState(Qt.CheckState.Unchecked)
            if comparison.differs:
                tip = self.tr("登记信息与推送信息不同。\n登记信息：{registry}\n推送信息：{pushed}").format(
                    registry=registry, pushed=pushed)
                for column in (1, 2):
                    self.table.item(row, column).setBackground(Qt.GlobalColor.yellow)
                    self.table.item(row, column).setToolTip(tip)
            self.table.setItem(row, 3, take)
            self._fields.append(comparison.field)
        # a long field title (English) wraps instead of squeezing the two value columns
        self.table.setColumnWidth(0, min(self.table.sizeHintForColumn(0), max(90, self.table.viewport().width() // 4)))
        self.table.resizeRowsToContents()

    def _decision_text(self, item: ItemRow) -> str:
        if item.decided_at is None:
            return self.tr("处理结果：{decision}").format(decision=ui_label(item.decision))
        text = self.tr("处理结果：{decision}（{who}，{at}）").format(
            decision=ui_label(item.decision), who=item.decided_by, at=local_text(item.decided_at))
        return text + (self.tr("；理由/说明：{reason}").format(reason=message_text(item.reason)) if item.reason else "")

    def chosen_fields(self) -> list[str]:
        """The fields whose pushed value is to be taken (checked)."""
        return [name for row, name in enumerate(self._fields)
                if self.table.item(row, 3).flags() & Qt.ItemFlag.ItemIsUserCheckable
                and self.table.item(row, 3).checkState() == Qt.CheckState.Checked]

    def set_chosen(self, name: str, chosen: bool) -> None:
        row = self._fields.index(name)
        self.table.item(row, 3).setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
