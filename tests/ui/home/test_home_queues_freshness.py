"""首页's staff and inbox queues, like its figures and filing queues, are read again only when something
was committed since (by this program or another) or the day turned: not on every visit or every event."""

from __future__ import annotations

import datetime as dt

import pytest

from workstation.app import attach_database, build_main_window
from workstation.services.inbox.service import InboxService
from workstation.services.inbox.unregistered import UnregisteredService
from workstation.services.staff.queue import StaffQueue


@pytest.fixture
def reads(monkeypatch) -> list[str]:
    seen: list[str] = []
    for cls, name in ((StaffQueue, "count"), (InboxService, "waiting"), (UnregisteredService, "count_pending")):
        original = getattr(cls, name)
        monkeypatch.setattr(cls, name, lambda self, *a, _o=original, _n=name, **k: (seen.append(_n), _o(self, *a, **k))[1])
    return seen


EVERY_READ = ["count", "count_pending", "waiting"]


def test_the_staff_and_inbox_queues_are_read_again_only_after_a_commit_or_on_a_new_day(
        qtbot, nurseries, actor, reads, add_sample_nurseries):
    days = [dt.date(2026, 12, 4)]
    window = build_main_window(nurseries, actor)
    qtbot.addWidget(window)
    attach_database(window, nurseries, actor, lambda: days[0])
    assert sorted(reads) == EVERY_READ  # read once for the first paint
    reads.clear()
    window.show_area("fees")
    window.show_area("home")
    window.ui_context.events.notify("nurseries")  # a page said so, but nothing was committed
    assert reads == []

    window.show_area("fees")
    add_sample_nurseries(1)  # another connection, as another program would
    window.ui_context.events.notify("nurseries")  # not shown: nothing read for a page out of sight
    assert reads == []
    window.show_area("home")
    assert sorted(reads) == EVERY_READ  # the visit reads what changed, once
    reads.clear()
    add_sample_nurseries(1)
    window.ui_context.events.notify("nurseries")  # shown: the queues follow at once
    assert sorted(reads) == EVERY_READ

    reads.clear()
    days[0] = dt.date(2026, 12, 5)  # the window stayed open past midnight: what is due moved
    window.show_area("fees")
    window.show_area("home")
    assert sorted(reads) == EVERY_READ
