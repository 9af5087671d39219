"""新建检查: pick the nursery from the registry, the date, kind, inspectors, templates and departments.

Keyboard first: type to search, ↓ or Enter moves into the list, Space ticks a template or a
department, Enter on a complete form starts the inspection (never half-filled: OK stays disabled).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidget, QListWidgetItem, QWidget

from workstation.domain.enums import InspectingDeptKind
from workstation.domain.inspections import InspectionKind
from workstation.i18n.labels import ui_label
from workstation.services.inspections import TemplateDTO
from workstation.services.registry import RegistryQuery, RegistryService
from workstation.ui.common.form_widgets import date_of, set_date
from workstation.ui.common.typed_inputs import install_typed_inputs
from workstation.ui.forms.ui_inspections_new_dialog import Ui_InspectionsNewDialog
from workstation.ui.inspections.keys import TabLeavesField

DATA_ROLE = Qt.ItemDataRole.UserRole + 1
ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
SEARCH_LIMIT = 50


@dataclass(frozen=True)
class NurseryOption:
    id: int
    name: str
    uscc: str
    status: str
    address: str


@dataclass(frozen=True)
class NewInspection:
    """What InspectionService.start needs."""

    nursery_id: int
    inspected_on: dt.date
    kind: InspectionKind
    departments: tuple[InspectingDeptKind, ...]
    inspectors: tuple[str, ...]
    template_keys: tuple[str, ...]


NurserySearch = Callable[[str], Sequence[NurseryOption]]


def registry_search(registry: RegistryService, limit: int = SEARCH_LIMIT) -> NurserySearch:
    """Search the registry the way its page does (name, alias, code)."""
    def search(text: str) -> list[NurseryOption]:
        rows = registry.first_page(RegistryQuery(text=text.strip()), limit).rows
        return [NurseryOption(r.id, r.name, r.uscc or "", ui_label(r.status), r.address) for r in rows]
    return search


def split_names(text: str) -> tuple[str, ...]:
    return tuple(n.strip() for n in re.split(r"[、,，;；\s]+", text) if n.strip())


class NewInspectionDialog(QDialog):
    """Collects a NewInspection; `request()` returns it once the form is complete."""

    def __init__(self, search: NurserySearch, templates: Sequence[TemplateDTO], inspector: str, today: dt.date,
                 parent: QWidget | None = None, *, text: str = "") -> None:
        super().__init__(parent)
        self.ui = Ui_InspectionsNewDialog()
        self.ui.setupUi(self)
        install_typed_inputs(self)
        self._search = search
        set_date(self.ui.dateEdit, today)
        TabLeavesField(self.ui.dateEdit)
        for kind in InspectionKind:
            if kind is not InspectionKind.RECHECK:  # a 复查 starts from the earlier inspection
                self.ui.kindCombo.addItem(ui_label(kind), kind.value)
        self.ui.inspectorsEdit.setText(inspector)
        self._fill_checkable(self.ui.templatesList, [
            (self.tr("{title}（{dept}，第{rev}版，{n}项）").format(
                title=t.title, dept=ui_label(t.department), rev=t.revision, n=len(t.items)), t) for t in templates])
        self._fill_checkable(self.ui.departmentsList, [(ui_label(d), d) for d in InspectingDeptKind])
        self._connect()
        self.ui.searchEdit.setText(text)
        self.search(text)

    def _connect(self) -> None:
        ui = self.ui
        ui.searchEdit.textChanged.connect(self.search)
        for widget in (ui.searchEdit, ui.nurseryList):
            widget.installEventFilter(self)
        ui.nurseryList.currentItemChanged.connect(lambda *_: self._update())
        ui.templatesList.itemChanged.connect(self._template_ticked)
        ui.departmentsList.itemChanged.connect(lambda _item: self._update())
        ui.inspectorsEdit.textChanged.connect(lambda _text: self._update())
        ui.buttons.accepted.connect(self._accept)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """↓/Enter in the search field goes to the list; Enter on a nursery goes on to the date."""
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if watched is self.ui.searchEdit and (key in ENTER or key == Qt.Key.Key_Down):
                self._enter_list()
                return True
            if watched is self.ui.nurseryList and key in ENTER:
                self.ui.dateEdit.setFocus()
                return True
        return super().eventFilter(watched, event)

    # --- public -------------------------------------------------------------------------------

    def search(self, text: str) -> None:
        self.ui.nurseryList.clear()
        for option in self._search(text):
            item = QListWidgetItem(f"{option.name}（{option.uscc or '无代码'}）· {option.status}"
                                   + (f" · {option.address}" if option.address else ""), self.ui.nurseryList)
            item.setData(DATA_ROLE, option)
        if self.ui.nurseryList.count() == 1:
            self.ui.nurseryList.setCurrentRow(0)
        self._update()

    def nursery(self) -> NurseryOption | None:
        item = self.ui.nurseryList.currentItem()
        return item.data(DATA_ROLE) if item is not None else None

    def templates(self) -> list[TemplateDTO]:
        return _checked(self.ui.templatesList)

    def departments(self) -> list[InspectingDeptKind]:
        return [InspectingDeptKind(d) for d in _checked(self.ui.departmentsList)]

    def set_checked(self, widget: QListWidget, data: object, checked: bool = True) -> None:
        for row in range(widget.count()):
            item = widget.item(row)
            if item.data(DATA_ROLE) == data:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def request(self) -> NewInspection | None:
        nursery, inspectors = self.nursery(), split_names(self.ui.inspectorsEdit.text())
        templates = self.templates()
        if nursery is None or not inspectors or not templates:
            return None
        return NewInspection(nursery.id, date_of(self.ui.dateEdit), InspectionKind(self.ui.kindCombo.currentData()),
                             tuple(self.departments()), inspectors, tuple(t.key for t in templates))

    # --- helpers ------------------------------------------------------------------------------

    def _fill_checkable(self, widget: QListWidget, entries: list[tuple[str, object]]) -> None:
        for text, data in entries:
            item = QListWidgetItem(text, widget)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(DATA_ROLE, data)
        if widget.count():
            widget.setCurrentRow(0)

    def _enter_list(self) -> None:
        nurseries = self.ui.nurseryList
        if nurseries.count():
            nurseries.setFocus()
            if nurseries.currentRow() < 0:
                nurseries.setCurrentRow(0)

    def _template_ticked(self, item: QListWidgetItem) -> None:
        # A ticked template brings its department along (the service adds it anyway).
        template: TemplateDTO = item.data(DATA_ROLE)
        if template is not None and item.checkState() == Qt.CheckState.Checked:
            self.set_checked(self.ui.departmentsList, template.department)
        self._update()

    def _update(self) -> None:
        if self.nursery() is None:
            hint = self.tr("请选择被检查的机构。")
        elif not split_names(self.ui.inspectorsEdit.text()):
            hint = self.tr("请填写检查人员。")
        elif not self.templates():
            hint = self.tr("请至少勾选一个检查表（空格键勾选）。")
        else:
            hint = ""
        self.ui.hintLabel.setText(hint)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not hint)

    def _accept(self) -> None:
        if self.request() is not None:
            self.accept()


def _checked(widget: QListWidget) -> list:
    items = (widget.item(row) for row in range(widget.count()))
    return [item.data(DATA_ROLE) for item in items if item.checkState() == Qt.CheckState.Checked]
