"""系统设置 → 工作日历 in the real main window: an administrator enters next year with the keyboard and
the provisional deadline in the filing queue becomes final without pressing anything else.

The 2027 arrangement typed here is TEST DATA, not the published one.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget

from workstation.app import attach_database, build_main_window
from workstation.db.attachments import Attachments
from workstation.domain.errors import PermissionDenied
from workstation.domain.filing import FilingAction, FilingKind
from workstation.domain.workdays import DayKind, DayType
from workstation.models.calendar.calendar_month_table_model import CalendarMonthTableModel
from workstation.services.calendar import CalendarService
from workstation.services.common.context import Actor
from workstation.services.filing.service import FilingService
from workstation.ui.calendar.calendar_page import CalendarPage

D = dt.date
ADMIN = Actor("admin", "孙管理", "ADMIN")
CLERK = Actor("clerk", "王登记", "CLERK")
MARK = "（暂定，节假日安排未录入）"


def _accepted_on_14_december(database, nursery: int) -> int:
    """An initial filing accepted on Mon 14 Dec 2026: verification due Tue 5 Jan 2027, provisionally (1 Jan off)."""
    svc = FilingService(database.factory, Actor("tester", "测试员", "SYSTEM"),
                        Attachments(database.factory), today=lambda: D(2026, 12, 14))
    app = svc.create(nursery, FilingKind.INITIAL)
    from workstation.domain.filing_rules import FireProofKind, HygieneRating, MaterialResult, MaterialType
    from workstation.services.filing.dto import MaterialUpdate

    for m in app.materials:
        if m.required:
            svc.update_material(m.id, MaterialUpdate(
                True, FireProofKind.ACCEPTANCE if m.material_type is MaterialType.FIRE_SAFETY else None,
                HygieneRating.QUALIFIED if m.material_type is MaterialType.HYGIENE_EVALUATION else None))
    app = svc.act(app.id, FilingAction.SUBMIT, svc.get(app.id).version)
    app = svc.act(app.id, FilingAction.START_CHECK, app.version)
    for m in app.materials:
        if m.required:
            app = svc.check_material(m.id, MaterialResult.OK)
    app = svc.act(app.id, FilingAction.ACCEPT, app.version)
    assert (app.verification_due_on, app.verification_due_provisional) == (D(2027, 1, 5), True)
    return app.id


def _queue_texts(tree: QTreeWidget) -> list[str]:
    return [tree.topLevelItem(i).child(j).text(0) for i in range(tree.topLevelItemCount())
            for j in range(tree.topLevelItem(i).childCount())]


@pytest.fixture
def nursery_id(district):
    from workstation.db.orm import Nursery
    from workstation.domain.codes import make_org_code, make_uscc
    from workstation.domain.enums import InstitutionKind, InstitutionStatus, LegalNature

    with district.factory.begin() as session:
        row = Nursery(name="日历托育园", legal_nature=LegalNature.FOR_PROFIT, kind=InstitutionKind.STANDALONE,
                      status=InstitutionStatus.REGISTERED, uscc=make_uscc("91", "500107", make_org_code("00000001")),
                      registered_at=D(2026, 6, 1), director_name="李四")
        session.add(row)
        session.flush()
        return row.id


def test_entering_next_year_by_keyboard_makes_the_queue_deadline_final(qtbot, district, nursery_id, type_text):
    _accepted_on_14_december(district, nursery_id)
    window = build_main_window(district, ADMIN)
    qtbot.addWidget(window)
    attach_database(window, district, ADMIN)
    filing_tree = window.page("filing").ui.queueTree
    assert "日历托育园 · 首次备案 · 待核实 2027-01-05" + MARK in _queue_texts(filing_tree)

    window.show_area("settings")
    settings = window.page("settings")
    settings.show_calendar()
    page = settings.calendar_page
    assert settings.ui.tabs.currentWidget() is page
    page.ui.yearSpin.setValue(2027)
    assert "尚未录入" in page.ui.statusLabel.text()
    page.ui.enterButton.setFocus()
    qtbot.keyClick(page.ui.enterButton, Qt.Key.Key_Space)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible() and dialog.ui.yearSpin.value() == 2027
    type_text(dialog.focusWidget(), "测试用安排（非官方）")          # the notice: focus starts there
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    type_text(dialog.focusWidget(), "2026-11-10")                 # its date
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    type_text(dialog.focusWidget(), "2027-01-01至2027-01-04 元旦")  # holidays (test data: 4 Jan too)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    type_text(dialog.focusWidget(), "2027-02-06至2027-02-12 春节")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    type_text(dialog.focusWidget(), "2027-02-20 春节调休")         # make-up days
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.focusWidget() is dialog.ui.sourceDateEdit
    asked: list[str] = []
    dialog.confirm_gaps = lambda text: asked.append(text) or True     # (the test data lacks five festivals)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)             # Enter saves
    assert len(asked) == 1 and "清明节、劳动节、端午节、中秋节、国庆节" in asked[0]
    assert not dialog.isVisible(), dialog.ui.messageLabel.text()

    assert "已保存2027年的节假日安排" in page.ui.messageLabel.text()
    assert "1个日期有变动" in page.ui.messageLabel.text()
    assert "已录入" in page.ui.statusLabel.text() and "测试用安排（非官方）（2026-11-10）" in page.ui.statusLabel.text()
    new_year = page.models[0].index_of(D(2027, 1, 1))
    assert page.models[0].data(new_year, Qt.ItemDataRole.ToolTipRole).startswith("2027-01-01 · 法定节假日 · 元旦")
    texts = _queue_texts(filing_tree)   # refreshed through the event hub, nothing pressed
    assert "日历托育园 · 首次备案 · 待核实 2027-01-06" in texts and not any(MARK in t for t in texts)


def test_a_mistyped_range_keeps_the_dialog_and_what_was_typed(qtbot, district):
    page = CalendarPage(CalendarService(district.factory, ADMIN), True, today=lambda: D(2026, 12, 4))
    qtbot.addWidget(page)
    dialog = page.enter_year(2027)
    dialog.ui.sourceEdit.setText("测试")
    dialog.ui.holidaysEdit.setPlainText("2027-01-01\n2027-1-32 元旦")
    dialog.ui.workdaysEdit.setPlainText("2027-01-04")
    dialog.save()
    assert dialog.isVisible() and "放假日期第2行" in dialog.ui.messageLabel.text()
    dialog.ui.holidaysEdit.setPlainText("2027-01-01")
    dialog.save()
    assert dialog.isVisible() and "调休上班日第1行" in dialog.ui.messageLabel.text() and "星期一" in \
        dialog.ui.messageLabel.text()
    assert dialog.ui.workdaysEdit.toPlainText() == "2027-01-04"  # nothing lost
    assert CalendarService(district.factory, ADMIN).year(2027).entries == ()


def test_default_year_is_the_missing_one_and_clerks_only_read(qtbot, district):
    page = CalendarPage(CalendarService(district.factory, CLERK, today=lambda: D(2026, 12, 4)), False,
                        today=lambda: D(2026, 12, 4))
    qtbot.addWidget(page)
    assert page.ui.yearSpin.value() == 2027  # from 1 November the missing next year comes first
    assert not page.ui.enterButton.isVisible() and not page.ui.importButton.isVisibleTo(page)
    assert page.ui.exportButton.isVisibleTo(page)
    with pytest.raises(PermissionDenied):
        CalendarService(district.factory, CLERK).correct_day(D(2027, 1, 1), DayKind.HOLIDAY, "x")


def test_correct_and_remove_a_selected_day(qtbot, district):
    page = CalendarPage(CalendarService(district.factory, ADMIN), True, today=lambda: D(2026, 12, 4))
    qtbot.addWidget(page)
    page.ui.yearSpin.setValue(2026)
    page.select(D(2026, 12, 31))
    dialog = page.correct_selected()
    assert dialog.ui.dateEdit.text() == "2026-12-31" and DayKind(dialog.ui.kindCombo.currentData()) is DayKind.HOLIDAY
    dialog.ui.sourceEdit.setText("测试更正")
    dialog.save()
    assert page.year.day(D(2026, 12, 31)).type is DayType.HOLIDAY and page.ui.removeButton.isEnabled()
    page.confirm = lambda _text: True
    page.select(D(2026, 12, 31))
    page.remove_selected()
    assert page.year.day(D(2026, 12, 31)).type is DayType.WORKDAY and "已删除" in page.ui.messageLabel.text()


def test_month_model(qtmodeltester, district):
    year = CalendarService(district.factory, ADMIN).year(2026)
    model = CalendarMonthTableModel(2026, 2, [d for d in year.days if d.day.month == 2])
    qtmodeltester.check(model)
    # February 2026 starts on a Sunday: the first row has six empty cells.
    assert model.data(model.index(0, 6)) == "1" and model.data(model.index(0, 0)) is None
    assert model.data(model.index_of(D(2026, 2, 14)), Qt.ItemDataRole.ToolTipRole).startswith("2026-02-14 · 调休上班")


def test_reopening_an_entered_year_shows_it_and_cancel_asks_first(qtbot, district):
    service = CalendarService(district.factory, ADMIN)
    service.set_year(2027, [D(2027, 1, 1), D(2027, 1, 2), D(2027, 1, 3), D(2027, 2, 8)], [D(2027, 2, 20)],
                     "测试用安排（非官方）", D(2026, 11, 10))
    page = CalendarPage(service, True, today=lambda: D(2026, 12, 4))
    qtbot.addWidget(page)
    dialog = page.enter_year(2027)
    assert dialog.ui.holidaysEdit.toPlainText() == "2027-01-01至2027-01-03\n2027-02-08"
    assert dialog.ui.workdaysEdit.toPlainText() == "2027-02-20"
    assert (dialog.ui.sourceEdit.text(), dialog.ui.sourceDateEdit.text()) == ("测试用安排（非官方）", "2026-11-10")
    dialog.ui.holidaysEdit.appendPlainText("2027-05-01至2027-05-05 劳动节")
    asked: list[bool] = []
    dialog.confirm_discard = lambda: asked.append(True) or False
    dialog.reject()
    assert asked == [True] and dialog.isVisible()  # kept: the person said no
    dialog.confirm_gaps = lambda _text: True  # (test data: no 清明 …)
    dialog.save()
    saved = [e.day for e in service.year(2027).entries]
    assert D(2027, 1, 2) in saved and D(2027, 5, 3) in saved  # added to, not replaced by, the new line


def test_changing_the_year_in_the_dialog_shows_that_year(qtbot, district):
    service = CalendarService(district.factory, ADMIN)
    service.set_year(2027, [D(2027, 1, 1)], [], "测试用安排（非官方）")
    page = CalendarPage(service, True, today=lambda: D(2026, 12, 4))
    qtbot.addWidget(page)
    dialog = page.enter_year(2028)
    assert dialog.ui.holidaysEdit.toPlainText() == ""
    dialog.ui.yearSpin.setValue(2027)
    assert dialog.ui.holidaysEdit.toPlainText() == "2027-01-01"
    dialog.ui.workdaysEdit.setPlainText("2027-02-20")  # typed: another year must not wipe it
    dialog.ui.yearSpin.setValue(2028)
    assert dialog.ui.workdaysEdit.toPlainText() == "2027-02-20"
