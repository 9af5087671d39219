"""登记机关: the district's routing table; each nature offers only the organs that may register it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidgetItem, QWidget

from workstation.domain.enums import LegalNature, RegistrationOrganKind
from workstation.domain.errors import DomainError
from workstation.domain.routing import Route, lawful_organs
from workstation.i18n.labels import ui_label
from workstation.models.common.domain_text import certificate_text
from workstation.services.registry import RoutingService
from workstation.ui.forms.ui_settings_routing_tab import Ui_RoutingTab

# 其他 has no lawful organ to route to: the clerk records the actual one at intake.
ROUTED_NATURES = tuple(n for n in LegalNature if lawful_organs(n))


class RoutingTab(QWidget):
    routes_changed = Signal()

    def __init__(self, service: RoutingService, editable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RoutingTab()
        self.ui.setupUi(self)
        self._service = service
        self._editable = editable
        self.routes: dict[LegalNature, Route] = {}
        self.combos: dict[LegalNature, QComboBox] = {}
        header = self.ui.routesTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.ui.saveButton.setVisible(editable)
        self.ui.saveButton.clicked.connect(self.save)
        self.refresh()
        if not editable:
            self.ui.messageLabel.setText(self.tr("登记机关由系统管理员修改。"))

    def refresh(self) -> None:
        self.routes = self._service.table()
        table = self.ui.routesTable
        table.setRowCount(len(ROUTED_NATURES))
        self.combos = {}
        for row, nature in enumerate(ROUTED_NATURES):
            route = self.routes[nature]
            table.setItem(row, 0, QTableWidgetItem(ui_label(nature)))
            table.setCellWidget(row, 1, self._organ_combo(nature, route.organ))
            table.setItem(row, 2, QTableWidgetItem(certificate_text(route.certificate)))
        table.resizeRowsToContents()

    def organ_of(self, nature: LegalNature) -> RegistrationOrganKind | None:
        value = self.combos[nature].currentData()
        return RegistrationOrganKind(value) if value else None

    def save(self) -> None:
        changed = [(n, organ) for n in ROUTED_NATURES
                   if (organ := self.organ_of(n)) is not None and organ != self.routes[n].organ]
        if not changed:
            self.ui.messageLabel.setText(self.tr("登记机关没有改动。"))
            return
        try:
            for nature, organ in changed:
                self._service.set_route(nature, organ)
        except DomainError as exc:
            self.refresh()
            self.ui.messageLabel.setText(exc.message)
            return
        self.refresh()
        self.ui.messageLabel.setText(self.tr("登记机关已保存，此后新增的机构按新表带出登记机关。"))
        self.routes_changed.emit()

    def _organ_combo(self, nature: LegalNature, current: RegistrationOrganKind | None) -> QComboBox:
        combo = QComboBox(self.ui.routesTable)
        for organ in RegistrationOrganKind:
            if organ in lawful_organs(nature):
                combo.addItem(ui_label(organ), organ.value)
        if current is not None and combo.findData(current.value) < 0:
            # A table row written before the rule was enforced: shown as it is, never silently replaced.
            combo.addItem(self.tr("{organ}（不能登记该性质的机构，请改选）").format(organ=ui_label(current)),
                          current.value)
        combo.setCurrentIndex(max(combo.findData(current.value if current else None), 0))
        combo.setEnabled(self._editable)
        self.combos[nature] = combo
        return combo
