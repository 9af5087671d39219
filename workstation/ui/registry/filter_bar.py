"""The registry's filter bar: street and enum combo boxes, tri-state checkboxes for yes/no filters."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox

from workstation.domain.enums import (
    InstitutionKind,
    InstitutionStatus,
    LabelledEnum,
    LegalNature,
    ServiceType,
)
from workstation.i18n.labels import ui_label
from workstation.services.district import StreetInfo
from workstation.ui.forms.ui_registry_page import Ui_RegistryPage

# Combo box -> the enumeration its items carry (by value); the street combo carries codes.
_ENUMS: dict[str, type[LabelledEnum]] = {
    "legal_nature": LegalNature, "kind": InstitutionKind, "status": InstitutionStatus,
    "service_type": ServiceType,
}
_STATE_VALUE = {
    Qt.CheckState.PartiallyChecked: None,
    Qt.CheckState.Checked: True,
    Qt.CheckState.Unchecked: False,
}


class RegistryFilterBar(QObject):
    """Binds the page's filter widgets to the filter fields of a RegistryQuery."""

    # Any filter was changed by the user (not by reset()). Only forwarded from the widgets'
    # own signals: SignalInstance.emit() in PySide6 6.12.0 drops a reference to True per call.
    changed = Signal()

    def __init__(self, ui: Ui_RegistryPage, streets: Sequence[StreetInfo],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ui = ui
        self._checks: dict[str, tuple[QCheckBox, str]] = {
            "inclusive": (ui.inclusiveCheck, self.tr("普惠性")),
            "demonstration": (ui.demonstrationCheck, self.tr("示范机构")),
        }
        self._fill_combos(streets)
        for combo in self._combos().values():
            combo.currentIndexChanged.connect(self.changed)
        for name, (box, _caption) in self._checks.items():
            box.setCheckState(Qt.CheckState.PartiallyChecked)
            self._show_state(name)
            box.checkStateChanged.connect(lambda _state, name=name: self._show_state(name))
            box.checkStateChanged.connect(self.changed)

    def filters(self) -> dict[str, Any]:
        """The filter fields of a RegistryQuery (None = any)."""
        values: dict[str, Any] = {}
        for field, combo in self._combos().items():
            data = combo.currentData()
            enum_cls = _ENUMS.get(field)
            values[field] = enum_cls(data) if enum_cls and data else data
        for field, (box, _caption) in self._checks.items():
            values[field] = _STATE_VALUE[box.checkState()]
        return values

    def reset(self) -> None:
        """Every filter back to "any" (quietly: the caller re-runs the query once)."""
        widgets = [*self._combos().values(), *(box for box, _caption in self._checks.values())]
        for widget in widgets:
            widget.blockSignals(True)
        for combo in self._combos().values():
            combo.setCurrentIndex(0)
        for name, (box, _caption) in self._checks.items():
            box.setCheckState(Qt.CheckState.PartiallyChecked)
            self._show_state(name)
        for widget in widgets:
            widget.blockSignals(False)

    def _combos(self) -> dict[str, QComboBox]:
        ui = self._ui
        return {"street_code": ui.streetCombo, "legal_nature": ui.natureCombo, "kind": ui.kindCombo,
                "status": ui.statusCombo, "service_type": ui.serviceCombo}

    def _fill_combos(self, streets: Sequence[StreetInfo]) -> None:
        ui = self._ui
        ui.streetCombo.addItem(self.tr("全部街道（乡镇）"), None)
        for street in streets:
            ui.streetCombo.addItem(street.name, street.code)
        self._fill_enum(ui.natureCombo, self.tr("全部法人性质"), LegalNature)
        self._fill_enum(ui.kindCombo, self.tr("全部机构类型"), InstitutionKind)
        self._fill_enum(ui.statusCombo, self.tr("全部状态"), InstitutionStatus)
        self._fill_enum(ui.serviceCombo, self.tr("全部服务形式"), ServiceType)

    def _fill_enum(self, combo: QComboBox, everything: str, enum_cls: type[LabelledEnum]) -> None:
        combo.addItem(everything, None)
        for member in enum_cls:
            combo.addItem(ui_label(member), member.value)

    def _show_state(self, name: str) -> None:
        box, caption = self._checks[name]
        value = _STATE_VALUE[box.checkState()]
        widest = 0
        for state in (self.tr("不限"), self.tr("是"), self.tr("否")):  # as wide as its widest text: never cut
            box.setText(self.tr("{caption}：{state}").format(caption=caption, state=state))
            widest = max(widest, box.sizeHint().width())
        box.setMinimumWidth(widest)
        state = self.tr("不限") if value is None else self.tr("是") if value else self.tr("否")
        box.setText(self.tr("{caption}：{state}").format(caption=caption, state=state))
