"""系统设置 builds a tab when it is first shown, not every tab on the page's first visit."""

from __future__ import annotations

from workstation.app import attach_database, build_main_window
from workstation.services.common.context import Actor
from workstation.ui.audit import audit_page
from workstation.ui.calendar import calendar_page
from workstation.ui.settings import routing_tab, rules_tab

ADMIN = Actor("admin", "管理员", "ADMIN")


def _counting(monkeypatch, module, name: str, built: list[str]) -> None:
    real = getattr(module, name)

    class Counting(real):
        def __init__(self, *args, **kwargs) -> None:
            built.append(name)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(module, name, Counting)
    monkeypatch.setattr(f"workstation.ui.settings.settings_page.{name}", Counting)


def test_a_first_visit_builds_only_the_shown_tab_and_each_other_tab_on_its_first_show(qtbot, district,
                                                                                      monkeypatch):
    built: list[str] = []
    for module, name in ((audit_page, "AuditPage"), (calendar_page, "CalendarPage"),
                         (rules_tab, "RulesTab"), (routing_tab, "RoutingTab")):
        _counting(monkeypatch, module, name, built)
    window = build_main_window(district, ADMIN)
    qtbot.addWidget(window)
    attach_database(window, district, ADMIN)
    window.show_area("settings")
    page = window.page("settings")
    tabs = page.ui.tabs
    assert tabs.tabText(tabs.currentIndex()) == "我的账户"
    assert built == []  # the heavy tabs (audit trail, calendar, rules, routing) wait for their first show
    assert page.tab_titles() == ["我的账户", "工作站设置", "工作日历", "规则参数", "登记机关", "备份与恢复",
                                 "用户管理", "审计日志"]

    tabs.setCurrentIndex(page.tab_titles().index("审计日志"))
    assert built == ["AuditPage"]
    assert page.audit_page.isVisibleTo(page)
    tabs.setCurrentIndex(page.tab_titles().index("登记机关"))
    assert built == ["AuditPage", "RoutingTab"]
    assert tabs.currentWidget() is page.routing_tab  # the built tab took its placeholder's place
    assert tabs.tabText(tabs.currentIndex()) == "登记机关"
    tabs.setCurrentIndex(0)
    tabs.setCurrentIndex(page.tab_titles().index("登记机关"))
    assert built == ["AuditPage", "RoutingTab"]  # once

    page.show_calendar()  # asked for before it was shown: built then, and shown
    assert built == ["AuditPage", "RoutingTab", "CalendarPage"]
    assert tabs.currentWidget() is page.calendar_page
    assert page.rules_tab is not None and built[-1] == "RulesTab"
    assert page.tab_titles() == ["我的账户", "工作站设置", "工作日历", "规则参数", "登记机关", "备份与恢复",
                                 "用户管理", "审计日志"]
