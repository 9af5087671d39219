"""整改事项: a finding, its deadline and state, the nursery's reports; report rectification or escalate.

Escalation is offered only for an overdue finding (domain.md §18.4); both actions need INSPECTION_EDIT.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QListWidgetItem, QTableWidgetItem, QWidget

from workstation.domain.errors import DomainError
from workstation.domain.inspections import OPEN_FINDING, Escalation, RectificationState
from workstation.domain.result_notes import result_with_note
from workstation.i18n.labels import ui_label
from workstation.models.audit import actor_text
from workstation.models.common.domain_text import shown
from workstation.services.common.timeline import TimelineEntry
from workstation.services.inspections import FindingDTO, InspectionService
from workstation.ui.common import prompts
from workstation.ui.common.due_dates import due_cell, due_tip
from workstation.ui.common.form_widgets import date_of, set_date
from workstation.ui.common.typed_inputs import install_typed_inputs
from workstation.ui.forms.ui_inspections_finding_dialog import Ui_InspectionsFindingDialog
from workstation.ui.inspections.keys import TabLeavesField

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class FindingDialog(QDialog):
    """Shows one finding; records the nursery's report or escalates it."""

    changed = Signal(int)              # the finding was reported or escalated
    nursery_requested = Signal(int)
    inspection_requested = Signal(int)

    def __init__(self, service: InspectionService, finding_id: int, parent: QWidget | None = None, *,
                 may_edit: bool = True, today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self.ui = Ui_InspectionsFindingDialog()
        self.ui.setupUi(self)
        install_typed_inputs(self)
        self._service, self._id, self._may_edit = service, finding_id, may_edit
        self._today = today
        self.show_error: Callable[[str], None] = lambda message: prompts.error(self, message)
        self.choose_files: Callable[[], list[str]] = lambda: prompts.choose_scans(self)
        self.view: FindingDTO | None = None
        set_date(self.ui.reportDateEdit, today())
        self.ui.evidenceList.setMaximumHeight(90)
        TabLeavesField(self.ui.reportDateEdit)
        for member in Escalation:
            self.ui.escalationCombo.addItem(ui_label(member), member.value)
        self._connect()
        self.reload()

    def _connect(self) -> None:
        ui = self.ui
        ui.addEvidenceButton.clicked.connect(lambda: self.add_evidence())
        ui.removeEvidenceButton.clicked.connect(lambda: ui.evidenceList.takeItem(ui.evidenceList.currentRow()))
        ui.reportButton.clicked.connect(lambda: self.report())
        ui.escalateButton.clicked.connect(lambda: self.escalate())
        ui.nurseryButton.clicked.connect(lambda: self.view and self.nursery_requested.emit(self.view.nursery_id))
        ui.inspectionButton.clicked.connect(lambda: self.view and self.inspection_requested.emit(self.view.inspection_id))
        ui.closeButton.clicked.connect(self.reject)

    # --- showing ------------------------------------------------------------------------------

    def reload(self) -> bool:
        try:
            self._show(self._service.finding(self._id))
        except DomainError as exc:
            self.show_error(exc.message)
            return False
        return True

    def _show(self, f: FindingDTO) -> None:
        self.view, ui = f, self.ui
        ui.headerLabel.setText(f"{f.nursery_name} — {f.code} {f.text}（{ui_label(f.severity)}）")
        self.setWindowTitle(self.tr("整改事项 — {name}").format(name=f.nursery_name))
        ui.deptValue.setText(ui_label(f.department))
        ui.resultValue.setText(result_with_note(f.result, f.note, ui_label(f.result)))
        ui.basisValue.setText(f.basis or "——")
        state = ui_label(f.state)
        if f.overdue:
            state += self.tr("（已逾期 {days} 天）").format(days=(self._today() - f.deadline).days)
        ui.stateValue.setText(state)
        ui.stateValue.setStyleSheet("color: #b00000; font-weight: bold;" if f.overdue else "")
        deadline = self.tr("{due}（{rule}，{issued} 下达）").format(
            due=due_cell(f.deadline, f.deadline_provisional), rule=f.deadline_rule, issued=f.issued_on.isoformat())
        tips = [due_tip(f.deadline, True)] if f.deadline_provisional else []
        if f.recheck_due is not None:
            recheck = due_cell(f.recheck_due, f.recheck_due_provisional)
            if f.recheck_due_provisional:
                tips.append(due_tip(f.recheck_due, True))
            deadline += self.tr("；复查期限 {due}{late}").format(
                due=recheck, late=self.tr("（复查已逾期）") if f.recheck_overdue else "")
        ui.deadlineValue.setText(deadline)
        ui.deadlineValue.setToolTip("\n".join(tips))
        ui.deadlineValue.setStyleSheet("color: #b00000; font-weight: bold;" if f.recheck_overdue else "")
        ui.noticeValue.setText(f.notice_no or "——")
        ui.reissueValue.setText(str(f.reissue_count))
        ui.escalatedValue.setText(self._escalation_text(f))
        self._show_reports(f)
        self.ui.historyView.setPlainText("\n".join(self._history_line(e) for e in f.history))
        is_open = f.state in OPEN_FINDING
        ui.reportGroup.setVisible(self._may_edit and is_open)
        ui.escalateGroup.setVisible(self._may_edit and is_open)
        ui.escalateButton.setEnabled(f.state is RectificationState.OVERDUE)
        ui.escalateGroup.setToolTip("" if f.overdue else self.tr("仅逾期未整改的事项可以上报或移送。"))
        self._error("")

    def _history_line(self, entry: TimelineEntry) -> str:
        """A step of the finding in the interface language (a step stored before lines were kept: as recorded)."""
        at = f"{entry.at:%Y-%m-%d %H:%M}"
        if not (entry.actor or entry.actor_name):
            return f"{at} {shown(entry.text)}"
        return self.tr("{at} {line}（{actor}）").format(at=at, line=shown(entry.text),
                                                       actor=actor_text(entry.actor, entry.actor_name))

    def _escalation_text(self, f: FindingDTO) -> str:
        if f.escalation is None:
            return "——"
        when = f.escalated_on.isoformat() if f.escalated_on else ""
        return f"{ui_label(f.escalation)} {when}" + (f"：{f.escalation_note}" if f.escalation_note else "")

    def _show_reports(self, f: FindingDTO) -> None:
        table = self.ui.reportsTable
        headers = (self.tr("报告日期"), self.tr("整改情况"), self.tr("证明材料"), self.tr("登记人"))
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(f.reports))
        for row, r in enumerate(f.reports):
            files = "、".join(e.name for e in r.evidence) or "——"
            for column, text in enumerate((r.reported_on.isoformat(), r.text, files, r.recorded_by)):
                table.setItem(row, column, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    # --- doing --------------------------------------------------------------------------------

    def add_evidence(self, paths: list[str] | None = None) -> None:
        for path in paths if paths is not None else self.choose_files():
            item = QListWidgetItem(Path(path).name, self.ui.evidenceList)
            item.setData(PATH_ROLE, str(path))
            item.setToolTip(str(path))

    def evidence(self) -> list[Path]:
        items = (self.ui.evidenceList.item(row) for row in range(self.ui.evidenceList.count()))
        return [Path(item.data(PATH_ROLE)) for item in items]

    def report(self) -> bool:
        text, day, files = self.ui.reportTextEdit.toPlainText(), date_of(self.ui.reportDateEdit), self.evidence()
        if self._call(lambda: self._service.report_rectification(self._id, day, text, files)):
            self.ui.reportTextEdit.clear()
            self.ui.evidenceList.clear()
            return True
        return False

    def escalate(self) -> bool:
        kind = Escalation(self.ui.escalationCombo.currentData())
        note = self.ui.escalateNoteEdit.text()
        if self._call(lambda: self._service.escalate(self._id, kind, note)):
            self.ui.escalateNoteEdit.clear()
            return True
        return False

    def _call(self, work: Callable[[], FindingDTO]) -> bool:
        """Run one service call; a refusal is shown in the dialog and what was typed stays."""
        try:
            view = work()
        except DomainError as exc:
            self._error(exc.message)
            return False
        self._show(view)
        self.changed.emit(view.id)
        return True

    def _error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.setVisible(bool(message))
