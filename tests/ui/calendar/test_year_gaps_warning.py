"""工作日历 → 录入年度安排: a year lacking some statutory holidays or every make-up working day is not
saved without a word. The dialog names what looks missing and asks; going back (the default) keeps
the lines as typed, saving anyway enters the year. The 2027 arrangement here is TEST DATA."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMessageBox

from workstation.i18n.translation import install_translator
from workstation.services.calendar import CalendarService
from workstation.services.common.context import Actor
from workstation.ui.calendar.calendar_page import CalendarPage

ADMIN = Actor("admin", "孙管理", "ADMIN")
TODAY = dt.date(2026, 12, 31)


def dialog_with(qtbot, district, holidays: str, workdays: str = ""):
    service = CalendarService(district.factory, ADMIN, today=lambda: TODAY)
    page = CalendarPage(service, True, today=lambda: TODAY)
    qtbot.addWidget(page)
    dialog = page.enter_year(2027)
    dialog.ui.sourceEdit.setText("测试用安排（非官方）")
    dialog.ui.holidaysEdit.setPlainText(holidays)
    dialog.ui.workdaysEdit.setPlainText(workdays)
    return service, dialog


def test_going_back_keeps_the_lines_and_saves_nothing(qtbot, district):
    service, dialog = dialog_with(qtbot, district, "2027-01-01 元旦\n2027-02-06至2027-02-12 春节")
    asked: list[str] = []
    dialog.confirm_gaps = lambda text: asked.append(text) or False
    dialog.save()
    assert asked == ["2027年的安排看来不完整：\n没有以下法定节假日的放假日期：清明节、劳动节、端午节、中秋节、国庆节。\n"
                     "没有调休上班日。\n请对照国务院办公厅的通知核对。该年确实如此时（如当年没有调休），可以仍然保存。"]
    assert dialog.isVisible() and dialog.ui.holidaysEdit.toPlainText().endswith("春节")
    assert service.year(2027).entries == ()


def test_saving_anyway_enters_the_year(qtbot, district):
    service, dialog = dialog_with(qtbot, district, "2027-01-01 元旦", "2027-02-20")
    asked: list[str] = []
    dialog.confirm_gaps = lambda text: asked.append(text) or True
    dialog.save()
    assert "没有调休上班日" not in asked[0] and "春节、清明节" in asked[0]
    assert not dialog.isVisible() and len(service.year(2027).entries) == 2


def test_a_complete_year_is_saved_without_a_question(qtbot, district):
    holidays = "\n".join(["2027-01-01 元旦", "2027-02-06至2027-02-12 春节", "2027-04-05 清明", "2027-05-01至2027-05-05 劳动节",
                          "2027-06-09 端午", "2027-09-15 中秋", "2027-10-01至2027-10-07 国庆"])
    service, dialog = dialog_with(qtbot, district, holidays, "2027-02-20\n2027-10-09")
    dialog.confirm_gaps = lambda text: pytest_fail(text)
    dialog.save()
    assert not dialog.isVisible() and service.year(2027).covered


def pytest_fail(text: str) -> bool:
    raise AssertionError(f"asked: {text}")


def test_the_question_goes_back_by_default(qtbot, district, monkeypatch):
    service, dialog = dialog_with(qtbot, district, "2027-01-01 元旦")
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)  # Enter or Esc: nothing clicked
    dialog.save()
    (box,) = shown
    assert box.defaultButton().text() == "返回修改(&B)" and box.escapeButton() is box.defaultButton()
    assert [b.text() for b in box.buttons()] == ["仍然保存(&S)", "返回修改(&B)"]
    assert dialog.isVisible() and service.year(2027).entries == ()


def test_in_english(qtbot, qapp, translators, district):
    translators.extend(install_translator(qapp, "en"))
    _service, dialog = dialog_with(qtbot, district, "2027-01-01 元旦\n2027-02-06至2027-02-12 春节")
    asked: list[str] = []
    dialog.confirm_gaps = lambda text: asked.append(text) or False
    dialog.save()
    assert asked == ["The 2027 arrangement looks incomplete:\nNo days off for these statutory holidays: Qingming "
                     "Festival, Labour Day, Dragon Boat Festival, Mid-Autumn Festival, National Day.\nNo make-up working "
                     "days.\nPlease check it against the State Council's notice. If the year truly is so (for example, "
                     "it has no make-up working days), you can save it anyway."]
