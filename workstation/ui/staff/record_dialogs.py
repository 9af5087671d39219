"""Small dialogs of the staff area: a departure, a ban, the lifting of a ban."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from workstation.domain.enums import IdType
from workstation.domain.errors import DomainError, ValidationError
from workstation.domain.staff import BanDraft
from workstation.models.common.domain_text import error_text
from workstation.services.staff import BanAdded, BanRow, BanService, StaffRow, StaffService
from workstation.ui.common.form_widgets import current_member, date_of, fill_combo, set_date, show_error
from workstation.ui.common.typed_inputs import commit_typed_inputs, install_typed_inputs
from workstation.ui.forms.ui_staff_ban_dialog import Ui_StaffBanDialog
from workstation.ui.forms.ui_staff_depart_dialog import Ui_StaffDepartDialog
from workstation.ui.forms.ui_staff_lift_dialog import Ui_StaffLiftDialog


class _SavingDialog(QDialog):
    saved = Signal(object)

    def _wire(self, ui) -> None:
        install_typed_inputs(self)
        show_error(ui.errorLabel, "")
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)

    def save(self) -> bool:
        if not commit_typed_inputs(self):
            return False
        try:
            result = self._write()
        except ValidationError as exc:
            show_error(self.ui.errorLabel, error_text(exc), self._fields().get(exc.field or ""))
            return False
        except DomainError as exc:
            show_error(self.ui.errorLabel, error_text(exc))
            return False
        self.saved.emit(result)
        self.accept()
        return True

    def _write(self) -> object:
        raise NotImplementedError

    def _fields(self) -> dict[str, QWidget]:
        return {}


class DepartDialog(_SavingDialog):
    def __init__(self, service: StaffService, member: StaffRow, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_StaffDepartDialog()
        self.ui.setupUi(self)
        self._service, self._member = service, member
        self.ui.memberLabel.setText(self.tr("{name}（{day} 入职）").format(
            name=member.name, day=member.hired_on.isoformat()))
        set_date(self.ui.leftEdit, today)
        self._wire(self.ui)

    def _write(self) -> object:
        return self._service.depart(self._member.id, date_of(self.ui.leftEdit), self.ui.reasonEdit.text())

    def _fields(self) -> dict[str, QWidget]:
        return {"left_on": self.ui.leftEdit, "reason": self.ui.reasonEdit}


class BanDialog(_SavingDialog):
    """Emits saved(BanAdded): the ban and who is already recorded with the ID number."""

    def __init__(self, service: BanService, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_StaffBanDialog()
        self.ui.setupUi(self)
        self._service = service
        fill_combo(self.ui.idTypeCombo, IdType)
        set_date(self.ui.decidedEdit, today)
        self._wire(self.ui)
        self.ui.nameEdit.setFocus()

    def _write(self) -> BanAdded:
        ui = self.ui
        return self._service.add(BanDraft(ui.idNoEdit.text(), ui.nameEdit.text(), ui.reasonEdit.text(),
                                          ui.decisionEdit.text(), date_of(ui.decidedEdit), ui.authorityEdit.text(),
                                          current_member(ui.idTypeCombo, IdType)))

    def _fields(self) -> dict[str, QWidget]:
        ui = self.ui
        return {"name": ui.nameEdit, "id_no": ui.idNoEdit, "reason": ui.reasonEdit, "decision_no": ui.decisionEdit,
                "decided_on": ui.decidedEdit, "authority": ui.authorityEdit}


class LiftDialog(_SavingDialog):
    def __init__(self, service: BanService, ban: BanRow, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_StaffLiftDialog()
        self.ui.setupUi(self)
        self._service, self._ban = service, ban
        self.ui.banLabel.setText(self.tr("{name}：{decision}（{authority}，{day}）").format(
            name=ban.name, decision=ban.decision_no, authority=ban.authority, day=ban.decided_on.isoformat()))
        set_date(self.ui.liftedEdit, today)
        self._wire(self.ui)
        self.ui.decisionEdit.setFocus()

    def _write(self) -> BanRow:
        ui = self.ui
        return self._service.lift(self._ban.id, ui.decisionEdit.text(), ui.reasonEdit.text(), date_of(ui.liftedEdit))

    def _fields(self) -> dict[str, QWidget]:
        ui = self.ui
        return {"lift_decision_no": ui.decisionEdit, "lift_reason": ui.reasonEdit, "lifted_on": ui.liftedEdit}
