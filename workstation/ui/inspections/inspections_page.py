"""The 监督检查 page: open findings (overdue first), the inspector's own inspections, and the ways in.

Dialogs open non-modally and are kept as attributes (new_dialog, checklist, finding_dialog, ...),
so the page stays usable and tests can drive them. Edit buttons are hidden for roles that may
not use them; the services refuse anyway.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QInputDialog, QTableView, QWidget

from workstation.domain.errors import DomainError
from workstation.domain.permissions import Action
from workstation.models.common.domain_text import error_text
from workstation.models.inspections import FindingTableModel, InspectionTableModel
from workstation.services.common.context import Actor
from workstation.services.inspections import (
    FindingRow,
    InspectionQueues,
    InspectionService,
    RandomDrawService,
    TemplateService,
)
from workstation.ui.common import prompts
from workstation.ui.common.due_dates import due_cell, due_tip
from workstation.ui.common.freshness import Freshness
from workstation.ui.common.list_views import (
    busy_cursor,
    refill_keeping_selection,
    selected_row,
    set_up_list_view,
    size_columns_once,
)
from workstation.ui.forms.ui_inspections_page import Ui_InspectionsPage
from workstation.ui.inspections.checklist_dialog import ChecklistDialog
from workstation.ui.inspections.draw_dialog import DrawDialog
from workstation.ui.inspections.finding_dialog import FindingDialog
from workstation.ui.inspections.new_dialog import (
    NewInspection,
    NewInspectionDialog,
    NurserySearch,
    split_names,
)
from workstation.ui.inspections.template_dialog import TemplateEditorDialog
from workstation.ui.role_view import can


@dataclass(frozen=True)
class InspectionServices:
    inspections: InspectionService
    templates: TemplateService
    queues: InspectionQueues
    nursery_search: NurserySearch              # new_dialog.registry_search(RegistryService(...))
    draw: Callable[[], RandomDrawService] | None = None


class InspectionsPage(QWidget):
    nursery_requested = Signal(int)
    inspection_changed = Signal()  # recorded, reported, escalated … (the event hub tells other pages)
    calendar_requested = Signal()  # a provisional notice: open 系统设置 → 工作日历

    def __init__(self, services: InspectionServices, actor: Actor, parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = dt.date.today,
                 token: Callable[[], object | None] = lambda: None) -> None:
        super().__init__(parent)
        self.freshness = Freshness(token)  # a visit reads again only after a commit or on another day
        self.ui = Ui_InspectionsPage()
        self.ui.setupUi(self)
        self._s, self._actor, self._today = services, actor, today
        self.may_edit = can(actor, Action.INSPECTION_EDIT)
        self.show_error: Callable[[str], None] = lambda message: prompts.error(self, message)
        self.ask_inspectors: Callable[[str], str | None] = self._ask_inspectors
        self.new_dialog = self.checklist = self.finding_dialog = self.template_dialog = self.draw_dialog = None
        # Both lists are read a page at a time (every open finding of a district, every inspection).
        self.findings = FindingTableModel(services.queues, due_cell, self, due_tip=due_tip)
        self.mine = InspectionTableModel(services.queues, self)
        set_up_list_view(self.ui.findingsTable, self.findings)  # the item fitted to its rows, the last stretched
        set_up_list_view(self.ui.mineTable, self.mine)
        self._sized: dict[QTableView, bool] = {}  # sized, and with rows then
        self.ui.newButton.setVisible(self.may_edit)
        self.ui.recheckButton.setVisible(self.may_edit)
        self.ui.templatesButton.setVisible(can(actor, Action.TEMPLATE_EDIT))
        self.ui.drawButton.setVisible(services.draw is not None)
        self._connect()
        self.refresh()
        # The lists were just read: the visit that built the page does not read them again.
        self._just_built = True
        QTimer.singleShot(0, self, self._end_build)

    def _connect(self) -> None:
        ui = self.ui
        ui.newButton.clicked.connect(lambda: self.new_inspection())
        ui.recheckButton.clicked.connect(lambda: self.recheck())
        ui.drawButton.clicked.connect(lambda: self.open_draw())
        ui.templatesButton.clicked.connect(lambda: self.open_templates())
        ui.nurseryButton.clicked.connect(self._request_nursery)
        ui.refreshButton.clicked.connect(self.refresh)
        # 查看机构 only with a row selected in the shown list (it did nothing without one).
        for view in (ui.findingsTable, ui.mineTable):
            view.selectionModel().currentChanged.connect(self._offer_nursery)
            view.model().modelReset.connect(self._offer_nursery)
        ui.tabs.currentChanged.connect(self._offer_nursery)
        self._offer_nursery()
        # activated: Enter on a row, or a double-click.
        ui.findingsTable.activated.connect(lambda index: self._open_row(self.findings, index.row(), self.open_finding))
        ui.mineTable.activated.connect(lambda index: self._open_row(self.mine, index.row(), self.open_inspection))
        QShortcut(QKeySequence("Ctrl+N"), self, activated=lambda: self.may_edit and self.new_inspection())
        QShortcut(QKeySequence("F5"), self, activated=self.refresh)

    # --- lists --------------------------------------------------------------------------------

    def refresh_on_visit(self) -> None:
        """Each visit shows the lists as they are now: read again unless the building visit has just
        read them or nothing was committed since (and it is the same day)."""
        if not self._just_built and self.freshness.changed():
            self.refresh()

    def _end_build(self) -> None:
        self._just_built = False

    def refresh(self) -> None:
        """Reload the open findings, the inspector's inspections and the counts (one reset per list)."""
        self.freshness.reading()
        try:
            with busy_cursor():
                counts = self._s.queues.home_counts()
            refill_keeping_selection(self.ui.findingsTable, self.findings.refresh)
            refill_keeping_selection(self.ui.mineTable, self.mine.refresh)
        except DomainError as exc:
            self.show_error(error_text(exc))
            return
        # Once, from the header and the first rows (never every row of a long list); a list empty then
        # (an inspector's first inspection) once more when it first has rows, so its free-text columns
        # (机构名称, 整改通知书) fit them up to the cap of list_views.TEXT_COLUMN_CHARS.
        for view in (self.ui.findingsTable, self.ui.mineTable):
            if view not in self._sized or (not self._sized[view] and view.model().rowCount()):
                self._sized[view] = view.model().rowCount() > 0
                size_columns_once(view)
        self.ui.countsLabel.setText(self.tr("本周到期整改 {due} 项 · 逾期 {late} 项").format(
            due=counts.due_this_week, late=counts.overdue))

    def selected(self):
        """The selected row of the shown tab (a FindingRow or an InspectionRow), or None."""
        table = self.ui.findingsTable if self.ui.tabs.currentWidget() is self.ui.findingsTab else self.ui.mineTable
        return selected_row(table)

    @staticmethod
    def _open_row(model, row: int, open_: Callable[[int], object]) -> None:
        found = model.row_at(row)
        if found is not None:
            open_(found.id)

    def _offer_nursery(self, *_args: object) -> None:
        chosen = self.selected() is not None
        self.ui.nurseryButton.setEnabled(chosen)
        self.ui.nurseryButton.setToolTip("" if chosen else self.tr("请先在列表中选择一行"))

    def _request_nursery(self) -> None:
        row = self.selected()
        if row is not None:
            self.nursery_requested.emit(row.nursery_id)

    # --- opening ------------------------------------------------------------------------------

    def new_inspection(self, text: str = "") -> NewInspectionDialog | None:
        """Show the new-inspection dialog; accepting it starts the inspection and opens its checklist."""
        try:
            self._s.templates.ensure_seeded()
            templates = self._s.templates.current_templates()
        except DomainError as exc:
            self.show_error(error_text(exc))
            return None
        dialog = NewInspectionDialog(self._s.nursery_search, templates, self._actor.label, self._today(), self, text=text)
        dialog.accepted.connect(lambda: self.start_inspection(dialog.request()))
        self.new_dialog = dialog
        dialog.open()
        return dialog

    def start_inspection(self, request: NewInspection | None) -> ChecklistDialog | None:
        if request is None:
            return None
        r = request
        return self._opened(lambda: self._s.inspections.start(r.nursery_id, r.inspected_on, r.kind, r.departments,
                                                              r.inspectors, r.template_keys))

    def recheck(self, inspection_id: int | None = None) -> ChecklistDialog | None:
        """A 复查 of the selected inspection (or of the selected finding's inspection)."""
        if inspection_id is None:
            row = self.selected()
            inspection_id = row.inspection_id if isinstance(row, FindingRow) else getattr(row, "id", None)
        if inspection_id is None:
            self.show_error(self.tr("请先选择要复查的检查或整改事项。"))
            return None
        names = self.ask_inspectors(self._actor.label)
        if names is None:
            return None
        return self._opened(lambda: self._s.inspections.start_reinspection(
            inspection_id, self._today(), split_names(names)))

    def _opened(self, start) -> ChecklistDialog | None:
        try:
            view = start()
        except DomainError as exc:
            self.show_error(error_text(exc))
            return None
        self.refresh()
        return self.open_inspection(view.id)

    def open_inspection(self, inspection_id: int) -> ChecklistDialog:
        if self.checklist is not None and not self.checklist.close():
            self.checklist.raise_()  # the user kept its unsaved input: that dialog stays
            return self.checklist
        self.checklist = ChecklistDialog(self._s.inspections, inspection_id, self, may_edit=self.may_edit,
                                         today=self._today)
        self.checklist.changed.connect(lambda _id: self.refresh())
        self.checklist.changed.connect(lambda _id: self.inspection_changed.emit())
        self.checklist.calendar_requested.connect(self.calendar_requested)
        self.checklist.show()
        return self.checklist

    def open_finding(self, finding_id: int) -> FindingDialog:
        if self.finding_dialog is not None:
            self.finding_dialog.close()
        dialog = FindingDialog(self._s.inspections, finding_id, self, may_edit=self.may_edit,
                               today=self._today)
        dialog.changed.connect(lambda _id: self.refresh())
        dialog.changed.connect(lambda _id: self.inspection_changed.emit())
        dialog.nursery_requested.connect(self.nursery_requested)
        dialog.inspection_requested.connect(self.open_inspection)
        self.finding_dialog = dialog
        dialog.show()
        return dialog

    def open_draw(self) -> DrawDialog | None:
        if self._s.draw is None:
            return None
        self.draw_dialog = DrawDialog(self._s.draw(), self)
        self.draw_dialog.show()
        return self.draw_dialog

    def open_templates(self) -> TemplateEditorDialog:
        self.template_dialog = TemplateEditorDialog(self._s.templates, self)
        self.template_dialog.show()
        return self.template_dialog

    def _ask_inspectors(self, default: str) -> str | None:
        text, ok = QInputDialog.getText(self, self.tr("复查"), self.tr("复查人员（多人用“、”分隔）："), text=default)
        return text if ok and text.strip() else None
