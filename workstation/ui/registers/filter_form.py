"""The export page's filter widgets: filled for the chosen register, read into RegisterFilters."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QObject
from PySide6.QtWidgets import QComboBox

from workstation.domain.district import StreetInfo
from workstation.domain.enums import LabelledEnum, LegalNature
from workstation.exports import Filter, RegisterFilters, RegisterSpec
from workstation.i18n.labels import ui_label
from workstation.ui.forms.ui_registers_page import Ui_RegistersPage

# The registers' filter labels (exports/registers: spec.status_label, spec.date_label) as the form words
# them, each phrase whole (the labels alone have other English elsewhere: 检查日期 is a column's "Date").
STATUS_LABELS = (QT_TRANSLATE_NOOP("RegisterFilterForm", "状态："), QT_TRANSLATE_NOOP("RegisterFilterForm", "备案状态："),
                 QT_TRANSLATE_NOOP("RegisterFilterForm", "机构状态："), QT_TRANSLATE_NOOP("RegisterFilterForm", "办理状态："),
                 QT_TRANSLATE_NOOP("RegisterFilterForm", "整改状态："))
DATE_LABELS = (QT_TRANSLATE_NOOP("RegisterFilterForm", "按备案日期"), QT_TRANSLATE_NOOP("RegisterFilterForm", "按回执日期"),
               QT_TRANSLATE_NOOP("RegisterFilterForm", "按检查日期"), QT_TRANSLATE_NOOP("RegisterFilterForm", "按入职日期"),
               QT_TRANSLATE_NOOP("RegisterFilterForm", "按决定日期"))


class RegisterFilterForm(QObject):
    """Binds the street, nature, status, inclusive and date widgets to a RegisterFilters."""

    def __init__(self, ui: Ui_RegistersPage, streets: Sequence[StreetInfo], today: dt.date,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ui = ui
        self._status_enum: type[LabelledEnum] | None = None
        ui.streetCombo.addItem(self.tr("全部街道（乡镇）"), None)
        for street in streets:
            ui.streetCombo.addItem(f"{street.name}（{street.code}）", street.code)
        _fill(ui.natureCombo, self.tr("全部机构性质"), LegalNature)
        for text, value in ((self.tr("全部"), None), (self.tr("普惠"), True), (self.tr("非普惠"), False)):
            ui.inclusiveCombo.addItem(text, value)
        ui.fromDate.setDate(QDate(today.year, 1, 1))
        ui.toDate.setDate(QDate(today.year, today.month, today.day))
        ui.dateCheck.toggled.connect(self._dates_toggled)
        self._dates_toggled(False)

    def show_register(self, spec: RegisterSpec) -> None:
        """Offer the filters `spec` takes (its own status list, a date range only where it has one)."""
        ui = self._ui
        if spec.status_enum is not self._status_enum:
            self._status_enum = spec.status_enum
            ui.statusCombo.clear()
            if spec.status_enum is not None:
                _fill(ui.statusCombo, self.tr("全部"), spec.status_enum)
        ui.statusLabel.setText(QCoreApplication.translate("RegisterFilterForm", spec.status_label + "："))
        has_dates = spec.date_label is not None
        ui.dateCheck.setEnabled(has_dates)
        ui.dateCheck.setText(QCoreApplication.translate("RegisterFilterForm", "按" + spec.date_label) if has_dates
                             else self.tr("不适用"))
        if not has_dates:
            ui.dateCheck.setChecked(False)
        ui.targetSpin.setEnabled("target_per_thousand" in spec.parameters)
        # Only the filters the register takes: another would fail the export.
        for flag, label, combo in ((Filter.STREET, ui.streetLabel, ui.streetCombo),
                                   (Filter.LEGAL_NATURE, ui.natureLabel, ui.natureCombo),
                                   (Filter.STATUS, ui.statusLabel, ui.statusCombo),
                                   (Filter.INCLUSIVE, ui.inclusiveLabel, ui.inclusiveCombo)):
            offered = flag in spec.filters
            if not offered:
                combo.setCurrentIndex(0)
            label.setVisible(offered)
            combo.setVisible(offered)

    def filters(self) -> RegisterFilters:
        """The filters as set (None = any)."""
        ui = self._ui
        status = ui.statusCombo.currentData()
        nature = ui.natureCombo.currentData()
        dates = ui.dateCheck.isChecked() and ui.dateCheck.isEnabled()
        return RegisterFilters(
            street_code=ui.streetCombo.currentData(),
            legal_nature=LegalNature(nature) if nature else None,
            status=self._status_enum(status) if status and self._status_enum else None,
            inclusive=ui.inclusiveCombo.currentData(),
            date_from=ui.fromDate.date().toPython() if dates else None,
            date_to=ui.toDate.date().toPython() if dates else None,
        )

    def _dates_toggled(self, on: bool) -> None:
        self._ui.fromDate.setEnabled(on)
        self._ui.toDate.setEnabled(on)


def _fill(combo: QComboBox, everything: str, enum_cls: type[LabelledEnum]) -> None:
    combo.addItem(everything, None)
    for member in enum_cls:
        combo.addItem(ui_label(member), member.value)
