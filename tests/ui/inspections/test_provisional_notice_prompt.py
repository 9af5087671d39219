"""Before a 整改通知书 whose deadline is provisional (2027 not in the working-day calendar) is exported or
printed, the inspector is told the date and may enter the year's calendar first; the PDF itself then
prints the date alone (tests/unit/inspections/test_notice_served_text.py)."""

from __future__ import annotations

import datetime as dt

from inspections_ui_support import INSPECTOR, add_nursery, make_page, record_with, services

from workstation.domain.inspections import ItemResult
from workstation.ui.inspections.notice_actions import ProvisionalAnswer

DAY = dt.date(2026, 12, 31)  # fire: 15 working days -> 2027-01-22 (元旦 off), a year the test calendar does not know


def _dialog(qtbot, database, day=DAY):
    svc = services(database, INSPECTOR, day).inspections
    done = record_with(svc, add_nursery(database.factory, 1), day, {"XF-02": ItemResult.FAIL})
    page = make_page(qtbot, database, today=day)
    dialog = page.open_inspection(done.id)
    asked: list[tuple[str, bool]] = []
    saved: list[str] = []
    dialog.choose_save_path = lambda name: saved.append(name) or None
    return page, dialog, asked, saved


def test_export_and_print_ask_first_naming_the_provisional_date(qtbot, database):
    page, dialog, asked, saved = _dialog(qtbot, database)
    dialog.ask_provisional = lambda text, exporting: asked.append((text, exporting)) or ProvisionalAnswer.CANCEL
    assert dialog.export_notice() is None and saved == []
    assert dialog.print_notice() is False
    (text, exporting), (_print_text, printing) = asked
    assert exporting and not printing
    assert "2027-01-22" in text and "2027年" in text and "工作日历" in text


def test_the_user_may_enter_the_calendar_first_or_go_ahead(qtbot, database):
    page, dialog, asked, saved = _dialog(qtbot, database)
    dialog.ask_provisional = lambda text, exporting: ProvisionalAnswer.CALENDAR
    with qtbot.waitSignal(page.calendar_requested):
        assert dialog.export_notice() is None
    assert saved == []
    dialog.ask_provisional = lambda text, exporting: ProvisionalAnswer.GO_AHEAD
    dialog.export_notice()
    assert saved == [f"整改通知书-{dialog.view.notice_no}.pdf"]  # on to choosing the file


def test_a_notice_with_final_deadlines_is_not_questioned(qtbot, database):
    _page, dialog, _asked, saved = _dialog(qtbot, database, day=dt.date(2025, 9, 26))
    dialog.ask_provisional = lambda text, exporting: pytest_fail()
    dialog.export_notice()
    assert len(saved) == 1


def pytest_fail():
    raise AssertionError("asked about a final deadline")
