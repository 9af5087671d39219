"""The 监督检查 page: open findings (overdue first), the inspector's own inspections, and the ways in.

Dialogs open non-modally and are kept as attributes (new_dialog, checklist, finding_dialog, ...),
so the page stays usable and tests can drive them. Edit buttons are hidden for roles that may
not use them; the services refuse anyway.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QInputDialog, QTableWidget, QTableWidgetItem, QWidget

from workstation.domain.errors import DomainError
from workstation.domain.permissions import Action
from workstation.i18n.labels import ui_label
from workstation.services.common.context import Actor
from workstation.services.inspections import (
    FindingRow,
    InspectionQueues,
    InspectionService,
    RandomDrawService,
    TemplateService,
)
from workstation.ui.common import prompts
from workstation.ui.common.due_dates import due_text
from workstation.ui.common.tables import bulk_fill
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

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE = QColor("#b00000")


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

    FINDING_HEADERS = (
        QT_TRANSLATE_NOOP("InspectionsPage", "机构名称"), QT_TRANSLATE_NOOP("InspectionsPage", "检查部门"),
        QT_TRANSLATE_NOOP("InspectionsPage", "编号"), QT_TRANSLATE_NOOP("InspectionsPage", "检查项目"),
        QT_TRANSLATE_NOOP("InspectionsPage", "整改期限"), QT_TRANSLATE_NOOP("InspectionsPage", "状态"),
        QT_TRANSLATE_NOOP("InspectionsPage", "重新限期"), QT_TRANSLATE_NOOP("InspectionsPage", "整改通知书"),
        QT_TRANSLATE_NOOP("InspectionsPage", "复查期限"),
    )
    MINE_HEADERS = (
        QT_TRANSLATE_NOOP("InspectionsPage", "检查日期"), QT_TRANSLATE_NOOP("InspectionsPage", "机构名称"),
        QT_TRANSLATE_NOOP("InspectionsPage", "检查类型"), QT_TRANSLATE_NOOP("InspectionsPage", "检查部门"),
        QT_TRANSLATE_NOOP("InspectionsPage", "状态"), QT_TRANSLATE_NOOP("InspectionsPage", "结论"),
        QT_TRANSLATE_NOOP("InspectionsPage", "整改通知书"),
    )

    def __init__(self, services: InspectionServices, actor: Actor, parent: QWidget | None = None, *, today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self.ui = Ui_InspectionsPage()
        self.ui.setupUi(self)
        self._s, self._actor, self._today = services, actor, today
        self.may_edit = can(actor, Action.INSPECTION_EDIT)
        self.show_error: Callable[[str], None] = lambda message: prompts.error(self, message)
        self.ask_inspectors: Callable[[str], str | None] = self._ask_inspectors
        self.findings: list[FindingRow] = []
        self.new_dialog = self.checklist = self.finding_dialog = self.template_dialog = self.draw_dialog = None
        for table, headers in ((self.ui.findingsTable, self.FINDING_HEADERS), (self.ui.mineTable, self.MINE_HEADERS)):
            _set_up(table, [self.tr(h) for h in headers])
        self.ui.findingsTable.horizontalHeader().setStretchLastSection(False)
        self.ui.findingsTable.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.ui.newButton.setVisible(self.may_edit)
        self.ui.recheckButton.setVisible(self.may_edit)
        self.ui.templatesButton.setVisible(can(actor, Action.TEMPLATE_EDIT))
        self.ui.drawButton.setVisible(services.draw is not None)
        self._connect()
        self.refresh()

    def _connect(self) -> None:
        ui = self.ui
        ui.newButton.clicked.connect(lambda: self.new_inspection())
        ui.recheckButton.clicked.connect(lambda: self.recheck())
        ui.drawButton.clicked.connect(lambda: self.open_draw())
        ui.templatesButton.clicked.connect(lambda: self.open_templates())
        ui.nurseryButton.clicked.connect(self._request_nursery)
        ui.refreshButton.clicked.connect(self.refresh)
        for signal in (ui.findingsTable.itemActivated, ui.findingsTable.itemDoubleClicked):
            signal.connect(lambda item: self.open_finding(item.data(ROW_ROLE).id))
        for signal in (ui.mineTable.itemActivated, ui.mineTable.itemDoubleClicked):
            signal.connect(lambda item: self.open_inspection(item.data(ROW_ROLE).id))
        QShortcut(QKeySequence("Ctrl+N"), self, activated=lambda: self.may_edit and self.new_inspection())
        QShortcut(QKeySequence("F5"), self, activated=self.refresh)

    # --- lists --------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the open findings, the inspector's inspections and the counts."""
        try:
            self.findings = self._s.queues.open_findings()
            mine = self._s.queues.my_recent(100)
            counts = self._s.queues.home_counts()
        except DomainError as exc:
            self.show_error(exc.message)
            return
        _fill(self.ui.findingsTable, [(f, (f.nursery_name, ui_label(f.department), f.code, f.text,
                                           due_text(f.deadline, f.deadline_provisional), self._state_text(f), str(f.reissue_count),
                                           f.notice_no, self._recheck_text(f))) for f in self.findings],
              [f.overdue or f.recheck_overdue for f in self.findings])
        _fill(self.ui.mineTable, [(i, (i.inspected_on.isoformat(), i.nursery_name, ui_label(i.kind),
                                       "、".join(ui_label(d) for d in i.departments), ui_label(i.state),
                                       ui_label(i.overall) if i.overall else "——", i.notice_no or ""))
                                  for i in mine])
        self.ui.countsLabel.setText(self.tr("本周到期整改 {due} 项 · 逾期 {late} 项").format(
            due=counts.due_this_week, late=counts.overdue))

    def _recheck_text(self, f: FindingRow) -> str:
        due = due_text(f.recheck_due, f.recheck_due_provisional)
        return self.tr("{due}（复查已逾期）").format(due=due) if f.recheck_overdue else due

    def _state_text(self, f: FindingRow) -> str:
        if f.overdue:
            return self.tr("逾期 {days} 天").format(days=f.days_overdue)
        return ui_label(f.state)

    def selected(self):
        """The selected row of the shown tab (a FindingRow or an InspectionRow), or None."""
        table = self.ui.findingsTable if self.ui.tabs.currentWidget() is self.ui.findingsTab else self.ui.mineTable
        item = table.item(table.currentRow(), 0) if table.currentRow() >= 0 else None
        return item.data(ROW_ROLE) if item is not None else None

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
            self.show_error(exc.message)
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
            self.show_error(exc.message)
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


def _set_up(table: QTableWidget, headers: list[str]) -> None:
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)


def _fill(table: QTableWidget, rows: list[tuple[object, tuple[str, ...]]], marked: list[bool] | None = None) -> None:
    """Rows of texts, each cell carrying its row object; marked rows in bold red (overdue)."""
    with bulk_fill(table):
        table.setRowCount(len(rows))
        for r, (data, texts) in enumerate(rows):
            late = bool(marked and marked[r])
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(ROW_ROLE, data)
                if late:
                    item.setForeground(QBrush(OVERDUE))
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(r, column, item)
