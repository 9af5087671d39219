"""Form ↔ NurseryDraft: fills the choices, reads the widgets into a draft and writes a draft back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from enum import Enum
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QDate, SignalInstance
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from workstation.domain.enums import (
    DemonstrationLevel,
    IdType,
    InstitutionKind,
    LabelledEnum,
    LegalNature,
    PremisesType,
    RegistrationOrganKind,
    ServiceType,
)
from workstation.domain.field_limits import NURSERY_TEXT_LIMITS
from workstation.domain.nursery import NurseryDraft
from workstation.domain.routing import lawful_organs
from workstation.i18n.labels import ui_label
from workstation.services.district import StreetInfo
from workstation.ui.forms.ui_intake_dialog import Ui_IntakeDialog
from workstation.ui.registry.classes_editor import ClassesEditor

E = TypeVar("E", bound=Enum)


class DraftBinding:
    """Knows which widget holds which NurseryDraft field; nothing here talks to a service."""

    def __init__(self, ui: Ui_IntakeDialog, classes: ClassesEditor, streets: Sequence[StreetInfo]) -> None:
        self.ui = ui
        self.classes = classes
        self.service_checks: dict[ServiceType, QCheckBox] = {
            ServiceType.FULL_DAY: ui.fullDayCheck, ServiceType.HALF_DAY: ui.halfDayCheck,
            ServiceType.HOURLY: ui.hourlyCheck, ServiceType.TEMPORARY: ui.temporaryCheck,
        }
        # Optional dates: the check box says whether the date is given at all.
        self.optional_dates: dict[str, tuple[QCheckBox, QDateEdit]] = {
            "registered_at": (ui.registeredCheck, ui.registeredAtEdit),
            "founded_at": (ui.foundedCheck, ui.foundedAtEdit),
            "lease_end": (ui.leaseEndCheck, ui.leaseEndEdit),
        }
        self._fill_choices(streets)
        widgets = self.field_widgets()
        for name, (limit, _label) in NURSERY_TEXT_LIMITS.items():  # the plain-text boxes: intake's R-LENGTH
            if isinstance(widgets[name], QLineEdit):
                widgets[name].setMaxLength(limit)
        for check, edit in self.optional_dates.values():
            edit.setDate(QDate.currentDate())
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)

    # --- reading and writing ------------------------------------------------------------------
    def legal_nature(self) -> LegalNature | None:
        return _enum(LegalNature, self.ui.legalNatureCombo)

    def read(self) -> NurseryDraft:
        """The draft as the form shows it (an unchosen legal nature reads as 其他)."""
        ui = self.ui
        return NurseryDraft(
            name=ui.nameEdit.text(), alias=ui.aliasEdit.text(),
            legal_nature=self.legal_nature() or LegalNature.OTHER,
            kind=_enum(InstitutionKind, ui.kindCombo) or InstitutionKind.STANDALONE,
            sponsor=ui.sponsorEdit.text(), uscc=ui.usccEdit.text().strip(),
            street_code=ui.streetCombo.currentData() or "", address=ui.addressEdit.text(),
            phone=ui.phoneEdit.text().strip(),
            legal_rep_name=ui.legalRepNameEdit.text(),
            legal_rep_id_type=_enum(IdType, ui.legalRepIdTypeCombo) or IdType.RESIDENT_ID,
            legal_rep_id_no=ui.legalRepIdNoEdit.text().strip(), legal_rep_phone=ui.legalRepPhoneEdit.text().strip(),
            director_name=ui.directorNameEdit.text(), director_phone=ui.directorPhoneEdit.text().strip(),
            registration_organ_kind=self.organ(),
            registered_at=self._date("registered_at"), founded_at=self._date("founded_at"),
            business_scope=ui.businessScopeEdit.toPlainText(), notes=ui.notesEdit.toPlainText(),
            premises_type=_enum(PremisesType, ui.premisesTypeCombo), lease_end=self._date("lease_end"),
            building_m2=_area(ui.buildingSpin), living_room_m2=_area(ui.livingRoomSpin),
            living_room_floors=ui.floorsEdit.text(), outdoor_m2=_area(ui.outdoorSpin),
            places_total=ui.placesTotalSpin.value(), places_inclusive=ui.placesInclusiveSpin.value(),
            provides_meals=ui.mealsCheck.isChecked(), inclusive=ui.inclusiveCheck.isChecked(),
            demonstration_level=_enum(DemonstrationLevel, ui.demonstrationCombo),
            service_types=frozenset(t for t, box in self.service_checks.items() if box.isChecked()),
            classes=self.classes.classes(),
        )

    def write(self, draft: NurseryDraft) -> None:
        """Show `draft` in the form (legal nature before the organ, which follows it by default)."""
        ui = self.ui
        for edit, value in ((ui.nameEdit, draft.name), (ui.aliasEdit, draft.alias), (ui.sponsorEdit, draft.sponsor),
                            (ui.usccEdit, draft.uscc), (ui.addressEdit, draft.address), (ui.phoneEdit, draft.phone),
                            (ui.legalRepNameEdit, draft.legal_rep_name), (ui.legalRepIdNoEdit, draft.legal_rep_id_no),
                            (ui.legalRepPhoneEdit, draft.legal_rep_phone), (ui.directorNameEdit, draft.director_name),
                            (ui.directorPhoneEdit, draft.director_phone), (ui.floorsEdit, draft.living_room_floors)):
            edit.setText(value)
        _select(ui.legalNatureCombo, draft.legal_nature)
        _select(ui.kindCombo, draft.kind)
        _select(ui.streetCombo, draft.street_code or "")
        _select(ui.legalRepIdTypeCombo, draft.legal_rep_id_type)
        self.offer_organs(draft.registration_organ_kind)
        _select(ui.premisesTypeCombo, draft.premises_type)
        _select(ui.demonstrationCombo, draft.demonstration_level)
        for name in self.optional_dates:
            self._set_date(name, getattr(draft, name))
        ui.businessScopeEdit.setPlainText(draft.business_scope)
        ui.notesEdit.setPlainText(draft.notes)
        for spin, area in ((ui.buildingSpin, draft.building_m2), (ui.livingRoomSpin, draft.living_room_m2),
                           (ui.outdoorSpin, draft.outdoor_m2)):
            spin.setValue(area or 0.0)
        ui.placesTotalSpin.setValue(draft.places_total)
        ui.placesInclusiveSpin.setValue(draft.places_inclusive)
        ui.mealsCheck.setChecked(draft.provides_meals)
        ui.inclusiveCheck.setChecked(draft.inclusive)
        for service_type, box in self.service_checks.items():
            box.setChecked(service_type in draft.service_types)
        self.classes.set_classes(draft.classes)

    def organ(self) -> RegistrationOrganKind | None:
        return _enum(RegistrationOrganKind, self.ui.organCombo)

    def offer_organs(self, selected: RegistrationOrganKind | None) -> None:
        """List the organs that may register the chosen legal nature (every organ while none is chosen,
        or for 其他) and select `selected`; an organ outside them (an old record's) stays, marked."""
        combo = self.ui.organCombo
        nature = self.legal_nature()
        lawful = lawful_organs(nature) if nature is not None else frozenset()
        blocked = combo.blockSignals(True)  # the legal nature's change already announced the edit
        combo.clear()
        combo.addItem(QCoreApplication.translate("DraftBinding", "（未确定）"), None)
        for organ in RegistrationOrganKind:
            if not lawful or organ in lawful:
                combo.addItem(ui_label(organ), organ.value)
        if selected is not None and combo.findData(selected.value) < 0:
            combo.addItem(QCoreApplication.translate("DraftBinding", "{organ}（不能登记该性质的机构）").format(
                organ=ui_label(selected)), selected.value)
        _select(combo, selected)
        combo.blockSignals(blocked)

    # --- what the dialog needs to know --------------------------------------------------------
    def field_widgets(self) -> dict[str, QWidget]:
        """The widget of every draft field (check findings name these fields)."""
        ui = self.ui
        return {
            "name": ui.nameEdit, "alias": ui.aliasEdit, "legal_nature": ui.legalNatureCombo, "kind": ui.kindCombo,
            "sponsor": ui.sponsorEdit, "uscc": ui.usccEdit, "street_code": ui.streetCombo,
            "address": ui.addressEdit, "phone": ui.phoneEdit, "legal_rep_name": ui.legalRepNameEdit,
            "legal_rep_id_type": ui.legalRepIdTypeCombo, "legal_rep_id_no": ui.legalRepIdNoEdit,
            "legal_rep_phone": ui.legalRepPhoneEdit, "director_name": ui.directorNameEdit,
            "director_phone": ui.directorPhoneEdit, "registration_organ_kind": ui.organCombo,
            "registered_at": ui.registeredAtEdit, "founded_at": ui.foundedAtEdit,
            "business_scope": ui.businessScopeEdit, "notes": ui.notesEdit, "premises_type": ui.premisesTypeCombo,
            "lease_end": ui.leaseEndEdit, "building_m2": ui.buildingSpin, "living_room_m2": ui.livingRoomSpin,
            "living_room_floors": ui.floorsEdit, "outdoor_m2": ui.outdoorSpin, "places_total": ui.placesTotalSpin,
            "places_inclusive": ui.placesInclusiveSpin, "provides_meals": ui.mealsCheck,
            "inclusive": ui.inclusiveCheck, "demonstration_level": ui.demonstrationCombo,
            "service_types": ui.fullDayCheck, "classes": ui.classesView,
        }

    def connect_changes(self, callback: Callable[[], None]) -> None:
        """Call `callback` after any edit of any field."""
        inputs: list[QWidget] = list(self.field_widgets().values())
        inputs += list(self.service_checks.values()) + [check for check, _edit in self.optional_dates.values()]
        for widget in dict.fromkeys(inputs):
            signal = _change_signal(widget)
            if signal is not None:
                signal.connect(callback)
        self.classes.changed.connect(callback)

    # --- helpers ------------------------------------------------------------------------------
    def _fill_choices(self, streets: Sequence[StreetInfo]) -> None:
        ui = self.ui
        self._fill(ui.legalNatureCombo, LegalNature)
        ui.legalNatureCombo.setPlaceholderText(QCoreApplication.translate("DraftBinding", "请选择机构性质"))
        ui.legalNatureCombo.setCurrentIndex(-1)
        self._fill(ui.kindCombo, InstitutionKind)
        self._fill(ui.legalRepIdTypeCombo, IdType)
        self.offer_organs(None)
        self._fill(ui.premisesTypeCombo, PremisesType, QCoreApplication.translate("DraftBinding", "（未填写）"))
        self._fill(ui.demonstrationCombo, DemonstrationLevel, QCoreApplication.translate("DraftBinding", "无"))
        ui.streetCombo.addItem(QCoreApplication.translate("DraftBinding", "（未选择）"), "")
        for street in streets:
            ui.streetCombo.addItem(street.name, street.code)

    def _fill(self, combo: QComboBox, members: Iterable[LabelledEnum], none_label: str | None = None) -> None:
        if none_label is not None:
            combo.addItem(none_label, None)
        for member in members:
            combo.addItem(ui_label(member), member.value)

    def _date(self, name: str) -> dt.date | None:
        check, edit = self.optional_dates[name]
        return edit.date().toPython() if check.isChecked() else None

    def _set_date(self, name: str, value: dt.date | None) -> None:
        check, edit = self.optional_dates[name]
        check.setChecked(value is not None)
        edit.setDate(QDate(value.year, value.month, value.day) if value is not None else QDate.currentDate())


def _enum(kind: type[E], combo: QComboBox) -> E | None:
    value = combo.currentData()
    return kind(value) if value else None


def _select(combo: QComboBox, member: Enum | str | None) -> None:
    value = member.value if isinstance(member, Enum) else member
    combo.setCurrentIndex(combo.findData(value) if value is not None else 0)


def _area(spin: QDoubleSpinBox) -> float | None:
    return spin.value() or None  # 0 shows as 未填写


def _change_signal(widget: QWidget) -> SignalInstance | None:
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        return widget.textChanged
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QCheckBox):
        return widget.toggled
    if isinstance(widget, QSpinBox | QDoubleSpinBox):
        return widget.valueChanged
    if isinstance(widget, QDateEdit):
        return widget.dateChanged
    return None
