"""检查记录: enter a checklist by keyboard, save a draft, record it, then print the 整改通知书.

Only editable inspections (planned or in progress) with INSPECTION_EDIT accept results; others
show read-only. Prompts, file choosers and the URL opener are attributes so tests can replace them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget

from workstation.domain.errors import ConflictError, DomainError, ValidationError
from workstation.domain.inspections import (
    EDITABLE_INSPECTION,
    Conclusion,
    Escalation,
    ItemResult,
    OverallResult,
    Signatures,
)
from workstation.i18n.labels import ui_label
from workstation.models.common.domain_text import error_text
from workstation.services.inspections import InspectionDTO, InspectionService
from workstation.ui.common import prompts
from workstation.ui.common.due_dates import due_cell, due_tip
from workstation.ui.common.form_widgets import date_of, set_date
from workstation.ui.common.typed_inputs import install_typed_inputs
from workstation.ui.forms.ui_inspections_checklist_dialog import Ui_InspectionsChecklistDialog
from workstation.ui.inspections.checklist_table import ChecklistTable
from workstation.ui.inspections.keys import TabLeavesField
from workstation.ui.inspections.new_dialog import split_names
from workstation.ui.inspections.notice_actions import NoticeActions, ProvisionalAnswer, ask_provisional

ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ChecklistDialog(NoticeActions, QDialog):
    """One inspection's checklist, conclusion and signatures."""

    changed = Signal(int)  # saved or recorded (the page refreshes its lists)
    calendar_requested = Signal()  # before a provisional notice goes out: enter the year's calendar first

    def __init__(self, service: InspectionService, inspection_id: int, parent: QWidget | None = None, *,
                 may_edit: bool = True, today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self.ui = Ui_InspectionsChecklistDialog()
        self.ui.setupUi(self)
        install_typed_inputs(self)
        self._service, self._id, self._may_edit, self._today = service, inspection_id, may_edit, today
        self.show_error: Callable[[str], None] = lambda message: prompts.error(self, message)
        self.confirm: Callable[[str, str], bool] = lambda title, text: prompts.confirm(self, title, text)
        self.ask_unsaved: Callable[[], prompts.Unsaved] = lambda: prompts.ask_unsaved(
            self, self.tr("关闭"), self.tr("本窗口中有尚未保存的检查记录，是否保存草稿？"))
        self.choose_save_path: Callable[[str], str | None] = lambda name: prompts.choose_pdf_path(self, name)
        self.choose_photos: Callable[[], list[str]] = lambda: prompts.choose_scans(self)
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self.ask_provisional: Callable[[str, bool], ProvisionalAnswer] = (
            lambda text, exporting: ask_provisional(self, text, exporting))
        self.table = ChecklistTable(self.ui.itemsTable)
        self.view: InspectionDTO | None = None
        self.dirty = False
        TabLeavesField(self.ui.inspectorsDateEdit, self.ui.representativeDateEdit)
        self._fill_combos()
        self._connect()
        self.reload()

    # --- showing ------------------------------------------------------------------------------

    def reload(self) -> bool:
        try:
            view = self._service.inspection(self._id)
        except DomainError as exc:
            self.show_error(error_text(exc))
            return False
        self._show(view)
        return True

    @property
    def editable(self) -> bool:
        return self._may_edit and self.view is not None and self.view.state in EDITABLE_INSPECTION

    def _show(self, view: InspectionDTO) -> None:
        self.view, ui = view, self.ui
        depts = "、".join(ui_label(d) for d in view.departments)
        previous = self.tr("（原检查 #{id}）").format(id=view.previous_inspection_id) if view.previous_inspection_id else ""
        ui.headerLabel.setText(f"{view.nursery_name} — {view.inspected_on.isoformat()} {depts} "
                               f"{ui_label(view.kind)}{previous} · {ui_label(view.state)}")
        self.setWindowTitle(self.tr("检查记录 — {name}").format(name=view.nursery_name))
        self.table.fill(view.items, self.editable)
        self._show_conclusion(view)
        for widget in (ui.keysLabel, ui.saveButton, ui.recordButton, ui.passButton, ui.partialButton, ui.failButton, ui.naButton,
                       ui.photoButton):
            widget.setVisible(self.editable)
        for widget in (ui.noteEdit, ui.overallCombo, ui.escalationCombo, ui.inspectorsSignEdit, ui.notesEdit,
                       ui.inspectorsDateEdit, ui.representativeEdit, ui.representativeDateEdit):
            widget.setEnabled(self.editable)
        self._show_notice(view)
        self._error("")
        self._results_changed()
        self._row_changed()
        self.dirty = False
        ui.itemsTable.setFocus()

    def _show_conclusion(self, view: InspectionDTO) -> None:
        ui, sign = self.ui, view.signatures
        overall, escalation = view.overall or view.draft_overall, view.escalation or view.draft_escalation
        ui.overallCombo.setCurrentIndex(max(0, ui.overallCombo.findData(overall.value if overall else None)))
        ui.escalationCombo.setCurrentIndex(max(0, ui.escalationCombo.findData(escalation.value if escalation else None)))
        ui.inspectorsSignEdit.setText("、".join(sign.inspectors or view.inspectors))
        set_date(ui.inspectorsDateEdit, sign.inspectors_signed_on or view.inspected_on)
        ui.representativeEdit.setText(sign.representative)
        set_date(ui.representativeDateEdit, sign.representative_signed_on or view.inspected_on)
        ui.notesEdit.setText(view.notes)

    def _show_notice(self, view: InspectionDTO) -> None:
        has = bool(view.notice_no)
        self.ui.printButton.setEnabled(has)
        self.ui.pdfButton.setEnabled(has)
        self._show_delivery(view)
        if not has:
            self.ui.noticeLabel.setText("")
            return
        latest = max((f for f in view.findings if f.notice_no == view.notice_no), key=lambda f: f.deadline,
                     default=None)
        due = due_cell(latest.deadline, latest.deadline_provisional) if latest else "——"
        self.ui.noticeLabel.setText(self.tr("整改通知书 {no}，整改期限至 {due}：Ctrl+P 打印，Ctrl+Shift+S 导出PDF。")
                                    .format(no=view.notice_no, due=due))
        self.ui.noticeLabel.setToolTip(due_tip(latest.deadline, True) if latest and latest.deadline_provisional else "")

    def _show_delivery(self, view: InspectionDTO) -> None:
        """The notice delivery clock: due within N working days of the inspection, overdue until served."""
        ui = self.ui
        waiting = view.notice_due is not None and view.notice_delivered_on is None
        for widget in (ui.deliveryDateEdit, ui.deliveryButton):
            widget.setVisible(waiting and self._may_edit)
        if view.notice_due is None:
            ui.deliveryLabel.setText("")
            return
        due = due_cell(view.notice_due, view.notice_due_provisional)
        ui.deliveryLabel.setToolTip(due_tip(view.notice_due, True) if view.notice_due_provisional else "")
        if view.notice_delivered_on is not None:
            text = self.tr("整改通知书已于 {day} 送达（送达期限 {due}）。").format(
                day=view.notice_delivered_on.isoformat(), due=due)
        elif view.notice_overdue:
            text = self.tr("整改通知书逾期未送达：应于 {due} 前送达。").format(due=due)
        else:
            text = self.tr("整改通知书应于 {due} 前送达。").format(due=due)
        ui.deliveryLabel.setText(text)
        ui.deliveryLabel.setStyleSheet("color: #b00000; font-weight: bold;" if view.notice_overdue else "")
        if waiting:
            set_date(ui.deliveryDateEdit, max(view.inspected_on, min(self._today(), view.notice_due)))

    def record_delivery(self) -> bool:
        """登记送达: the day the notice was served on the nursery."""
        if self.view is None:
            return False
        try:
            view = self._service.record_notice_delivery(self._id, date_of(self.ui.deliveryDateEdit), self.view.version)
        except DomainError as exc:
            self._error(error_text(exc))
            return False
        self.view = view
        self._show_delivery(view)
        self._error("")
        self.changed.emit(self._id)
        return True

    # --- entering -----------------------------------------------------------------------------

    def _fill_combos(self) -> None:
        self.ui.overallCombo.addItem("", None)
        for member in OverallResult:
            self.ui.overallCombo.addItem(ui_label(member), member.value)
        self.ui.escalationCombo.addItem(self.tr("不升级"), None)
        for member in Escalation:
            self.ui.escalationCombo.addItem(ui_label(member), member.value)

    def _connect(self) -> None:
        ui = self.ui
        self.table.changed.connect(self._results_changed)
        self.table.note_requested.connect(self._edit_note)
        ui.itemsTable.currentCellChanged.connect(lambda *_: self._row_changed())
        ui.noteEdit.textEdited.connect(self.table.set_note)
        ui.noteEdit.installEventFilter(self)
        for button, result in ((ui.passButton, ItemResult.PASS), (ui.partialButton, ItemResult.PARTIAL),
                               (ui.failButton, ItemResult.FAIL), (ui.naButton, ItemResult.NA)):
            button.clicked.connect(lambda _=False, r=result: self.table.set_result(r))
        ui.photoButton.clicked.connect(lambda: self.table.add_photos(self.choose_photos()))
        ui.overallCombo.currentIndexChanged.connect(lambda _i: self._results_changed())
        for edit in (ui.inspectorsSignEdit, ui.representativeEdit, ui.notesEdit):
            edit.textEdited.connect(self._typed)
        for edit in (ui.inspectorsDateEdit, ui.representativeDateEdit):
            edit.dateChanged.connect(self._typed)
        ui.escalationCombo.currentIndexChanged.connect(self._typed)
        ui.saveButton.clicked.connect(lambda: self.save_draft())
        ui.recordButton.clicked.connect(lambda: self.record())
        ui.printButton.clicked.connect(lambda: self.print_notice())
        ui.pdfButton.clicked.connect(lambda: self.export_notice())
        ui.deliveryButton.clicked.connect(lambda: self.record_delivery())
        ui.reloadButton.clicked.connect(self._reload_asked)
        ui.closeButton.clicked.connect(self.reject)
        for keys, slot in (("Ctrl+S", self.save_draft), ("Ctrl+Return", self.record), ("Ctrl+Enter", self.record),
                           ("Ctrl+P", self.print_notice), ("Ctrl+Shift+S", self.export_notice)):
            QShortcut(QKeySequence(keys), self, activated=lambda s=slot: s())

    def _typed(self, *_args: object) -> None:
        self.dirty = True

    def _edit_note(self) -> None:
        if self.editable:
            self.ui.noteEdit.setFocus()
            self.ui.noteEdit.selectAll()

    def _row_changed(self) -> None:
        line = self.table.current()
        self.ui.noteEdit.setText(line.note if line else "")
        self._show_photos()

    def _show_photos(self) -> None:
        line = self.table.current()
        self.ui.photoLabel.setText(self.tr("照片 {n} 张").format(n=len(line.photos)) if line and line.photos else "")

    def _results_changed(self) -> None:
        self.dirty = True
        self._show_photos()
        suggested = self.table.suggested()
        self.ui.overallCombo.setItemText(0, self.tr("按检查结果（建议：{result}）").format(
            result=ui_label(suggested)))
        self.ui.escalationCombo.setEnabled(self.editable and self.overall_shown() is OverallResult.UNQUALIFIED)
        self.ui.progressLabel.setText(self.tr("已填 {done}/{total} 项").format(
            done=self.table.filled(), total=len(self.table.lines)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter (or Esc) in the note field goes back to the table, on the same row."""
        if watched is self.ui.noteEdit and event.type() == QEvent.Type.KeyPress and \
                (event.key() in ENTER or event.key() == Qt.Key.Key_Escape) and not event.modifiers():
            self.ui.itemsTable.setFocus()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in ENTER and not event.modifiers():
            event.accept()  # Enter never presses a button here: each field says what it does
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        """Closing (关闭, Esc, the window's X) with unsaved input asks: 保存草稿 / 放弃 / 取消."""
        if self.editable and self.dirty:
            answer = self.ask_unsaved()
            if answer is prompts.Unsaved.CANCEL or (answer is prompts.Unsaved.SAVE and not self.save_draft()):
                return
        super().reject()

    def _reload_asked(self) -> None:
        if self.editable and self.dirty and not self.confirm(
                self.tr("重新载入"), self.tr("重新载入将放弃本窗口中尚未保存的修改，确定吗？")):
            return
        self.reload()

    # --- values -------------------------------------------------------------------------------

    def overall(self) -> OverallResult | None:
        data = self.ui.overallCombo.currentData()
        return OverallResult(data) if data else None

    def overall_shown(self) -> OverallResult:
        return self.overall() or self.table.suggested()

    def escalation(self) -> Escalation | None:
        data = self.ui.escalationCombo.currentData()
        return Escalation(data) if data and self.ui.escalationCombo.isEnabled() else None

    def signatures(self) -> Signatures:
        ui = self.ui
        representative = ui.representativeEdit.text().strip()
        return Signatures(split_names(ui.inspectorsSignEdit.text()), date_of(ui.inspectorsDateEdit), representative,
                          date_of(ui.representativeDateEdit) if representative else None)

    def conclusion(self) -> Conclusion:
        """Everything below the table as shown (a draft keeps the 签收 date even before the name)."""
        ui = self.ui
        signatures = Signatures(split_names(ui.inspectorsSignEdit.text()), date_of(ui.inspectorsDateEdit),
                                ui.representativeEdit.text().strip(), date_of(ui.representativeDateEdit))
        return Conclusion(self.overall(), self.escalation(), signatures, ui.notesEdit.text())

    # --- saving -------------------------------------------------------------------------------

    def save_draft(self) -> bool:
        if not self.editable:
            return False
        view = self.view
        return self._save(lambda: self._service.save_results(view.id, self.table.entries(), view.version,
                                                             self.conclusion()))

    def record(self) -> bool:
        if not self.editable:
            return False
        view = self.view
        done = self._save(lambda: self._service.record(
            view.id, self.table.entries(), self.overall(), self.escalation(), self.signatures(),
            expected_version=view.version, notes=self.ui.notesEdit.text()))
        if done and self.view.notice_no:
            self.ui.pdfButton.setFocus()  # the next step: the notice
        return done

    def _save(self, work: Callable[[], InspectionDTO]) -> bool:
        try:
            view = work()
        except ConflictError as exc:
            self.show_error(error_text(exc))
            if self.confirm(self.tr("重新载入"), self.tr("是否重新载入最新的记录？本窗口中未保存的结果将被放弃。")):
                self.reload()
            return False
        except DomainError as exc:
            self._refused(exc)
            return False
        self._show(view)
        self.changed.emit(view.id)
        return True

    def _refused(self, exc: DomainError) -> None:
        """Keep what was typed; point at the first line without a result when that is the problem."""
        self._error(error_text(exc))
        missing = self.table.first_missing()
        if isinstance(exc, ValidationError) and exc.field == "items" and missing is not None:
            self.table.go_to(missing)
            self.ui.itemsTable.setFocus()

    def _error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.setVisible(bool(message))
