"""Record a nursery (new) or edit one: the form, live checks at the field, duplicates and stale edits."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QDialog,
    QMessageBox,
    QWidget,
)

from workstation.domain.enums import InstitutionStatus, RegistrationOrganKind
from workstation.domain.errors import ConflictError, DomainError
from workstation.domain.nursery import Finding, NurseryDraft, Override
from workstation.i18n.labels import ui_label
from workstation.models.common.domain_text import certificate_text, error_text
from workstation.services.district import DistrictSettings
from workstation.services.registry import (
    IntakeRejected,
    IntakeService,
    NurseryRecord,
    PossibleDuplicate,
)
from workstation.ui.common.typed_inputs import commit_typed_inputs, install_typed_inputs
from workstation.ui.forms.ui_intake_dialog import Ui_IntakeDialog
from workstation.ui.registry.classes_editor import ClassesEditor
from workstation.ui.registry.draft_binding import DraftBinding
from workstation.ui.registry.duplicate_dialog import DuplicateCompareDialog
from workstation.ui.registry.field_marks import FieldMarks
from workstation.ui.registry.findings_panel import FindingsPanel

NATURE_FINDING = "UI-NATURE"  # not a service check: the form cannot build a draft without a nature


class IntakeDialog(QDialog):
    """Emits `saved(id)` and accepts after a save; `open_existing_requested(id)` when the clerk
    says a similar record is the same nursery (the dialog stays open with what was typed)."""

    saved = Signal(int)
    open_existing_requested = Signal(int)

    CHECK_DELAY_MS = 200  # checks run once typing pauses this long

    def __init__(self, intake_service: IntakeService, district_settings: DistrictSettings,
                 nursery_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_IntakeDialog()
        self.ui.setupUi(self)
        install_typed_inputs(self)
        self._service = intake_service
        self.nursery_id = nursery_id
        self.version: int | None = None
        self._read_only = False
        self._organ_touched = False
        self._different_from: list[int] = []
        self.duplicate_dialog: DuplicateCompareDialog | None = None
        ui = self.ui
        self.classes = ClassesEditor(ui.classesView, ui.addClassButton, ui.removeClassButton,
                                     ui.classesTotalLabel, ui.classesHintLabel)
        self.binding = DraftBinding(ui, self.classes, district_settings.streets)
        self.panel: FindingsPanel = ui.findingsPanel
        switches = {edit: check for check, edit in self.binding.optional_dates.values()}
        self.marks = FieldMarks(self.binding.field_widgets(), ui.tabs, self.classes, switches)
        self.check_timer = QTimer(self)
        self.check_timer.setSingleShot(True)
        self.check_timer.setInterval(self.CHECK_DELAY_MS)
        ui.conflictFrame.hide()
        ui.splitter.setStretchFactor(0, 1)
        ui.splitter.setSizes([500, 190])
        self._connect()
        self.setWindowTitle(self.tr("新增机构登记[*]"))
        self._baseline = self.binding.read()
        if nursery_id is not None:
            self._load(intake_service.get(nursery_id))
        self._update_route()
        self.refresh_findings()
        ui.nameEdit.setFocus()

    # --- state --------------------------------------------------------------------------------
    def draft(self) -> NurseryDraft:
        return self.binding.read()

    def is_dirty(self) -> bool:
        return self.binding.read() != self._baseline

    def schedule_check(self) -> None:
        """Restart the debounce timer: the checks run once the clerk pauses."""
        self.check_timer.start()
        self.setWindowModified(self.is_dirty())

    def refresh_findings(self) -> list[Finding]:
        """Run the checks now and show them in the panel and at the fields."""
        self.check_timer.stop()
        findings = list(self._service.check(self.binding.read(), self.nursery_id))
        if self.binding.legal_nature() is None:
            findings.insert(0, Finding(NATURE_FINDING, "error", "legal_nature",
                                       self.tr("请选择机构性质（决定登记机关和应持证照）。")))
        self.panel.show_findings(findings)
        self.marks.apply(findings)
        self._update_state()
        return findings

    # --- saving -------------------------------------------------------------------------------
    def save(self) -> bool:
        """Save when the checks allow it; True when saved (the dialog then closes)."""
        self._commit_open_editor()
        if not commit_typed_inputs(self):  # a date typed and saved with Ctrl+S, but not readable
            return False
        findings = self.refresh_findings()
        if not self.ui.saveButton.isEnabled():
            self._focus_first_problem(findings)
            return False
        draft = self.binding.read()
        try:
            record = self._write(draft, self.panel.overrides())
        except PossibleDuplicate as exc:
            self._offer_duplicates(draft, exc)
            return False
        except IntakeRejected as exc:  # e.g. another clerk saved the same USCC a moment ago
            self.refresh_findings()
            QMessageBox.warning(self, self.tr("无法保存"), error_text(exc))
            return False
        except ConflictError as exc:
            self._show_conflict(error_text(exc))
            return False
        except DomainError as exc:
            QMessageBox.critical(self, self.tr("无法保存"), error_text(exc))
            return False
        self._baseline = draft
        self.saved.emit(record.id)
        self.accept()
        return True

    def reload(self) -> None:
        """Replace the form with the record as now stored (local edits are dropped)."""
        if self.nursery_id is None:
            return
        self._load(self._service.get(self.nursery_id))
        self.ui.conflictFrame.setVisible(self._read_only)
        self.refresh_findings()

    def reject(self) -> None:
        if self.is_dirty() and not self._confirm(self.tr("放弃修改"), self.tr("有尚未保存的修改，确定放弃吗？")):
            return
        super().reject()

    def _write(self, draft: NurseryDraft, overrides: list[Override]) -> NurseryRecord:
        if self.nursery_id is None:
            return self._service.create(draft, overrides, different_from=self._different_from)
        assert self.version is not None
        return self._service.update(self.nursery_id, self.version, draft, overrides)

    def _offer_duplicates(self, draft: NurseryDraft, exc: PossibleDuplicate) -> None:
        dialog = DuplicateCompareDialog(draft, exc.candidates, self)
        self.duplicate_dialog = dialog
        dialog.open_existing_requested.connect(self._open_existing)
        ids = dialog.candidate_ids()
        dialog.accepted.connect(lambda: self._save_as_different(ids))
        dialog.open()

    def _save_as_different(self, candidate_ids: list[int]) -> None:
        self._different_from = list(dict.fromkeys(self._different_from + candidate_ids))
        self.save()

    def _open_existing(self, nursery_id: int) -> None:
        # The entry stays open beside the existing record: what was typed may be newer (or a typo), so
        # it is neither thrown away nor copied over the stored record unseen; closing still asks.
        self.ui.conflictLabel.setText(self.tr(
            "已打开已有记录（记录号 {id}）。本窗口保留您录入的内容，可对照后在已有记录中点“编辑”修改；"
            "不再需要时关闭本窗口（会询问是否放弃）。").format(id=nursery_id))
        self.ui.reloadButton.setVisible(self.nursery_id is not None)
        self.ui.conflictFrame.show()
        self.open_existing_requested.emit(nursery_id)

    def _show_conflict(self, message: str) -> None:
        self.ui.conflictLabel.setText(message)
        self.ui.conflictFrame.show()
        question = self.tr("是否现在重新载入最新记录？重新载入将放弃本窗口中尚未保存的修改。")
        answer = QMessageBox.warning(self, self.tr("记录已被修改"), f"{message}\n\n{question}",
                                     QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                     QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.reload()

    def _reload_clicked(self) -> None:
        if not self.is_dirty() or self._confirm(self.tr("重新载入"),
                                                self.tr("重新载入将放弃本窗口中尚未保存的修改，确定吗？")):
            self.reload()

    # --- helpers ------------------------------------------------------------------------------
    def _connect(self) -> None:
        ui = self.ui
        self.check_timer.timeout.connect(self.refresh_findings)
        self.binding.connect_changes(self.schedule_check)
        ui.legalNatureCombo.currentIndexChanged.connect(self._nature_changed)
        ui.organCombo.activated.connect(self._organ_chosen)
        self.panel.reasons_changed.connect(self._update_state)
        self.panel.field_activated.connect(self.marks.focus)
        ui.saveButton.clicked.connect(self.save)
        ui.cancelButton.clicked.connect(self.reject)
        ui.reloadButton.clicked.connect(self._reload_clicked)
        save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save_shortcut.activated.connect(self.save)

    def _load(self, record: NurseryRecord) -> None:
        self.version = record.version
        self.binding.write(record.draft)
        self._organ_touched = False
        self._baseline = self.binding.read()
        self.panel.set_reasons({o.code: o.reason for o in record.overrides})
        self._read_only = record.status == InstitutionStatus.CANCELLED
        if self._read_only:
            self.ui.conflictLabel.setText(self.tr("该机构已注销，记录只读。"))
            self.ui.conflictFrame.show()
        self.setWindowTitle(self.tr("编辑机构：{name}（记录号 {id}）[*]").format(name=record.draft.name, id=record.id))

    def _nature_changed(self) -> None:
        organ = self._update_route()
        # Only the organs lawful for the nature are offered; one the clerk chose stays (R-ORGAN says why).
        self.binding.offer_organs(self.binding.organ() if self._organ_touched else organ)

    def _organ_chosen(self) -> None:
        self._organ_touched = True
        self._update_route()

    def _update_route(self) -> RegistrationOrganKind | None:
        """Show where the chosen legal nature registers; return that organ."""
        if self.binding.legal_nature() is None:
            self.ui.routeLabel.setText(self.tr("请先在“基本信息”页选择机构性质，这里将显示登记机关和应持证照。"))
            return None
        route = self._service.route(self.binding.read())
        organ = ui_label(route.organ) if route.organ else self.tr("未确定（请按实际登记机关选择）")
        chosen = self.binding.organ() if self._organ_touched else None
        if chosen is not None and chosen != route.organ:  # the clerk's choice is what the record will say
            organ = self.tr("{chosen}（本辖区此类机构通常由{usual}登记）").format(chosen=ui_label(chosen), usual=organ)
        self.ui.routeLabel.setText(self.tr("登记机关：{organ}　应持证照：{certificate}").format(
            organ=organ, certificate=certificate_text(route.certificate)))
        return route.organ

    def _update_state(self) -> None:
        self.ui.saveButton.setEnabled(self.panel.can_save() and not self._read_only)
        self.setWindowModified(self.is_dirty())

    def _focus_first_problem(self, findings: list[Finding]) -> None:
        missing = self.panel.missing_reasons()
        errors = [f for f in findings if f.is_error]
        if errors:
            self.marks.focus(errors[0].field)
        elif missing and (edit := self.panel.reason_edit(missing[0])) is not None:
            edit.setFocus()

    def _commit_open_editor(self) -> None:
        # A class cell still being edited (Ctrl+S pressed inside it) must count.
        view = self.ui.classesView
        editor = QApplication.focusWidget()
        if view.state() == QAbstractItemView.State.EditingState and editor is not None:
            view.commitData(editor)
            view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes
