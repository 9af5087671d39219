"""备案管理's first visit shows the work queues 首页 has just read (one read while nothing changes);
after a commit, or on another day, its refresh reads them again."""

from __future__ import annotations

import datetime as dt

from workstation.app import attach_database, build_main_window
from workstation.services.filing.service import FilingService


def test_the_filing_page_shares_the_home_pages_read_of_the_queues(qtbot, nurseries, actor, monkeypatch,
                                                                  add_sample_nurseries):
    limits: list[int] = []
    original = FilingService.queues
    monkeypatch.setattr(FilingService, "queues", lambda self, *a: (limits.append(a), original(self, *a))[1])
    days = [dt.date(2026, 12, 4)]
    window = build_main_window(nurseries, actor)
    qtbot.addWidget(window)
    attach_database(window, nurseries, actor, today=lambda: days[0])
    assert len(limits) == 1  # 首页's queues

    window.show_area("filing")
    page = window.page("filing")
    assert len(limits) == 1  # the first visit reads no queue again
    home_tree = window.home_page.findChild(type(page.ui.queueTree))
    assert page.ui.queueTree.topLevelItem(0).text(0) == home_tree.topLevelItem(0).text(0)

    add_sample_nurseries(1)  # committed: the next refresh reads
    page.refresh()
    assert len(limits) == 2
    days[0] = dt.date(2026, 12, 5)  # another day: due dates moved
    page.refresh()
    assert len(limits) == 3
