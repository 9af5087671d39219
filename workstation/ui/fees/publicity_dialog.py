"""Record how and when a fee schedule was publicised, with a photo or file as evidence."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from workstation.domain.errors import DomainError, ValidationError
from workstation.domain.fees import PublicityChannel
from workstation.models.common.domain_text import error_text
from workstation.services.fees import FeeService, Publicity, Schedule
from workstation.ui.common import file_dialogs
from workstation.ui.common.form_widgets import current_member, date_of, fill_combo, set_date, show_error
from workstation.ui.common.typed_inputs import install_typed_inputs
from workstation.ui.forms.ui_fees_publicity_dialog import Ui_FeePublicityDialog

EVIDENCE_FILTER = "图片或文档 (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.pdf);;所有文件 (*)"


class FeePublicityDialog(QDialog):
    """Emits saved(publicity id) and accepts once the record is written."""

    saved = Signal(int)

    def __init__(self, fee_service: FeeService, schedule: Schedule, parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FeePublicityDialog()
        self.ui.setupUi(self)
        install_typed_inputs(self)
        self._service = fee_service
        self._schedule = schedule
        self.publicity: Publicity | None = None
        ui = self.ui
        fill_combo(ui.channelCombo, PublicityChannel)
        ui.scheduleLabel.setText(self.tr("自 {start} 起执行（{count} 项）").format(
            start=schedule.period.start.isoformat(), count=len(schedule.items)))
        day = today or dt.date.today()
        set_date(ui.dateEdit, day)
        ui.dateEdit.setMaximumDate(ui.dateEdit.date())
        show_error(ui.errorLabel, "")
        ui.browseButton.clicked.connect(self.browse)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)

    def browse(self) -> None:
        path, _ = file_dialogs.open_file_name(self, self.tr("选择公示凭证"), "", self.tr(EVIDENCE_FILTER))
        if path:
            self.ui.evidenceEdit.setText(path)

    def save(self) -> bool:
        """Write the record (copying the evidence into the attachment store); True when saved."""
        ui = self.ui
        text = ui.evidenceEdit.text().strip()
        evidence = Path(text) if text else None
        if evidence is not None and not evidence.is_file():
            show_error(ui.errorLabel, self.tr("找不到凭证文件“{path}”。").format(path=text), ui.evidenceEdit)
            return False
        try:
            self.publicity = self._service.record_publicity(
                self._schedule.id, current_member(ui.channelCombo, PublicityChannel), date_of(ui.dateEdit),
                ui.noteEdit.text(), evidence)
        except ValidationError as exc:
            show_error(ui.errorLabel, error_text(exc), ui.dateEdit if exc.field == "publicised_on" else None)
            return False
        except DomainError as exc:  # storage or conflict: say so, keep what was typed
            show_error(ui.errorLabel, error_text(exc))
            return False
        self.saved.emit(self.publicity.id or 0)
        self.accept()
        return True
