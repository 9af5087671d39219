"""Administrators set the district's fee parameters: caps per service type, meals, frequency, phones."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLineEdit, QWidget

from workstation.domain.enums import ServiceType
from workstation.domain.errors import DomainError, ValidationError
from workstation.domain.fees import DEFAULT_UNIT, FeeCap, FeeRules, FeeUnit, fen_to_decimal, parse_yuan
from workstation.domain.texts import QT_TRANSLATE_NOOP, text
from workstation.models.common.domain_text import error_text, shown
from workstation.services.fees import FeeRuleService
from workstation.ui.common.form_widgets import (
    current_member,
    date_of,
    fill_combo,
    select_member,
    set_date,
    show_error,
)
from workstation.ui.common.typed_inputs import install_typed_inputs
from workstation.ui.forms.ui_fees_rules_dialog import Ui_FeeRulesDialog


class FeeRulesDialog(QDialog):
    """Saves a version in force from the chosen date (the previous versions stay as they were)."""

    saved = Signal()

    def __init__(self, rule_service: FeeRuleService, parent: QWidget | None = None, *,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FeeRulesDialog()
        self.ui.setupUi(self)
        install_typed_inputs(self)
        self._service = rule_service
        self._today = today or dt.date.today()
        ui = self.ui
        self.rows: dict[ServiceType, tuple[QLineEdit, QComboBox]] = {
            ServiceType.FULL_DAY: (ui.fullDayCapEdit, ui.fullDayUnitCombo),
            ServiceType.HALF_DAY: (ui.halfDayCapEdit, ui.halfDayUnitCombo),
            ServiceType.HOURLY: (ui.hourlyCapEdit, ui.hourlyUnitCombo),
            ServiceType.TEMPORARY: (ui.temporaryCapEdit, ui.temporaryUnitCombo)}
        for service_type, (_edit, combo) in self.rows.items():
            fill_combo(combo, FeeUnit)
            select_member(combo, DEFAULT_UNIT[service_type])
        self._load(rule_service.rules_on(self._today), rule_service.versions())
        show_error(ui.errorLabel, "")
        ui.frequencyCheck.toggled.connect(self._frequency_toggled)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)

    def rules(self) -> FeeRules:
        """The parameters as entered; ValidationError naming the cap that is wrong."""
        ui = self.ui
        start = date_of(ui.effectiveDateEdit)
        existing = next((v for v in self._versions if v.effective_from == start), None)
        frequency = ui.frequencyCheck.isChecked()
        return FeeRules(start, self._caps(), ui.includeMealsCheck.isChecked(),
                        ui.maxChangesSpin.value() if frequency else None, ui.windowSpin.value(),
                        ui.healthPhoneEdit.text().strip(), ui.pricePhoneEdit.text().strip(),
                        ui.noteEdit.text().strip(), existing.id if existing else None)

    def save(self) -> bool:
        try:
            self._service.save(self.rules())
        except DomainError as exc:  # invalid value, version already in force, no permission
            show_error(self.ui.errorLabel, error_text(exc))
            return False
        self.saved.emit()
        self.accept()
        return True

    def _caps(self) -> tuple[FeeCap, ...]:
        caps = []
        for service_type, (edit, combo) in self.rows.items():
            if edit.text().strip():
                try:
                    fen = parse_yuan(edit.text())
                except ValidationError as exc:
                    raise ValidationError(text(QT_TRANSLATE_NOOP("DomainText", "{service}指导价：{problem}"),
                                               service=service_type, problem=exc.text or exc.message),
                                          "caps") from None
                caps.append(FeeCap(service_type, current_member(combo, FeeUnit), fen))
        return tuple(caps)

    def _load(self, current: FeeRules, versions: list[FeeRules]) -> None:
        ui = self.ui
        self._versions = versions
        set_date(ui.effectiveDateEdit, self._today)
        for cap in current.caps:
            edit, combo = self.rows[cap.service_type]
            edit.setText(str(fen_to_decimal(cap.cap_fen)))
            select_member(combo, cap.unit)
        ui.includeMealsCheck.setChecked(current.cap_includes_meals)
        ui.frequencyCheck.setChecked(current.max_changes is not None)
        ui.maxChangesSpin.setValue(current.max_changes or 1)
        ui.windowSpin.setValue(current.window_months)
        self._frequency_toggled(current.max_changes is not None)
        ui.healthPhoneEdit.setText(current.health_phone)
        ui.pricePhoneEdit.setText(current.price_phone)
        ui.noteEdit.setText(current.note)
        ui.versionsLabel.setText(self.tr("现行：{label}；共 {count} 个版本。").format(
            label=shown(current.label_text), count=len(versions)))

    def _frequency_toggled(self, on: bool) -> None:
        self.ui.maxChangesSpin.setEnabled(on)
        self.ui.windowSpin.setEnabled(on)
