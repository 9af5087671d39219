"""系统设置—登记机关: the administrator edits the routing table; each nature offers only lawful organs."""

from __future__ import annotations

from inspections_support import ADMIN, CLERK
from PySide6.QtCore import Qt

from workstation.domain.enums import LegalNature, RegistrationOrganKind
from workstation.services.registry import RoutingService
from workstation.ui.settings.routing_tab import RoutingTab

Organ = RegistrationOrganKind


def _tab(qtbot, district, actor, editable: bool) -> RoutingTab:
    tab = RoutingTab(RoutingService(district.factory, actor), editable)
    qtbot.addWidget(tab)
    return tab


def _offered(tab: RoutingTab, nature: LegalNature) -> list[str]:
    combo = tab.combos[nature]
    return [combo.itemData(i) for i in range(combo.count())]


def test_administrator_routes_for_profit_nurseries_to_the_approval_bureau(qtbot, district):
    tab = _tab(qtbot, district, ADMIN, editable=True)
    table = tab.ui.routesTable
    natures = [table.item(row, 0).text() for row in range(table.rowCount())]
    assert natures == ["事业单位", "社会服务机构（民办非企业单位）", "营利性（企业）", "个体工商户"]
    combo = tab.combos[LegalNature.FOR_PROFIT]
    assert combo.currentData() == Organ.MARKET_REGULATION.value
    combo.setCurrentIndex(combo.findData(Organ.ADMIN_APPROVAL.value))
    qtbot.mouseClick(tab.ui.saveButton, Qt.MouseButton.LeftButton)
    assert "已保存" in tab.ui.messageLabel.text()
    service = RoutingService(district.factory, ADMIN)
    assert service.route(LegalNature.FOR_PROFIT).organ == Organ.ADMIN_APPROVAL
    assert service.route(LegalNature.PUBLIC_INSTITUTION).organ == Organ.STAFFING_OFFICE  # untouched rows stay
    assert "不会改动已登记机构" in tab.ui.existingLabel.text()


def test_each_nature_offers_only_the_organs_that_may_register_it(qtbot, district):
    tab = _tab(qtbot, district, ADMIN, editable=True)
    assert _offered(tab, LegalNature.PUBLIC_INSTITUTION) == [Organ.STAFFING_OFFICE.value]
    assert Organ.MARKET_REGULATION.value not in _offered(tab, LegalNature.PUBLIC_INSTITUTION)
    assert _offered(tab, LegalNature.FOR_PROFIT) == [Organ.MARKET_REGULATION.value, Organ.ADMIN_APPROVAL.value]
    assert _offered(tab, LegalNature.SOCIAL_SERVICE) == [Organ.CIVIL_AFFAIRS.value, Organ.ADMIN_APPROVAL.value]


def test_a_clerk_reads_the_table_but_cannot_change_it(qtbot, district):
    tab = _tab(qtbot, district, CLERK, editable=False)
    assert not tab.ui.saveButton.isVisibleTo(tab)
    assert not any(combo.isEnabled() for combo in tab.combos.values())
    assert tab.ui.messageLabel.text() == "登记机关由系统管理员修改。"
    combo = tab.combos[LegalNature.FOR_PROFIT]  # even if a change reached the table, the service refuses it
    combo.setCurrentIndex(combo.findData(Organ.ADMIN_APPROVAL.value))
    tab.save()
    assert "无权" in tab.ui.messageLabel.text()
    assert RoutingService(district.factory, ADMIN).route(LegalNature.FOR_PROFIT).organ == Organ.MARKET_REGULATION
