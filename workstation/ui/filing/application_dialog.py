"""One filing application: materials with scans, filing information, change items, history, actions, documents.

Only the actions legal for the application's state and the user's role get a button; a role that may
not handle filings (科室负责人 decides, but ticks, checks and attaches nothing) sees the materials, the
information and the change items read-only, without their buttons, and a line saying why. Prompts,
file choosers and the URL opener are attributes, so tests (and other callers) can replace them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QTableWidgetItem, QWidget

from workstation.domain.errors import DomainError, ValidationError
from workstation.domain.filing import (
    CLOCK_STATES,
    EDITABLE_CONTENT,
    OPEN_STATES,
    DocumentKind,
    FilingAction,
    FilingKind,
)
from workstation.domain.filing_rules import MaterialResult
from workstation.exports.documents import Document, write_document_pdf
from workstation.exports.filing import build_document
from workstation.i18n.labels import ui_label
from workstation.models.audit import actor_text
from workstation.models.common.domain_text import error_text, shown
from workstation.services.filing import ApplicationView, FilingService, MaterialUpdate
from workstation.ui.common import prompts
from workstation.ui.common.due_dates import due_text
from workstation.ui.common.printing import preview_document, print_document
from workstation.ui.filing.changes_editor import ChangesEditor
from workstation.ui.filing.info_form import InfoForm
from workstation.ui.filing.materials_table import MaterialsTable
from workstation.ui.filing.reasons import reason_for
from workstation.ui.forms.ui_filing_application_dialog import Ui_FilingApplicationDialog

EDITABLE_MATERIALS = frozenset(CLOCK_STATES | EDITABLE_CONTENT)


class FilingApplicationDialog(QDialog):
    """Shows one application and carries out what the clerk does with it."""

    changed = Signal(int)  # the application was saved or moved (the page refreshes its lists)

    def __init__(self, service: FilingService, app_id: int, parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self.ui = Ui_FilingApplicationDialog()
        self.ui.setupUi(self)
        self._service, self._app_id, self._today = service, app_id, today
        self.ask_text: Callable[[str, str, bool], str | None] = lambda t, label, req: prompts.ask_text(self, t, label, req)
        self.confirm: Callable[[str, str], bool] = lambda title, text: prompts.confirm(self, title, text)
        self.confirm_incomplete: Callable[[str, str], bool] = lambda title, text: prompts.confirm_or_go_back(
            self, title, text, self.tr("仍然提交"), self.tr("返回补齐材料"))
        self.choose_files: Callable[[], list[str]] = lambda: prompts.choose_scans(self)
        self.choose_save_path: Callable[[str], str | None] = lambda name: prompts.choose_pdf_path(self, name)
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self.show_error: Callable[[str], None] = lambda message: prompts.error(self, message)
        self.ask_unsaved: Callable[[], prompts.Unsaved] = lambda: prompts.ask_unsaved(
            self, self.tr("尚未保存"), self.tr("备案信息或变更事项有尚未保存的修改。是否先保存？"), self.tr("保存"))
        self.materials = MaterialsTable(self.ui.materialsTable, self)
        self.changes = ChangesEditor(self.ui.changesTable, self)
        self.info = InfoForm(self.ui)
        self.role_note = QLabel(self.tr("当前角色无权办理备案：材料、备案信息和变更事项只能查看。"), self)
        self.role_note.setObjectName("roleNote")
        self.role_note.setWordWrap(True)
        self.role_note.setStyleSheet("color: #8a5a00;")
        self.role_note.hide()
        self.ui.dialogLayout.insertWidget(self.ui.dialogLayout.indexOf(self.ui.tabs), self.role_note)
        self.view: ApplicationView | None = None
        self._connect()
        self.reload()

    # --- showing ----------------------------------------------------------------------------

    def reload(self) -> None:
        self._call(lambda: self._service.get(self._app_id), notify=False)

    def _show(self, view: ApplicationView, fresh: tuple[str, ...] = ()) -> None:
        """Show `view`; typed input of the info tab and the change items stays unless named in `fresh`
        (a scan attached, a material ticked or a refusal never wipes what the clerk typed)."""
        self.view = view
        ui = self.ui
        receipt = " · " + self.tr("回执编号 {number}").format(number=view.receipt_no) if view.receipt_no else ""
        uscc = view.nursery.uscc or self.tr("无统一社会信用代码")
        ui.headerLabel.setText(f"{view.nursery.name}（{uscc}）"
                               f" — {ui_label(view.kind)} · {ui_label(view.state)}{receipt}")
        self.setWindowTitle(self.tr("{kind}申请 — {name}").format(kind=ui_label(view.kind), name=view.nursery.name))
        self._show_clock(view)
        may_edit = view.may_edit  # the role handles filings: else everything below is shown read-only
        self.role_note.setVisible(not may_edit)
        tip = "" if may_edit else self.role_note.text()
        self.materials.fill(view.materials, view.state in EDITABLE_MATERIALS and may_edit)
        ui.materialsTable.setToolTip(tip)
        ui.attachButton.setEnabled(view.state in EDITABLE_MATERIALS)  # a decided filing's materials are final
        for button in (ui.checkOkButton, ui.flagButton):
            button.setEnabled(view.state in OPEN_STATES)  # (before 开始材料审核 they say to start it first)
        for button in (ui.attachButton, ui.checkOkButton, ui.flagButton):
            button.setVisible(may_edit)  # as every page hides what the role cannot do (ui/role_view.py)
        self.info.show(view, keep_typed="info" not in fresh)
        ui.infoTab.setToolTip(tip)
        change = view.kind is FilingKind.CHANGE
        ui.tabs.setTabVisible(ui.tabs.indexOf(ui.changesTab), change)
        editable = change and view.state in EDITABLE_CONTENT and may_edit
        if "changes" in fresh or not (editable and self.changes.is_dirty()):
            self.changes.fill(view.change_items, editable)
        ui.changesTable.setToolTip(tip)
        for button in (ui.addChangeButton, ui.removeChangeButton, ui.saveChangesButton):
            button.setEnabled(self.changes.editable)
            button.setVisible(may_edit)
        self._show_history(view)
        self._show_actions(view)
        self._show_documents(view)

    def _show_clock(self, view: ApplicationView) -> None:
        label, due = self.ui.clockLabel, None
        if view.state in CLOCK_STATES and view.due_on:
            due, text = view.due_on, self.tr("出具回执期限：{due}").format(
                due=due_text(view.due_on, view.due_provisional))
        elif view.clock_remaining is not None:
            text = self.tr("退回补正中，期限暂停（剩余 {n} 个工作日）").format(n=view.clock_remaining)
        elif view.verification_due_on and view.state.value == "ACCEPTED":
            due = view.verification_due_on
            text = self.tr("核实及告知不符合要求期限：{due}").format(
                due=due_text(due, view.verification_due_provisional))
        else:
            text = ""
        today = self._today()
        if due is not None and due < today:
            text += self.tr("（已逾期 {days} 天）").format(days=(today - due).days)
        label.setProperty("late", due is not None and due < today)
        label.setProperty("soon", due is not None and due == today)
        label.style().unpolish(label)
        label.style().polish(label)
        label.setText(text)

    def _show_history(self, view: ApplicationView) -> None:
        table = self.ui.historyTable
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels([self.tr("时间"), self.tr("办理人"), self.tr("内容")])
        table.horizontalHeader().setStretchLastSection(True)
        table.setRowCount(len(view.history))
        for row, entry in enumerate(view.history):
            local = entry.at.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M")
            for column, text in enumerate((local, actor_text(entry.actor, entry.actor_name), shown(entry.text))):
                table.setItem(row, column, QTableWidgetItem(text))
        table.resizeColumnsToContents()

    def _show_actions(self, view: ApplicationView) -> None:
        """A button per action legal now; one the service would refuse (materials not all checked, no
        change item…) is disabled, and its tooltip and the line above the buttons say why."""
        layout = self.ui.actionsLayout
        while layout.count():
            layout.takeAt(0).widget().deleteLater()
        self.action_buttons: dict[FilingAction, QPushButton] = {}
        for action in view.actions:
            button = QPushButton(ui_label(action), self.ui.actionsBar)
            button.setObjectName(f"action_{action.value}")
            button.clicked.connect(lambda _=False, a=action: self.run_action(a))
            why = view.blocked_by(action)
            button.setEnabled(why is None)
            button.setToolTip(shown(why) if why is not None else "")
            layout.addWidget(button)
            button.show()  # added to a visible dialog: shown now, not on the next event-loop turn
            self.action_buttons[action] = button
        note = "\n".join(shown(why) for _action, why in view.blocked)
        self.ui.actionNoteLabel.setText(note)
        self.ui.actionNoteLabel.setVisible(bool(note))

    def _show_documents(self, view: ApplicationView) -> None:
        combo = self.ui.documentCombo
        combo.clear()
        for document in view.documents:
            combo.addItem(ui_label(document), document)
        for button in (self.ui.previewButton, self.ui.printButton, self.ui.pdfButton):
            button.setEnabled(bool(view.documents))

    # --- doing --------------------------------------------------------------------------------

    def _connect(self) -> None:
        ui = self.ui
        self.materials.material_edited.connect(self._save_material, Qt.ConnectionType.QueuedConnection)
        self.materials.invalid_date.connect(lambda message: (self.show_error(message), self.reload()))
        ui.attachButton.clicked.connect(lambda: self.attach_files())
        ui.viewButton.clicked.connect(lambda: self.view_file())
        ui.checkOkButton.clicked.connect(lambda: self.check_selected(MaterialResult.OK))
        ui.flagButton.clicked.connect(lambda: self.check_selected(MaterialResult.MISSING))
        ui.saveInfoButton.clicked.connect(lambda: self.save_info())
        ui.addChangeButton.clicked.connect(lambda: self.changes.add_row())
        ui.removeChangeButton.clicked.connect(self.changes.remove_selected)
        ui.saveChangesButton.clicked.connect(lambda: self.save_changes())
        ui.previewButton.clicked.connect(lambda: self.preview_document())
        ui.printButton.clicked.connect(lambda: self.print_document())
        ui.pdfButton.clicked.connect(lambda: self.export_pdf())

    def _call(self, work: Callable[[], ApplicationView], notify: bool = True, fresh: tuple[str, ...] = ()) -> bool:
        """Run one service call; show its result, or its message on refusal.

        A ValidationError keeps what the user typed (to correct it); other refusals (stale record,
        wrong state) show the stored application again.
        """
        try:
            view = work()
        except DomainError as exc:
            self.show_error(error_text(exc))
            if self.view is not None and notify and not isinstance(exc, ValidationError):
                self.reload()
            return False
        self._show(view, fresh)
        if notify:
            self.changed.emit(view.id)
        return True

    def run_action(self, action: FilingAction) -> bool:
        settled = self.settle_unsaved()  # an action can lock the fields: typed input is saved or dropped first
        if settled is None:
            return False
        view = self.view
        try:  # read again: the button's state is the shown view's, another desk may have moved on
            unmet = self._service.unmet(view.id, action)
        except DomainError:
            unmet = None  # e.g. the state moved on meanwhile: the action itself says so
        if unmet:
            self.show_error(shown(unmet))  # before asking to confirm, not after a 是
            return False
        reason = reason_for(self, action)
        if reason is None:
            return False
        return self._call(lambda: self._service.act(view.id, action, view.version, reason), fresh=settled)

    def has_unsaved(self) -> bool:
        return self.info.is_dirty() or self.changes.is_dirty()

    def settle_unsaved(self) -> tuple[str, ...] | None:
        """Ask what to do with unsaved input (保存 / 放弃 / 取消); None when the clerk cancels or the
        save is refused, else the parts whose typed input may now be replaced."""
        if not self.has_unsaved():
            return ()
        answer = prompts.Unsaved(self.ask_unsaved())
        if answer is prompts.Unsaved.DISCARD:
            return ("info", "changes")
        if answer is not prompts.Unsaved.SAVE:
            return None
        if self.info.is_dirty() and not self.save_info():
            return None
        if self.changes.is_dirty() and not self.save_changes():
            return None
        return ("info", "changes")

    def done(self, result: int) -> None:
        """Closing (关闭, Esc, the window's close button) asks first when something typed is unsaved."""
        if self.settle_unsaved() is not None:
            super().done(result)

    def _save_material(self, material_id: int, update: MaterialUpdate) -> None:
        self._call(lambda: self._service.update_material(material_id, update))

    def attach_files(self, paths: list[str] | None = None) -> bool:
        material = self.materials.selected()
        if material is None:
            self.show_error(self.tr("请先在材料清单中选择一项材料。"))
            return False
        chosen = paths if paths is not None else self.choose_files()
        return all(self._call(lambda p=p: self._service.attach_file(material.id, Path(p))) for p in chosen)

    def view_file(self) -> bool:
        material = self.materials.selected()
        if material is None or not material.files:
            self.show_error(self.tr("所选材料没有扫描件。"))
            return False
        try:
            path = self._service.viewable_file(material.files[-1].id)
        except DomainError as exc:
            self.show_error(error_text(exc))
            return False
        return bool(self.open_url(QUrl.fromLocalFile(str(path))))

    def check_selected(self, result: MaterialResult) -> bool:
        chosen = self.materials.selected_all()
        if result is MaterialResult.OK and len(chosen) > 1:
            return self._check_all_ok(chosen)
        material = self.materials.selected()
        if material is None:
            self.show_error(self.tr("请先在材料清单中选择一项材料。"))
            return False
        note = ""
        if result is not MaterialResult.OK:
            note = self.ask_text(self.tr("需补正"), self.tr("“{title}”需补正的原因：").format(title=material.title), True)
            if note is None:
                return False
        return self._call(lambda: self._service.check_material(material.id, result, note))

    def _check_all_ok(self, chosen: list) -> bool:
        """审核通过 on several selected rows: those provided pass at once; those not provided are named."""
        ready = [m for m in chosen if m.provided and m.result is not MaterialResult.OK]
        unprovided = [m.title for m in chosen if not m.provided]
        done = bool(ready) and self._call(lambda: self._service.check_materials_ok([m.id for m in ready]))
        if unprovided:
            self.show_error(self.tr("以下材料尚未提供，未审核通过：{titles}。").format(titles=self.tr("、").join(unprovided)))
        elif not ready:
            self.show_error(self.tr("所选材料均已审核通过。"))
        return done

    def save_info(self) -> bool:
        view, info = self.view, self.info.read()
        if info is None:
            self.show_error(self.info.error)
            return False
        return self._call(lambda: self._service.update_info(view.id, view.version, info), fresh=("info",))

    def save_changes(self) -> bool:
        view, drafts = self.view, self.changes.drafts()
        return self._call(lambda: self._service.set_change_items(view.id, view.version, drafts), fresh=("changes",))

    # --- documents ----------------------------------------------------------------------------

    def current_document(self) -> DocumentKind | None:
        data = self.ui.documentCombo.currentData()  # Qt hands str-based enums back as plain str
        return DocumentKind(data) if data else None

    def _document(self, issue: bool) -> Document | None:
        kind = self.current_document()
        if kind is None:
            return None
        try:
            return build_document(self._service.document(self._app_id, kind, issue=issue))
        except DomainError as exc:
            self.show_error(error_text(exc))
            return None

    def preview_document(self) -> bool:
        """Preview (not counted); printing from the preview counts as an issue."""
        document = self._document(issue=False)
        if document is None or not preview_document(document, self):
            return False
        self._document(issue=True)
        self.reload()
        return True

    def print_document(self, printer: QPrinter | None = None) -> bool:
        """Print the chosen document (a given printer skips the print dialog); counted as an issue."""
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
                return False
        document = self._document(issue=True)
        if document is None:
            return False
        print_document(document, printer)
        self.reload()
        return True

    def export_pdf(self, path: str | None = None) -> Path | None:
        """Write the chosen document as PDF (counted as an issue) and open it."""
        kind = self.current_document()
        if kind is None:
            return None
        name = re.sub(r'[\\/:*?"<>|\s]+', "_", self.view.nursery.name).strip("_")  # a file name on any system
        target = path or self.choose_save_path(f"{kind.zh}-{name}.pdf" if name else f"{kind.zh}.pdf")
        document = self._document(issue=True) if target else None
        if document is None:
            return None
        try:
            write_document_pdf(Path(target), document)
        except DomainError as exc:
            self.show_error(error_text(exc))
            return None
        self.reload()
        self.open_url(QUrl.fromLocalFile(str(target)))
        return Path(target)
