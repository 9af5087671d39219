"""首页 reads its figures, filing queues and rectification counts again only when something was
committed since (by this program or another) or the day turned; the figures still follow the registers."""

from __future__ import annotations

import datetime as dt

import pytest

from workstation.app import attach_database, build_main_window
from workstation.services.filing.service import FilingService
from workstation.services.home.figures import HomeService
from workstation.services.inspections.queues import InspectionQueues

EVERY_READ = ["home_counts", "queues", "summary"]


@pytest.fixture
def reads(monkeypatch) -> list[str]:
    seen: list[str] = []
    for cls, name in ((HomeService, "summary"), (FilingService, "queues"), (InspectionQueues, "home_counts")):
        original = getattr(cls, name)
        monkeypatch.setattr(cls, name, lambda self, *a, _o=original, _n=name, **k: (seen.append(_n), _o(self, *a, **k))[1])
    return seen


def open_window(qtbot, database, actor, today=dt.date.today):
    window = build_main_window(database, actor)
    qtbot.addWidget(window)
    attach_database(window, database, actor, today)
    window.show_area("fees")
    window.show_area("home")
    return window


def test_home_is_read_again_only_after_a_commit_or_on_a_new_day(qtbot, nurseries, actor, reads,
                                                               add_sample_nurseries):
    days = [dt.date(2026, 12, 4)]
    window = open_window(qtbot, nurseries, actor, today=lambda: days[0])
    reads.clear()
    window.show_area("fees")
    window.show_area("home")
    window.ui_context.events.notify("nurseries")  # a page said so, but nothing was committed
    assert reads == []

    add_sample_nurseries(1)  # another connection, as another program would
    window.ui_context.events.notify("nurseries")  # shown: the queues and counts follow at once
    assert sorted(reads) == ["home_counts", "queues"]
    window.show_area("fees")
    window.show_area("home")
    assert sorted(reads) == EVERY_READ  # the figures on the next visit
    assert window.home_page.ui.nurseriesValue.text() == "5"

    reads.clear()
    days[0] = dt.date(2026, 12, 5)  # the window stayed open past midnight: due dates moved
    window.show_area("fees")
    window.show_area("home")
    assert sorted(reads) == EVERY_READ
