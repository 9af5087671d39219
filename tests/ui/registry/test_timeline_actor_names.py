"""A nursery's 时间线 names the demo generator 演示数据 (English "Demo data"), not its code system:demo."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import update
from staff_support import add_nursery

from workstation.app import attach_database, build_main_window
from workstation.db.orm import Nursery
from workstation.i18n.translation import install_translator
from workstation.services.common.context import Actor

CLERK = Actor("clerk", "王登记", "CLERK")
TODAY = dt.date(2026, 12, 4)


def timeline_actors(qtbot, district, nursery: int) -> list[str]:
    window = build_main_window(district, CLERK)
    qtbot.addWidget(window)
    attach_database(window, district, CLERK, today=lambda: TODAY)
    area = window.page("registry")
    area.open_record(nursery)
    qtbot.addWidget(area.record_dialog)
    table = area.record_dialog.ui.timelineTable
    return [table.item(r, 2).text() for r in range(table.rowCount())]


def demo_nursery(district) -> int:
    nursery = add_nursery(district.factory)
    with district.engine.begin() as conn:  # as the demo generator writes it
        conn.execute(update(Nursery).where(Nursery.id == nursery).values(created_by="system:demo"))
    return nursery


def test_the_timeline_names_the_demo_generator(qtbot, district):
    actors = timeline_actors(qtbot, district, demo_nursery(district))
    assert "演示数据" in actors and "system:demo" not in actors


def test_the_english_timeline_says_demo_data(qtbot, qapp, translators, district):
    translators.extend(install_translator(qapp, "en"))
    actors = timeline_actors(qtbot, district, demo_nursery(district))
    assert "Demo data" in actors
