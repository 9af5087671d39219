"""First run: capture the district this workstation serves, then create it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QTableWidgetItem,
    QWidget,
)

from workstation.domain.enums import LegalNature
from workstation.domain.errors import DomainError, ValidationError
from workstation.domain.routing import APPROVAL_ELIGIBLE
from workstation.i18n.labels import ui_label
from workstation.services.district import DistrictService, DistrictSettings
from workstation.ui.forms.ui_first_run_dialog import Ui_FirstRunDialog

CODE_COLUMN, NAME_COLUMN = 0, 1


class FirstRunDialog(QDialog):
    """On OK calls DistrictService.initialize; a refused input keeps the dialog open."""

    def __init__(self, service: DistrictService, parent: QWidget | None = None, offer_restore: bool = False) -> None:
        super().__init__(parent)
        self.restore_requested = False  # 从加密备份恢复 chosen instead (a new computer of an existing district)
        self.ui = Ui_FirstRunDialog()
        self.ui.setupUi(self)
        self._service = service
        self.settings: DistrictSettings | None = None
        self.nature_boxes = self._add_nature_boxes()
        buttons = self.ui.buttonBox
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("创建辖区"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        if offer_restore:
            self.restore_button = buttons.addButton(self.tr("从加密备份恢复(&R)…"), QDialogButtonBox.ButtonRole.ActionRole)
            self.restore_button.setToolTip(self.tr("本辖区已有加密的备份（例如换了电脑）：用备份和辖区恢复口令恢复，不新建辖区"))
            self.restore_button.clicked.connect(self.choose_restore)
        self.ui.addStreetButton.clicked.connect(self.add_street_row)
        self.ui.removeStreetButton.clicked.connect(self.remove_selected_streets)
        self.ui.errorLabel.hide()
        self.add_street_row()

    def choose_restore(self) -> None:
        self.restore_requested = True
        self.reject()

    def add_street_row(self) -> int:
        table = self.ui.streetTable
        row = table.rowCount()
        table.insertRow(row)
        for column in (CODE_COLUMN, NAME_COLUMN):
            table.setItem(row, column, QTableWidgetItem(""))
        table.setCurrentCell(row, CODE_COLUMN)
        return row

    def remove_selected_streets(self) -> None:
        table = self.ui.streetTable
        rows = sorted({index.row() for index in table.selectedIndexes()}, reverse=True)
        for row in rows:
            table.removeRow(row)

    def accept(self) -> None:
        self._commit_open_editor()
        try:
            self.settings = self._service.initialize(
                self.ui.divisionCodeEdit.text(),
                self.ui.nameEdit.text(),
                self._streets(),
                resident_population=self._population(),
                approval_natures=self._natures(),
            )
        except DomainError as exc:
            self._show_error(exc)
            return
        super().accept()

    def _commit_open_editor(self) -> None:
        # A cell still being edited (OK pressed without leaving it) must count.
        table = self.ui.streetTable
        editor = table.focusWidget()
        if table.state() == QAbstractItemView.State.EditingState and editor not in (None, table):
            table.commitData(editor)
            table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def _add_nature_boxes(self) -> dict[LegalNature, QCheckBox]:
        boxes = {}
        for nature in (n for n in LegalNature if n in APPROVAL_ELIGIBLE):
            box = QCheckBox(ui_label(nature), self.ui.approvalGroup)
            self.ui.approvalLayout.insertWidget(len(boxes), box)
            boxes[nature] = box
        return boxes

    def _streets(self) -> list[tuple[str, str]]:
        table = self.ui.streetTable
        rows = []
        for row in range(table.rowCount()):
            code, name = (self._cell(row, column) for column in (CODE_COLUMN, NAME_COLUMN))
            if code or name:  # blank rows are ignored
                rows.append((code, name))
        return rows

    def _cell(self, row: int, column: int) -> str:
        item = self.ui.streetTable.item(row, column)
        return item.text().strip() if item else ""

    def _population(self) -> int | None:
        text = self.ui.populationEdit.text().strip().replace(",", "").replace("，", "")
        if not text:
            return None
        if not text.isdigit():
            raise ValidationError(self.tr("常住人口应填写整数（人），也可不填。"), "resident_population")
        return int(text)

    def _natures(self) -> list[LegalNature]:
        return [nature for nature, box in self.nature_boxes.items() if box.isChecked()]

    def _show_error(self, exc: DomainError) -> None:
        self.ui.errorLabel.setText(exc.message)
        self.ui.errorLabel.show()
        field = exc.field if isinstance(exc, ValidationError) else None
        self._focus_field(field)

    def _focus_field(self, field: str | None) -> None:
        widgets = {
            "division_code": self.ui.divisionCodeEdit,
            "name": self.ui.nameEdit,
            "resident_population": self.ui.populationEdit,
        }
        if field in widgets:
            widgets[field].setFocus()
            widgets[field].selectAll()
        elif field == "approval_natures" and self.nature_boxes:
            next(iter(self.nature_boxes.values())).setFocus()
        elif field and field.startswith("streets["):
            self._focus_street(field)

    def _focus_street(self, field: str) -> None:
        # Service fields look like "streets[3]" (1-based, counting only non-blank rows).
        try:
            wanted = int(field[len("streets["):-1])
        except ValueError:
            return
        table = self.ui.streetTable
        filled = [row for row in range(table.rowCount()) if self._cell(row, CODE_COLUMN) or self._cell(row, NAME_COLUMN)]
        if 1 <= wanted <= len(filled):
            table.setFocus()
            table.setCurrentCell(filled[wanted - 1], CODE_COLUMN)

