"""The filing-information tab: channel, commitment letter, national filing number, settlement note."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit

from workstation.domain.filing import OPEN_STATES, FilingChannel, FilingKind, FilingState
from workstation.domain.typed_values import parse_date
from workstation.i18n.labels import ui_label
from workstation.services.filing import ApplicationView, FilingInfo
from workstation.ui.common.form_widgets import show_read_only
from workstation.ui.forms.ui_filing_application_dialog import Ui_FilingApplicationDialog


class InfoForm:
    """Binds the info tab's widgets to a FilingInfo."""

    def __init__(self, ui: Ui_FilingApplicationDialog) -> None:
        self.ui = ui
        for channel in FilingChannel:
            ui.channelCombo.addItem(ui_label(channel), channel)
        self.error = ""
        self._shown: tuple[object, ...] = self._fields()

    def show(self, view: ApplicationView, keep_typed: bool = False) -> None:
        """Show the stored information; with `keep_typed`, unsaved input stays in the fields. Read-only
        for a role that may not handle filings (view.may_edit)."""
        ui = self.ui
        if not (keep_typed and self.is_dirty()):
            ui.channelCombo.setCurrentIndex(ui.channelCombo.findData(view.channel))
            ui.signerEdit.setText(view.commitment_signer)
            ui.signedEdit.setText(_text(view.commitment_signed_on))
            ui.nationalNoEdit.setText(view.national_filing_no)
            ui.nationalDateEdit.setText(_text(view.national_filed_on))
            ui.settlementEdit.setPlainText(view.settlement_note)
            self._shown = self._fields()
        cancellation = view.kind is FilingKind.CANCELLATION
        ui.settlementCaption.setVisible(cancellation)
        ui.settlementEdit.setVisible(cancellation)
        is_open = view.state in OPEN_STATES and view.may_edit
        for widget in (ui.channelCombo, ui.signerEdit, ui.signedEdit, ui.settlementEdit):
            widget.setEnabled(is_open)
        # The national number and date are recorded after the decision too (not once withdrawn); read-only
        # they stay selectable, to be copied, and look like the disabled fields above them.
        late = view.may_edit and view.state is not FilingState.WITHDRAWN
        for edit in (ui.nationalNoEdit, ui.nationalDateEdit):
            show_read_only(edit, not late)
        ui.saveInfoButton.setVisible(view.may_edit)
        ui.saveInfoButton.setEnabled(view.state is not FilingState.WITHDRAWN)
        ui.formLabel.setText(_form_text(view))

    def is_dirty(self) -> bool:
        """Something was typed since the stored information was shown."""
        return self._fields() != self._shown

    def _fields(self) -> tuple[object, ...]:
        ui = self.ui
        return (ui.channelCombo.currentData(), ui.signerEdit.text(), ui.signedEdit.text(), ui.nationalNoEdit.text(),
                ui.nationalDateEdit.text(), ui.settlementEdit.toPlainText())

    def read(self) -> FilingInfo | None:
        """The form's content; None (with `error` set) when a date cannot be read."""
        ui = self.ui
        try:
            signed = _date(ui.signedEdit, ui.signedCaption.text())
            filed = _date(ui.nationalDateEdit, ui.nationalDateCaption.text())
        except ValueError as exc:
            self.error = str(exc)
            return None
        return FilingInfo(channel=FilingChannel(ui.channelCombo.currentData()), commitment_signer=ui.signerEdit.text(),
                          commitment_signed_on=signed, national_filing_no=ui.nationalNoEdit.text(),
                          national_filed_on=filed, settlement_note=ui.settlementEdit.toPlainText())


def _text(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def _date(edit: QLineEdit, caption: str) -> dt.date | None:
    text = edit.text().strip()
    if not text:
        return None
    try:
        return parse_date(text)
    except ValueError as exc:
        message = QCoreApplication.translate("FilingInfoForm", "“{caption}”：{reason}")
        raise ValueError(message.format(caption=caption.rstrip("：:"), reason=exc)) from None


def _form_text(view: ApplicationView) -> str:
    if not view.submitted_on:
        return QCoreApplication.translate("FilingInfoForm", "（提交时按机构登记信息生成）")
    return "；".join(f"{label}：{value}" for label, value in view.form)
