"""The audit viewer names accounts by their name, shows a field by its label (not `legal_rep_id_no`),
and shows actions, tables and fields in English in the English interface."""

from __future__ import annotations

import datetime as dt

import pytest
from staff_support import add_nursery, staff_draft

from workstation.i18n.translation import install_translator
from workstation.services.accounts import AuthService
from workstation.services.audit import record_alarm
from workstation.services.audit.service import AuditService
from workstation.services.common.context import Actor
from workstation.services.common.personal import record_reveal
from workstation.services.common.uow import writing
from workstation.services.staff.service import StaffService
from workstation.ui.audit.audit_page import AuditPage

MANAGER = Actor("mgr", "王科长", "MANAGER")


@pytest.fixture
def trail(district):
    """The first administrator created, and the manager seeing a full ID number of nursery 7."""
    AuthService(district.factory).create_first_admin("admin", "李管理", "Admin-pass-2026")
    with writing(district.factory, MANAGER) as session:
        record_reveal(session, MANAGER, "nursery", 7, "legal_rep_id_no", whose="张三")
    return district


def audit_page(qtbot, trail) -> AuditPage:
    page = AuditPage(AuditService(trail.factory, MANAGER))
    qtbot.addWidget(page)
    page.show()
    return page


def rows_by_action(page: AuditPage) -> dict[str, int]:
    """Row numbers by action (the account's creation as "create")."""
    model, found = page.model, {}
    for r in range(model.rowCount()):
        row = model.row(model.index(r, 0))
        if row.action != "create" or row.entity == "user_account":
            found[row.action] = r
    return found


def test_an_account_is_shown_by_its_name_and_a_field_by_its_label(qtbot, trail):
    page = audit_page(qtbot, trail)
    model, rows = page.model, rows_by_action(page)
    created = model.data(model.index(rows["create"], model.RECORD))
    assert created == "用户账号 李管理（admin）"

    page.ui.auditView.selectRow(rows["view_personal_data"])
    detail = page.ui.detailLabel.text()
    assert "字段：法定代表人证件号码" in detail and "本人：张三" in detail
    assert "legal_rep_id_no" not in detail and "field" not in detail


def test_english_mode_shows_the_trail_in_english(qtbot, qapp, translators, trail):
    translators.extend(install_translator(qapp, "en"))
    page = audit_page(qtbot, trail)
    model, rows = page.model, rows_by_action(page)
    assert model.data(model.index(rows["create"], model.ACTION)) == "Create"
    assert model.data(model.index(rows["view_personal_data"], model.ACTION)) == "View full personal data"
    assert model.data(model.index(rows["create"], model.RECORD)) == "User account 李管理（admin）"
    assert page.ui.actionCombo.itemText(page.ui.actionCombo.findData("export")) == "Export"
    page.ui.auditView.selectRow(rows["view_personal_data"])
    assert "Field: Legal representative's ID number" in page.ui.detailLabel.text()


DEMO = Actor("system:demo", "演示数据生成", "SYSTEM")


def test_system_actors_and_coded_values_read_as_words(qtbot, trail):
    with writing(trail.factory, DEMO) as session:
        record_reveal(session, DEMO, "nursery", 7, "legal_rep_id_no", whose="李四")
    page = audit_page(qtbot, trail)
    model = page.model
    actors = [model.data(model.index(r, model.ACTOR)) for r in range(model.rowCount())]
    assert "演示数据" in actors and "system:demo" not in actors
    assert page.ui.actorCombo.findText("演示数据") >= 0 and page.ui.actorCombo.findText("system:demo") < 0
    page.ui.auditView.selectRow(actors.index("演示数据"))
    assert "演示数据" in page.ui.detailLabel.text() and "system:" not in page.ui.detailLabel.text()

    created = next(r for r in range(model.rowCount()) if model.row(model.index(r, 0)).entity == "user_account")
    page.ui.auditView.selectRow(created)
    table = page.ui.changesTable
    cells = {table.item(r, 0).text(): table.item(r, 2).text() for r in range(table.rowCount())}
    assert cells["角色"] == "系统管理员"
    assert not [name for name in cells if name.isascii()]  # no raw column names (password_changed_at…)


def test_english_mode_names_the_demo_generator_in_english(qtbot, qapp, translators, trail):
    with writing(trail.factory, DEMO) as session:
        record_reveal(session, DEMO, "nursery", 7, "legal_rep_id_no", whose="李四")
    translators.extend(install_translator(qapp, "en"))
    page = audit_page(qtbot, trail)
    model = page.model
    actors = [model.data(model.index(r, model.ACTOR)) for r in range(model.rowCount())]
    assert "Demo data" in actors
    created = next(r for r in range(model.rowCount()) if model.row(model.index(r, 0)).entity == "user_account")
    page.ui.auditView.selectRow(created)
    table = page.ui.changesTable
    cells = {table.item(r, 0).text(): table.item(r, 2).text() for r in range(table.rowCount())}
    assert cells["Role"] == "Administrator"


def test_a_staff_member_is_named_by_name_not_by_id(qtbot, trail, actor):
    staff = StaffService(trail.factory, actor, today=lambda: dt.date(2026, 12, 4))
    member = staff.add(add_nursery(trail.factory), staff_draft("林晓梅", 7)).member.id
    page = audit_page(qtbot, trail)
    model = page.model
    records = [model.data(model.index(r, model.RECORD)) for r in range(model.rowCount())
               if model.row(model.index(r, 0)).entity == "staff_member"]
    assert records and all(text.startswith("工作人员 林晓梅") for text in records)
    assert not any(f"工作人员 {member}" in text for text in records)


ADMIN = Actor("admin", "李管理", "ADMIN")


@pytest.mark.parametrize(("english", "response", "shown"), [
    (False, "settings_only", "处置：仅开放审计日志和备份与恢复"),
    (False, "signed_out", "处置：已注销，等待系统管理员查明"),
    (True, "settings_only", "Response: Only the audit log and backup and restore opened"),
    (True, "signed_out", "Response: Signed out until the administrator has cleared it up"),
])
def test_the_alarm_response_reads_as_words(qtbot, qapp, translators, trail, english, response, shown):
    assert record_alarm(trail.factory, ADMIN, ["第 3–5 条审计记录不见了"], response)
    if english:
        translators.extend(install_translator(qapp, "en"))
    page = audit_page(qtbot, trail)
    page.ui.auditView.selectRow(rows_by_action(page)["audit_alarm"])
    detail = page.ui.detailLabel.text()
    assert shown in detail and response not in detail
