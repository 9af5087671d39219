"""Add or edit a staff member, with a new certificate, health check or criminal-record query in the
same save (each section is a checkable group: Alt+G, Alt+J, Alt+B turn it on from the keyboard)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from workstation.domain.enums import IdType
from workstation.domain.errors import DomainError, ValidationError
from workstation.domain.staff import (
    USUAL_CREDENTIAL,
    Additions,
    BackgroundEntry,
    BackgroundResult,
    CredentialDraft,
    CredentialKind,
    Employment,
    HealthEntry,
    HealthResult,
    StaffDraft,
    StaffRole,
)
from workstation.i18n.labels import ui_label
from workstation.models.common.domain_text import error_text
from workstation.services.staff import SavedStaff, StaffDetail, StaffService
from workstation.ui.common import file_dialogs
from workstation.ui.common.form_widgets import (
    current_member,
    date_of,
    fill_combo,
    select_member,
    set_date,
    show_error,
)
from workstation.ui.common.prompts import Unsaved, ask_unsaved
from workstation.ui.common.typed_inputs import commit_typed_inputs, install_typed_inputs
from workstation.ui.forms.ui_staff_member_dialog import Ui_StaffMemberDialog

SCAN_FILTER = "扫描件 (*.pdf *.jpg *.jpeg *.png);;所有文件 (*)"


class StaffMemberDialog(QDialog):
    """Emits saved(SavedStaff) and accepts once written; warnings (two nurseries) are shown by the caller."""

    saved = Signal(object)

    def __init__(self, service: StaffService, nursery_id: int, today: dt.date,
                 detail: StaffDetail | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_StaffMemberDialog()
        self.ui.setupUi(self)
        self._service, self._nursery_id, self._detail = service, nursery_id, detail
        self.result_saved: SavedStaff | None = None
        ui = self.ui
        fill_combo(ui.idTypeCombo, IdType)
        fill_combo(ui.roleCombo, StaffRole)
        select_member(ui.roleCombo, StaffRole.CAREGIVER)
        fill_combo(ui.employmentCombo, Employment)
        fill_combo(ui.kindCombo, CredentialKind)
        ui.roleCombo.currentIndexChanged.connect(lambda _i: self._default_kind())
        self._default_kind()
        fill_combo(ui.healthResultCombo, HealthResult)
        fill_combo(ui.backgroundResultCombo, BackgroundResult)
        for edit in (ui.hiredEdit, ui.issuedEdit, ui.validUntilEdit, ui.healthDateEdit, ui.backgroundDateEdit):
            set_date(edit, today)
        ui.validUntilEdit.setEnabled(False)
        ui.expiresCheck.toggled.connect(ui.validUntilEdit.setEnabled)
        ui.browseButton.clicked.connect(self.browse)
        install_typed_inputs(self)
        show_error(ui.errorLabel, "")
        ui.warningLabel.hide()
        if detail is not None:
            self._show(detail)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.nameEdit.setFocus()
        self._opened = self._snapshot()
        self.ask_unsaved = lambda: ask_unsaved(self, self.tr("人员信息"), self.tr("填写的人员信息尚未保存，是否保存？"),
                                               self.tr("保存"))

    def _default_kind(self) -> None:
        """The certificate kind follows the role until a certificate is being entered."""
        if self.ui.credentialGroup.isChecked():
            return
        kind = USUAL_CREDENTIAL.get(current_member(self.ui.roleCombo, StaffRole))
        if kind is not None:
            select_member(self.ui.kindCombo, kind)

    def _show(self, detail: StaffDetail) -> None:
        ui, member = self.ui, detail.member
        self.setWindowTitle(self.tr("人员信息 — {name}").format(name=member.name))
        ui.nameEdit.setText(member.name)
        select_member(ui.idTypeCombo, member.id_type)
        ui.idTypeCombo.setEnabled(False)
        ui.idNoEdit.setPlaceholderText(self.tr("{masked}（不修改请留空）").format(masked=member.id_no))
        select_member(ui.roleCombo, member.role)
        select_member(ui.employmentCombo, member.employment)
        set_date(ui.hiredEdit, member.hired_on)
        ui.phoneEdit.setText(member.phone)
        ui.noteEdit.setText(member.note)
        lines = [f"{ui_label(c.kind)} {c.number}（{c.issuer}，"
                 + (self.tr("有效期至 {day}").format(day=c.valid_until.isoformat()) if c.valid_until
                    else self.tr("长期有效")) + "）" for c in detail.credentials]
        lines += [self.tr("健康检查 {day}：{result}").format(day=h.checked_on.isoformat(), result=ui_label(h.result))
                  for h in detail.health_checks]
        lines += [self.tr("违法犯罪记录查询 {day}：{result}（{authority}）").format(
            day=b.checked_on.isoformat(), result=ui_label(b.result), authority=b.authority)
            for b in detail.background_checks]
        ui.credentialsLabel.setText("\n".join(lines) or self.tr("尚无证书和检查记录。"))

    def browse(self) -> None:
        path, _ = file_dialogs.open_file_name(self, self.tr("选择证书扫描件"), "", self.tr(SCAN_FILTER))
        if path:
            self.ui.scanEdit.setText(path)

    def draft(self) -> StaffDraft:
        ui = self.ui
        return StaffDraft(ui.nameEdit.text(), ui.idNoEdit.text(), current_member(ui.roleCombo, StaffRole),
                          date_of(ui.hiredEdit), current_member(ui.idTypeCombo, IdType),
                          current_member(ui.employmentCombo, Employment), ui.phoneEdit.text(), ui.noteEdit.text())

    def additions(self) -> Additions:
        ui = self.ui
        credential = CredentialDraft(
            current_member(ui.kindCombo, CredentialKind), ui.numberEdit.text(), ui.issuerEdit.text(),
            date_of(ui.issuedEdit), date_of(ui.validUntilEdit) if ui.expiresCheck.isChecked() else None) \
            if ui.credentialGroup.isChecked() else None
        health = HealthEntry(date_of(ui.healthDateEdit), current_member(ui.healthResultCombo, HealthResult),
                             ui.healthNoEdit.text()) if ui.healthGroup.isChecked() else None
        background = BackgroundEntry(
            date_of(ui.backgroundDateEdit), current_member(ui.backgroundResultCombo, BackgroundResult),
            ui.authorityEdit.text(), ui.checkedByEdit.text()) if ui.backgroundGroup.isChecked() else None
        return Additions(credential, ui.scanEdit.text().strip() if credential else "", health, background)

    def save(self) -> bool:
        if not commit_typed_inputs(self):
            return False
        try:
            if self._detail is None:
                saved = self._service.add(self._nursery_id, self.draft(), self.additions())
            else:
                member = self._detail.member
                saved = self._service.update(member.id, member.version, self.draft(), self.additions())
        except ValidationError as exc:
            show_error(self.ui.errorLabel, error_text(exc), self._field(exc.field))
            return False
        except DomainError as exc:  # conflict or storage: say so, keep what was typed
            show_error(self.ui.errorLabel, error_text(exc))
            return False
        self.result_saved = saved
        self.saved.emit(saved)
        self.accept()
        return True

    def _snapshot(self) -> tuple:
        return (self.draft(), self.additions(), self.ui.scanEdit.text())

    def done(self, result: int) -> None:
        """Closing with typed input asks first (保存 / 放弃 / 取消): nothing typed is lost by a stray Esc."""
        if result == QDialog.DialogCode.Rejected and self.result_saved is None and self._snapshot() != self._opened:
            answer = self.ask_unsaved()
            if answer is Unsaved.CANCEL or answer is Unsaved.SAVE:
                if answer is Unsaved.SAVE:
                    self.save()
                return
        super().done(result)

    def _field(self, name: str | None) -> QWidget | None:
        ui = self.ui
        return {"name": ui.nameEdit, "id_no": ui.idNoEdit, "phone": ui.phoneEdit, "hired_on": ui.hiredEdit,
                "number": ui.numberEdit, "issuer": ui.issuerEdit, "issued_on": ui.issuedEdit,
                "valid_until": ui.validUntilEdit, "scan": ui.scanEdit, "health_checked_on": ui.healthDateEdit,
                "certificate_no": ui.healthNoEdit, "background_checked_on": ui.backgroundDateEdit,
                "authority": ui.authorityEdit, "checked_by": ui.checkedByEdit}.get(name or "")
