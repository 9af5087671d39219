"""系统设置—规则参数: sources shown; the administrator confirms a district setting; others only read."""

from __future__ import annotations

from inspections_support import ADMIN, CLERK
from PySide6.QtCore import Qt

from workstation.services.district import RuleCatalogueService
from workstation.ui.settings.rules_tab import RulesTab


def _row_of(tab: RulesTab, key: str) -> int:
    return next(i for i, r in enumerate(tab.rows) if r.entry.key == key)


def test_administrator_confirms_a_rectification_period_shown_as_a_district_setting(qtbot, district):
    tab = RulesTab(RuleCatalogueService(district.factory, ADMIN))
    qtbot.addWidget(tab)
    table = tab.ui.rulesTable
    fire = _row_of(tab, "inspection.deadline.FIRE")
    assert [table.item(fire, c).text() for c in range(4)] == [
        "监督检查", "整改期限（消防救援）", "15个工作日", "辖区设置（无文件依据，待管理员确认）"]
    receipt = _row_of(tab, "filing.receipt_due")
    assert "《托育机构登记和备案办法（试行）》" in table.item(receipt, 3).text()
    table.selectRow(receipt)
    assert not tab.ui.confirmButton.isEnabled()  # a documented rule needs no confirmation
    table.selectRow(fire)
    assert tab.ui.confirmButton.isEnabled()
    qtbot.mouseClick(tab.ui.confirmButton, Qt.MouseButton.LeftButton)
    assert table.item(fire, 3).text().startswith("辖区设置，已由孙管理于")
    assert not tab.ui.confirmButton.isEnabled()
    pending = sum(r.needs_confirmation for r in tab.rows)
    assert tab.ui.messageLabel.text() == f"{pending} 项辖区设置待确认。"


def test_a_clerk_reads_the_catalogue_without_confirming(qtbot, district):
    tab = RulesTab(RuleCatalogueService(district.factory, CLERK))
    qtbot.addWidget(tab)
    assert tab.ui.rulesTable.rowCount() == len(tab.rows) > 30
    assert not tab.ui.confirmButton.isVisibleTo(tab)
