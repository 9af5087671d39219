"""The 双随机 draw's conditions in its dialog: the choices, the conditions chosen, and a frozen draw's shown."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from workstation.domain.enums import InstitutionKind, InstitutionStatus, LegalNature
from workstation.services.district import StreetInfo
from workstation.services.inspections import DEFAULT_STATUSES, DrawFilters
from workstation.ui.common.form_widgets import fill_combo

ANY = "__any__"  # combo data of "不限"
DEFAULT = "__default__"  # status combo: the default population statuses


def fill_filter_choices(ui, streets: Iterable[StreetInfo]) -> None:
    ui.streetCombo.addItem(QCoreApplication.translate("DrawDialog", "全部街道（乡镇）"), ANY)
    for street in streets:
        ui.streetCombo.addItem(street.name, street.code)
    for combo, members in ((ui.natureCombo, LegalNature), (ui.kindCombo, InstitutionKind)):
        fill_combo(combo, members)
        combo.insertItem(0, QCoreApplication.translate("DrawDialog", "不限"), ANY)
        combo.setCurrentIndex(0)
    fill_combo(ui.statusCombo, InstitutionStatus)
    ui.statusCombo.insertItem(0, QCoreApplication.translate("DrawDialog", "不限"), ANY)
    ui.statusCombo.insertItem(0, QCoreApplication.translate("DrawDialog", "已备案且在营（默认）"), DEFAULT)
    ui.statusCombo.setCurrentIndex(0)
    for text, value in ((QCoreApplication.translate("DrawDialog", "不限"), ANY), (QCoreApplication.translate("DrawDialog", "普惠性"), True), (QCoreApplication.translate("DrawDialog", "非普惠性"), False)):
        ui.inclusiveCombo.addItem(text, value)


def filters_chosen(ui) -> DrawFilters:
    def value(combo, kind):
        data = combo.currentData()
        return None if data == ANY else kind(data)

    status = ui.statusCombo.currentData()
    statuses = DEFAULT_STATUSES if status == DEFAULT else () if status == ANY else (InstitutionStatus(status),)
    inclusive = ui.inclusiveCombo.currentData()
    return DrawFilters(value(ui.streetCombo, str), value(ui.natureCombo, LegalNature),
                       value(ui.kindCombo, InstitutionKind), statuses, None if inclusive == ANY else inclusive)


def show_filters(ui, filters: DrawFilters) -> None:
    """Set the combos to `filters` (a frozen draw's)."""
    for combo, value in ((ui.streetCombo, filters.street_code),
                         (ui.natureCombo, filters.legal_nature and filters.legal_nature.value),
                         (ui.kindCombo, filters.kind and filters.kind.value), (ui.inclusiveCombo, filters.inclusive)):
        combo.setCurrentIndex(max(0, combo.findData(ANY if value is None else value)))
    statuses = filters.statuses
    status = (DEFAULT if set(statuses) == set(DEFAULT_STATUSES) else ANY if not statuses
              else statuses[0].value if len(statuses) == 1 else DEFAULT)
    ui.statusCombo.setCurrentIndex(max(0, ui.statusCombo.findData(status)))
