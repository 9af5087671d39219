"""规则参数: each parameter in force with its source; district settings show who confirmed them."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from workstation.domain.errors import DomainError
from workstation.domain.permissions import Action
from workstation.domain.timeutil import local_text
from workstation.services.district import CatalogueRow, RuleCatalogueService
from workstation.ui.forms.ui_settings_rules_tab import Ui_RulesTab

_PENDING = QColor("#b26a00")


class RulesTab(QWidget):
    def __init__(self, service: RuleCatalogueService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RulesTab()
        self.ui.setupUi(self)
        self._service = service
        self.rows: list[CatalogueRow] = []
        header = self.ui.rulesTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.ui.confirmButton.setVisible(service.actor.can(Action.SETTINGS_EDIT))
        self.ui.confirmButton.clicked.connect(self.confirm_selected)
        self.ui.rulesTable.itemSelectionChanged.connect(self._selection_changed)
        self.refresh()

    def refresh(self) -> None:
        self.rows = self._service.rows()
        table = self.ui.rulesTable
        table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            e = row.entry
            for column, text in enumerate((e.area, e.label, e.value, self.source_text(row))):
                item = QTableWidgetItem(text)
                if row.needs_confirmation:
                    item.setForeground(QBrush(_PENDING))
                table.setItem(index, column, item)
        table.resizeRowsToContents()
        pending = sum(r.needs_confirmation for r in self.rows)
        self.ui.messageLabel.setText(self.tr("{count} 项辖区设置待确认。").format(count=pending) if pending
                                     else self.tr("所有辖区设置均已确认。"))
        self._selection_changed()

    def source_text(self, row: CatalogueRow) -> str:
        if row.entry.source is not None:
            return row.entry.source.text
        if row.confirmed_at is None:
            return self.tr("辖区设置（无文件依据，待管理员确认）")
        return self.tr("辖区设置，已由{who}于{when}确认").format(who=row.confirmed_by,
                                                              when=local_text(row.confirmed_at))

    def confirm_selected(self) -> None:
        index = self.ui.rulesTable.currentRow()
        if index < 0:
            return
        key = self.rows[index].entry.key
        try:
            self._service.confirm(key)
        except DomainError as exc:
            self.ui.messageLabel.setText(exc.message)
            return
        self.refresh()
        self.ui.rulesTable.selectRow(index)

    def _selection_changed(self) -> None:
        index = self.ui.rulesTable.currentRow()
        self.ui.confirmButton.setEnabled(0 <= index < len(self.rows) and self.rows[index].needs_confirmation)
