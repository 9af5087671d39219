"""检查表模板: edit a template's items (add, remove, reorder, text, basis, severity) and save a new version.

Saving never changes an inspection already started: each copied its lines (see inspection_templates).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QHeaderView, QTableWidgetItem, QWidget

from workstation.domain.enums import InspectingDeptKind
from workstation.domain.errors import DomainError
from workstation.domain.inspections import Severity
from workstation.domain.timeutil import local_text
from workstation.i18n.labels import ui_label
from workstation.services.inspections import ItemDraft, TemplateDTO, TemplateItemDTO, TemplateService
from workstation.ui.common import prompts
from workstation.ui.forms.ui_inspections_template_dialog import Ui_InspectionsTemplateDialog

DEPT_ROLE = Qt.ItemDataRole.UserRole + 1


class TemplateEditorDialog(QDialog):
    """Choose a template, edit its items, save with a reason; the version history below."""

    CODE, TEXT, BASIS, SEVERITY = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("TemplateEditorDialog", "编号"),
        QT_TRANSLATE_NOOP("TemplateEditorDialog", "检查内容"),
        QT_TRANSLATE_NOOP("TemplateEditorDialog", "依据"),
        QT_TRANSLATE_NOOP("TemplateEditorDialog", "程度"),
    )
    saved = Signal(object)  # the new TemplateDTO

    def __init__(self, templates: TemplateService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_InspectionsTemplateDialog()
        self.ui.setupUi(self)
        self._templates = templates
        self.show_error: Callable[[str], None] = lambda message: prompts.error(self, message)
        self.current: TemplateDTO | None = None
        self._set_up_tables()
        self._connect()
        self.ui.errorLabel.setVisible(False)
        self._fill_templates()

    def _set_up_tables(self) -> None:
        table = self.ui.itemsTable
        table.setColumnCount(len(self.HEADERS))
        table.setHorizontalHeaderLabels([self.tr(h) for h in self.HEADERS])
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.TEXT, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(self.BASIS, 260)
        history = self.ui.historyTable
        headers = (self.tr("版本"), self.tr("修改时间"), self.tr("修改人"), self.tr("项目数"), self.tr("修改原因"))
        history.setColumnCount(len(headers))
        history.setHorizontalHeaderLabels(headers)
        history.verticalHeader().setVisible(False)
        self.ui.dialogLayout.setStretchFactor(table, 3)
        self.ui.dialogLayout.setStretchFactor(history, 1)

    def _connect(self) -> None:
        ui = self.ui
        ui.templateCombo.currentIndexChanged.connect(lambda _i: self.load(ui.templateCombo.currentData()))
        ui.addButton.clicked.connect(lambda: self.add_row())
        ui.removeButton.clicked.connect(self.remove_row)
        ui.upButton.clicked.connect(lambda: self.move_row(-1))
        ui.downButton.clicked.connect(lambda: self.move_row(1))
        ui.saveButton.clicked.connect(lambda: self.save())
        ui.closeButton.clicked.connect(self.reject)

    def _fill_templates(self) -> None:
        try:
            templates = self._templates.current_templates()
        except DomainError as exc:
            self.show_error(exc.message)
            return
        for t in templates:
            self.ui.templateCombo.addItem(f"{t.title}（{ui_label(t.department)}）", t.key)

    # --- showing ------------------------------------------------------------------------------

    def load(self, key: str | None) -> None:
        """Show the current version of template `key` and its history."""
        if not key:
            return
        try:
            versions = self._templates.versions(key)
        except DomainError as exc:
            self.show_error(exc.message)
            return
        self.current = next(v for v in versions if v.is_current)
        self.ui.titleEdit.setText(self.current.title)
        self.ui.versionLabel.setText(self.tr("当前为第{rev}版，{n}个检查项目。").format(
            rev=self.current.revision, n=len(self.current.items)))
        self.ui.itemsTable.setRowCount(0)
        for item in self.current.items:
            self.add_row(item, select=False)
        self._show_history(versions)

    def _show_history(self, versions: list[TemplateDTO]) -> None:
        table = self.ui.historyTable
        table.setRowCount(len(versions))
        for row, v in enumerate(versions):
            current = self.tr("（当前）") if v.is_current else ""
            texts = (f"{v.revision}{current}", local_text(v.edited_at), v.edited_by, str(len(v.items)), v.edit_reason)
            for column, text in enumerate(texts):
                table.setItem(row, column, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)

    # --- editing ------------------------------------------------------------------------------

    def add_row(self, item: TemplateItemDTO | None = None, select: bool = True) -> int:
        table = self.ui.itemsTable
        row = table.rowCount()
        table.insertRow(row)
        texts = (item.code, item.text, item.basis) if item else ("", "", "")
        for column, text in enumerate(texts):
            cell = QTableWidgetItem(text)
            table.setItem(row, column, cell)
        table.item(row, self.CODE).setData(DEPT_ROLE, item.department.value if item else None)
        table.setCellWidget(row, self.SEVERITY, self._severity_combo(item.severity if item else Severity.GENERAL))
        if select:
            table.setCurrentCell(row, self.CODE)
            table.setFocus()
        return row

    def _severity_combo(self, severity: Severity) -> QComboBox:
        combo = QComboBox(self.ui.itemsTable)
        for member in Severity:
            combo.addItem(ui_label(member), member.value)
        combo.setCurrentIndex(combo.findData(severity.value))
        return combo

    def remove_row(self) -> None:
        row = self.ui.itemsTable.currentRow()
        if row >= 0:
            self.ui.itemsTable.removeRow(row)

    def move_row(self, step: int) -> None:
        table, row = self.ui.itemsTable, self.ui.itemsTable.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < table.rowCount():
            return
        drafts = self.drafts()
        drafts[row], drafts[target] = drafts[target], drafts[row]
        table.setRowCount(0)
        for draft in drafts:
            self.add_row(TemplateItemDTO(0, 0, draft.code, draft.text, draft.basis, draft.severity,
                                         draft.department or self.current.department), select=False)
        table.setCurrentCell(target, table.currentColumn() if table.currentColumn() >= 0 else self.CODE)

    def drafts(self) -> list[ItemDraft]:
        table, out = self.ui.itemsTable, []
        for row in range(table.rowCount()):
            code, text, basis = (table.item(row, c).text() if table.item(row, c) else ""
                                 for c in (self.CODE, self.TEXT, self.BASIS))
            dept = table.item(row, self.CODE).data(DEPT_ROLE) if table.item(row, self.CODE) else None
            severity = Severity(table.cellWidget(row, self.SEVERITY).currentData())
            out.append(ItemDraft(code, text, basis, severity, InspectingDeptKind(dept) if dept else None))
        return out

    def save(self) -> TemplateDTO | None:
        """Save the items as a new version (reason required); the history shows it at once."""
        if self.current is None:
            return None
        try:
            saved = self._templates.edit(self.current.key, self.drafts(), self.ui.reasonEdit.text(),
                                         self.ui.titleEdit.text())
        except DomainError as exc:
            self.ui.errorLabel.setText(exc.message)
            self.ui.errorLabel.setVisible(True)
            return None
        self.ui.errorLabel.setVisible(False)
        self.ui.reasonEdit.clear()
        self.ui.statusLabel.setText(self.tr("已保存为第{rev}版；已开始的检查仍按原版本记录。").format(rev=saved.revision))
        self.load(saved.key)
        self.saved.emit(saved)
        return saved
