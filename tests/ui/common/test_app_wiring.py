"""The composition root gives every built area its real page and merges timelines across areas."""

from __future__ import annotations

from workstation.app import attach_database, build_main_window
from workstation.demo import DemoService
from workstation.ui.placeholder_page import PlaceholderPage


def test_attach_database_installs_area_pages_and_timeline(qtbot, database, actor):
    DemoService(database.factory, actor).generate(40, seed=2)
    window = build_main_window(database, actor)
    qtbot.addWidget(window)
    attach_database(window, database, actor)
    for key in ("registry", "filing", "inspections", "fees", "registers", "settings"):
        assert not isinstance(window.page(key), PlaceholderPage), key
    intake_page = window.page("registry")
    timeline = intake_page._timeline
    kinds = {e.kind for nursery_id in range(1, 41) for e in timeline.timeline(nursery_id)}
    assert {"登记", "备案", "收费", "检查"} <= kinds
