"""首页's filing queue "due on the next working day" on the last day of a known year, when next year's
arrangement is not entered: New Year's Day is never named the next working day, and the day named is
marked provisional as every date counted through an unknown year is."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from workstation.i18n.translation import install_translator
from workstation.services.filing.queues import home_queues
from workstation.ui.filing.queues import HomeQueues


def next_day_branch(qtbot, district, today: dt.date) -> str:
    home = HomeQueues(lambda: home_queues(district.factory, lambda: today))
    qtbot.addWidget(home)
    home.refresh()
    branches = [home.tree.topLevelItem(i) for i in range(home.tree.topLevelItemCount())]
    return next(b.text(0) for b in branches if b.data(0, Qt.ItemDataRole.UserRole) == "due_next")


@pytest.mark.parametrize("today, shown", [
    (dt.date(2026, 12, 31), "下一工作日（2027-01-04）到期（暂定，节假日安排未录入）（0）"),  # Thu; Fri 1 Jan 元旦
    (dt.date(2027, 4, 30), "下一工作日（2027-05-03）到期（暂定，节假日安排未录入）（0）"),   # Fri; 1–2 May a weekend
    (dt.date(2027, 9, 30), "下一工作日（2027-10-04）到期（暂定，节假日安排未录入）（0）"),   # Thu; Fri 1 Oct 国庆节
])
def test_the_next_working_day_of_an_unknown_year_is_marked_provisional(qtbot, district, today, shown):
    assert next_day_branch(qtbot, district, today) == shown


def test_in_english_too(qtbot, qapp, translators, district):
    translators.extend(install_translator(qapp, "en"))
    assert next_day_branch(qtbot, district, dt.date(2026, 12, 31)) == (
        "Due next working day (2027-01-04) (provisional: holiday arrangement not entered) (0)")


def test_inside_a_known_year_the_title_is_unmarked(qtbot, district):
    assert next_day_branch(qtbot, district, dt.date(2026, 12, 4)) == "下一工作日（2026-12-07）到期（0）"
