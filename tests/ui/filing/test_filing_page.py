"""The filing page, its queues (one click opens), the home-page queues and the dialog's guards."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from workstation.db.attachments import Attachments
from workstation.db.orm import Nursery
from workstation.domain.codes import make_org_code, make_uscc
from workstation.domain.enums import InstitutionKind, InstitutionStatus, LegalNature
from workstation.domain.filing import DocumentKind, FilingAction, FilingKind, FilingState
from workstation.domain.filing_rules import FireProofKind, HygieneRating, MaterialResult, MaterialType
from workstation.services.common.context import Actor
from workstation.services.filing.dto import ChangeDraft, MaterialUpdate
from workstation.services.filing.queues import home_queues
from workstation.services.filing.service import FilingService
from workstation.ui.filing import FilingPage, HomeQueues, application_dialog
from workstation.ui.filing.queues import find_entry

TODAY = dt.date(2025, 9, 30)
SYSTEM = Actor("tester", "测试员", "SYSTEM")


def add_nursery(factory, number: int, status=InstitutionStatus.REGISTERED, registered=dt.date(2025, 6, 1)) -> int:
    with factory.begin() as session:
        row = Nursery(name=f"队列托育园{number}", legal_nature=LegalNature.FOR_PROFIT, kind=InstitutionKind.STANDALONE,
                      status=status, uscc=make_uscc("91", "500107", make_org_code(f"{number:08d}")),
                      registered_at=registered, director_name="李四")
        session.add(row)
        session.flush()
        return row.id


def make_service(database, actor: Actor = SYSTEM, today: dt.date = TODAY) -> FilingService:
    return FilingService(database.factory, actor, Attachments(database.factory), today=lambda: today)


def ready(svc: FilingService, nursery_id: int, kind=FilingKind.INITIAL, checked: bool = True):
    """An application under materials check with every required material provided (and checked)."""
    app = svc.create(nursery_id, kind)
    if kind is FilingKind.CHANGE:
        app = svc.set_change_items(app.id, app.version, [ChangeDraft("director_name", "赵六", "退休")])
    for m in app.materials:
        if m.required:
            svc.update_material(m.id, MaterialUpdate(
                True, FireProofKind.ACCEPTANCE if m.material_type is MaterialType.FIRE_SAFETY else None,
                HygieneRating.QUALIFIED if m.material_type is MaterialType.HYGIENE_EVALUATION else None))
    app = svc.get(app.id)
    app = svc.act(app.id, FilingAction.START_CHECK, svc.act(app.id, FilingAction.SUBMIT, app.version).version)
    if checked:
        for m in app.materials:
            if m.required:
                app = svc.check_material(m.id, MaterialResult.OK)
    return app


@pytest.fixture
def errors():
    return []


def open_dialog(qtbot, page: FilingPage, app_id: int, errors: list):
    dialog = page.open_application(app_id)
    qtbot.addWidget(dialog)
    dialog.show_error = errors.append
    return dialog


def click_item(qtbot, tree, item) -> None:
    tree.scrollToItem(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center())


def test_one_click_on_a_queue_entry_opens_it(qtbot, district):
    svc = make_service(district, today=dt.date(2025, 9, 24))
    app = svc.act((a := svc.create(add_nursery(district.factory, 1), FilingKind.INITIAL)).id,
                  FilingAction.SUBMIT, a.version)  # submitted 24 Sep: due 30 Sep (28 Sep is a working Sunday)
    backlog = add_nursery(district.factory, 2, registered=dt.date(2025, 7, 1))
    page = FilingPage(make_service(district), today=lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    item = find_entry(page.ui.queueTree, "due_today", app.id)
    assert item is not None and "今日到期（1）" == item.parent().text(0)
    with qtbot.waitSignal(page.application_opened) as opened:
        click_item(qtbot, page.ui.queueTree, item)
    assert opened.args == [app.id] and page.dialog.view.id == app.id
    qtbot.addWidget(page.dialog)
    nursery_item = find_entry(page.ui.queueTree, "not_filed")
    with qtbot.waitSignal(page.nursery_requested) as requested:
        click_item(qtbot, page.ui.queueTree, nursery_item)
    assert requested.args == [backlog]


def test_home_queues_widget(qtbot, district):
    svc = make_service(district)
    accepted = svc.act((a := ready(svc, add_nursery(district.factory, 1))).id, FilingAction.ACCEPT, a.version)
    widget = HomeQueues(lambda: home_queues(district.factory, lambda: TODAY))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.refresh()
    item = find_entry(widget.tree, "awaiting_verification", accepted.id)
    assert item.parent().text(0) == "待核实的备案（1）"
    with qtbot.waitSignal(widget.application_requested) as requested:
        click_item(qtbot, widget.tree, item)
    assert requested.args == [accepted.id]


def test_buttons_offer_only_legal_actions_for_the_role(qtbot, district, errors):
    app = ready(make_service(district), add_nursery(district.factory, 1))
    manager = FilingPage(make_service(district, Actor("m", "李科长", "MANAGER")), today=lambda: TODAY)
    qtbot.addWidget(manager)
    dialog = open_dialog(qtbot, manager, app.id, errors)
    assert list(dialog.action_buttons) == [FilingAction.ACCEPT]
    inspector = FilingPage(make_service(district, Actor("i", "检查员", "INSPECTOR")), today=lambda: TODAY)
    qtbot.addWidget(inspector)
    assert open_dialog(qtbot, inspector, app.id, errors).action_buttons == {}


def test_refused_acceptance_shows_why_and_changes_nothing(qtbot, district, errors):
    svc = make_service(district)
    app = ready(svc, add_nursery(district.factory, 1), checked=False)
    page = FilingPage(svc, today=lambda: TODAY)
    qtbot.addWidget(page)
    dialog = open_dialog(qtbot, page, app.id, errors)
    dialog.confirm = lambda title, text: True
    button = dialog.action_buttons[FilingAction.ACCEPT]
    assert not button.isEnabled()  # (test_action_buttons_blocked: why, for each role)
    assert button.toolTip().startswith("不能受理备案并出具回执：材料“托育机构备案书”尚未审核通过")
    assert not dialog.run_action(FilingAction.ACCEPT)  # (a view gone stale: the dialog asks the service again)
    assert errors and errors[0] == button.toolTip()
    assert dialog.view.state is FilingState.MATERIALS_CHECK and dialog.ui.documentCombo.count() == 0


def test_return_for_supplement_from_the_dialog(qtbot, district, errors):
    svc = make_service(district)
    app = ready(svc, add_nursery(district.factory, 1))
    page = FilingPage(svc, today=lambda: TODAY)
    qtbot.addWidget(page)
    dialog = open_dialog(qtbot, page, app.id, errors)
    dialog.ui.materialsTable.selectRow(dialog.materials.row_of(MaterialType.STAFF_HEALTH))
    dialog.ask_text = lambda title, label, required: "两名保育员健康证已过期"
    qtbot.mouseClick(dialog.ui.flagButton, Qt.MouseButton.LeftButton)
    dialog.confirm = lambda title, text: True
    qtbot.mouseClick(dialog.action_buttons[FilingAction.RETURN], Qt.MouseButton.LeftButton)
    assert errors == [] and dialog.view.state is FilingState.RETURNED_FOR_SUPPLEMENT
    assert dialog.current_document() is DocumentKind.SUPPLEMENT_NOTICE
    assert set(dialog.action_buttons) == {FilingAction.RESUBMIT, FilingAction.WITHDRAW}
    assert page.model.index(0, FilingPage.STATE).data() == "退回补正"


def test_return_without_a_flagged_material_says_why_before_asking_to_confirm(qtbot, district, errors):
    svc = make_service(district)
    app = ready(svc, add_nursery(district.factory, 1))
    page = FilingPage(svc, today=lambda: TODAY)
    qtbot.addWidget(page)
    dialog = open_dialog(qtbot, page, app.id, errors)
    asked: list = []
    dialog.confirm = lambda title, text: asked.append(text) or True
    button = dialog.action_buttons[FilingAction.RETURN]
    assert not button.isEnabled() and button.toolTip() == "不能退回补正：退回补正须至少标记一项缺失或不符合要求的材料。"
    assert not dialog.run_action(FilingAction.RETURN)  # (a view gone stale: the dialog asks the service again)
    assert asked == [] and errors == ["不能退回补正：退回补正须至少标记一项缺失或不符合要求的材料。"]
    assert dialog.view.state is FilingState.MATERIALS_CHECK
    dialog.ui.materialsTable.selectRow(dialog.materials.row_of(MaterialType.STAFF_HEALTH))
    dialog.ask_text = lambda title, label, required: "两名保育员健康证已过期"
    qtbot.mouseClick(dialog.ui.flagButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.action_buttons[FilingAction.RETURN], Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and dialog.view.state is FilingState.RETURNED_FOR_SUPPLEMENT


def test_preview_counts_only_when_printed(qtbot, district, errors, monkeypatch):
    svc = make_service(district)
    app = svc.act((a := ready(svc, add_nursery(district.factory, 1))).id, FilingAction.ACCEPT, a.version)
    page = FilingPage(svc, today=lambda: TODAY)
    qtbot.addWidget(page)
    dialog = open_dialog(qtbot, page, app.id, errors)
    shown: list = []
    monkeypatch.setattr(application_dialog, "preview_document", lambda doc, parent: shown.append(doc) or False)
    assert not dialog.preview_document()
    monkeypatch.setattr(application_dialog, "preview_document", lambda doc, parent: shown.append(doc) or True)
    assert dialog.preview_document()
    assert [d.copy_mark for d in shown] == ["", ""]  # both previews showed the original (nothing counted yet)
    assert svc.document(app.id, DocumentKind.RECEIPT, issue=False).copy_no == 1


def test_change_items_edited_in_the_dialog(qtbot, district, errors):
    svc = make_service(district)
    app = svc.create(add_nursery(district.factory, 1, InstitutionStatus.OPERATING), FilingKind.CHANGE)
    page = FilingPage(svc, today=lambda: TODAY)
    qtbot.addWidget(page)
    dialog = open_dialog(qtbot, page, app.id, errors)
    assert dialog.ui.tabs.isTabVisible(dialog.ui.tabs.indexOf(dialog.ui.changesTab))
    row = dialog.changes.add_row()
    dialog.changes.set_row(row, "places_total", "很多", "扩班")
    qtbot.mouseClick(dialog.ui.saveChangesButton, Qt.MouseButton.LeftButton)
    assert errors == ["“托位数”的变更后内容“很多”格式不正确（应为非负整数）。"]
    assert dialog.changes.table.rowCount() == 1  # the refused line stays, to be corrected
    dialog.changes.set_row(0, "director_name", "赵六", "原负责人退休")
    qtbot.mouseClick(dialog.ui.saveChangesButton, Qt.MouseButton.LeftButton)
    assert [(c.label, c.old_value, c.new_value) for c in dialog.view.change_items] == [("机构负责人", "李四", "赵六")]
    assert dialog.changes.table.item(0, 1).text() == "李四"


def test_list_filters_and_national_number(qtbot, district, errors):
    svc = make_service(district)
    first = svc.act((a := ready(svc, add_nursery(district.factory, 1))).id, FilingAction.ACCEPT, a.version)
    svc.create(add_nursery(district.factory, 2), FilingKind.INITIAL)
    page = FilingPage(svc, today=lambda: TODAY)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 2
    page.ui.searchEdit.setText("500107-2025-0001")
    page.reload_list()
    assert page.model.rowCount() == 1
    page.ui.searchEdit.clear()
    page.ui.stateCombo.setCurrentIndex(page.ui.stateCombo.findData(FilingState.DRAFT))
    assert page.model.index(0, FilingPage.NAME).data() == "队列托育园2"
    dialog = open_dialog(qtbot, page, first.id, errors)
    dialog.ui.nationalNoEdit.setText("TY-500107-88")
    dialog.ui.nationalDateEdit.setText("10月9日")
    qtbot.mouseClick(dialog.ui.saveInfoButton, Qt.MouseButton.LeftButton)
    assert errors == ["“全国系统备案日期”：“10月9日”不是日期，请按 2025-06-01、2025/6/1 或 2025年6月1日 填写。"]
    dialog.ui.nationalDateEdit.setText("2025/10/9")
    qtbot.mouseClick(dialog.ui.saveInfoButton, Qt.MouseButton.LeftButton)
    assert (dialog.view.national_filing_no, dialog.view.national_filed_on) == ("TY-500107-88", dt.date(2025, 10, 9))
