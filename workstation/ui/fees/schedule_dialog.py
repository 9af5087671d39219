"""Record a new fee schedule for a nursery: items for any number of service types, checked as typed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QMessageBox, QWidget

from workstation.domain.enums import ServiceType
from workstation.domain.errors import ConflictError, ValidationError
from workstation.domain.fees import (
    DEFAULT_NAME,
    DEFAULT_UNIT,
    FeeItem,
    FeeItemKind,
    FeeUnit,
    ScheduleDraft,
    parse_yuan,
)
from workstation.models.common.domain_text import error_text, finding_text
from workstation.models.fees import FeeItemTableModel
from workstation.services.fees import FeeService, Schedule
from workstation.ui.common.form_widgets import (
    current_member,
    date_of,
    fill_combo,
    select_member,
    set_date,
    show_error,
)
from workstation.ui.common.typed_inputs import install_typed_inputs
from workstation.ui.forms.ui_fees_schedule_dialog import Ui_FeeScheduleDialog


class FeeScheduleDialog(QDialog):
    """Starts from the schedule in force (a change usually edits a few amounts); emits saved(id)."""

    saved = Signal(int)

    def __init__(self, fee_service: FeeService, nursery_id: int, parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FeeScheduleDialog()
        self.ui.setupUi(self)
        install_typed_inputs(self)
        self._service = fee_service
        self._nursery_id = nursery_id
        self.schedule: Schedule | None = None
        self.model = FeeItemTableModel(parent=self)
        history = fee_service.history(nursery_id)
        self._latest = history[0].id if history else None
        self._set_up(fee_service.header(nursery_id).name, history, today or dt.date.today())
        self._connect()
        self.refresh_findings()

    # --- entry row ------------------------------------------------------------------------------

    def entry(self) -> FeeItem:
        """The item in the entry row; ValidationError (with the field) when the amount is wrong."""
        ui = self.ui
        amount = parse_yuan(ui.amountEdit.text(), "amountEdit")
        kind = current_member(ui.kindCombo, FeeItemKind)
        return FeeItem(current_member(ui.serviceCombo, ServiceType), kind,
                       ui.nameEdit.text().strip() or DEFAULT_NAME[kind], amount,
                       current_member(ui.unitCombo, FeeUnit), ui.coversEdit.text().strip())

    def add_item(self) -> bool:
        """Add the entry row as an item; False (and the reason shown) when it cannot be."""
        return self._apply(lambda item: self.model.add(item))

    def replace_item(self) -> bool:
        row = self._selected_row()
        if row is None:
            show_error(self.ui.errorLabel, self.tr("请先在列表中选择要替换的项目。"))
            return False
        return self._apply(lambda item: self.model.replace(row, item))

    def remove_item(self) -> None:
        row = self._selected_row()
        if row is not None:
            self.model.remove(row)
            self._items_changed()

    # --- saving ---------------------------------------------------------------------------------

    def draft(self) -> ScheduleDraft:
        return ScheduleDraft(date_of(self.ui.effectiveDateEdit), self.model.items(), self.ui.noteEdit.text())

    def save(self) -> bool:
        """Record the schedule; True when saved (the dialog then closes)."""
        try:
            self.schedule = self._service.add_schedule(self._nursery_id, self.draft(), self._latest)
        except ValidationError as exc:
            field = self.ui.effectiveDateEdit if exc.field == "effective_from" else self.ui.itemsView
            show_error(self.ui.errorLabel, error_text(exc), field)
            return False
        except ConflictError as exc:
            QMessageBox.warning(self, self.tr("无法保存"), error_text(exc))
            return False
        self.saved.emit(self.schedule.id)
        self.accept()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in the entry row adds an item (returnPressed); it must never save or close the dialog.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def refresh_findings(self) -> None:
        """Preview the cap check for the items and date (a warning only: saving stays possible)."""
        draft = self.draft()
        findings = self._service.preview(self._nursery_id, draft) if draft.items else []
        self.model.set_findings(findings)
        text = "\n".join(finding_text(f) for f in findings)
        self.ui.findingsLabel.setText(self.tr("提示（不影响保存）：") + "\n" + text if text else "")
        self.ui.findingsLabel.setVisible(bool(text))
        self.ui.countLabel.setText(self.tr("共 {count} 项").format(count=self.model.rowCount()))

    # --- set-up and reactions -------------------------------------------------------------------

    def _set_up(self, name: str, history: list[Schedule], today: dt.date) -> None:
        ui = self.ui
        ui.nurseryLabel.setText(name)
        for combo, members in ((ui.serviceCombo, ServiceType), (ui.kindCombo, FeeItemKind), (ui.unitCombo, FeeUnit)):
            fill_combo(combo, members)
        ui.nameEdit.setText(DEFAULT_NAME[FeeItemKind.CARE])
        select_member(ui.unitCombo, DEFAULT_UNIT[ServiceType.FULL_DAY])
        start = today if not history else max(today, history[0].period.start + dt.timedelta(days=1))
        set_date(ui.effectiveDateEdit, start)
        if history:
            self.model.set_items(history[0].items)
        view = ui.itemsView
        view.setModel(self.model)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        show_error(ui.errorLabel, "")
        ui.serviceCombo.setFocus()

    def _connect(self) -> None:
        ui = self.ui
        ui.serviceCombo.currentIndexChanged.connect(self._service_changed)
        ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        for edit in (ui.nameEdit, ui.amountEdit, ui.coversEdit):
            edit.returnPressed.connect(self.add_item)
        ui.addItemButton.clicked.connect(self.add_item)
        ui.replaceItemButton.clicked.connect(self.replace_item)
        ui.removeItemButton.clicked.connect(self.remove_item)
        ui.itemsView.selectionModel().selectionChanged.connect(self._selection_changed)
        ui.effectiveDateEdit.dateChanged.connect(self.refresh_findings)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, activated=self.save)

    def _apply(self, change) -> bool:
        try:
            item = self.entry()
        except ValidationError as exc:
            show_error(self.ui.errorLabel, error_text(exc), self.ui.amountEdit)
            self.ui.amountEdit.selectAll()
            return False
        row = change(item)
        self.ui.itemsView.selectRow(row)
        self._clear_entry()
        self._items_changed()
        return True

    def _clear_entry(self) -> None:
        ui = self.ui
        ui.amountEdit.clear()
        ui.coversEdit.clear()
        ui.nameEdit.setText(DEFAULT_NAME[current_member(ui.kindCombo, FeeItemKind)])
        ui.serviceCombo.setFocus()

    def _items_changed(self) -> None:
        show_error(self.ui.errorLabel, "")
        self.refresh_findings()

    def _service_changed(self) -> None:
        select_member(self.ui.unitCombo, DEFAULT_UNIT[current_member(self.ui.serviceCombo, ServiceType)])

    def _kind_changed(self) -> None:
        name = self.ui.nameEdit.text().strip()
        if not name or name in DEFAULT_NAME.values():  # the clerk's own name is kept
            self.ui.nameEdit.setText(DEFAULT_NAME[current_member(self.ui.kindCombo, FeeItemKind)])

    def _selected_row(self) -> int | None:
        rows = self.ui.itemsView.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        if selected.isEmpty():
            return
        item = self.model.item_at(selected.indexes()[0].row())
        ui = self.ui
        select_member(ui.serviceCombo, item.service_type)
        select_member(ui.kindCombo, item.kind)
        ui.nameEdit.setText(item.name)
        ui.amountEdit.setText(str(item.amount))
        select_member(ui.unitCombo, item.unit)
        ui.coversEdit.setText(item.covers)

