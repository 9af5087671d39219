"""A nursery's 时间线 names the demo generator 演示数据 (English "Demo data"), not its code system:demo;
accounts by their display name (用户管理's 姓名, read once per fill), a command-line run as such."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import event, update
from staff_support import add_nursery

from workstation.app import attach_database, build_main_window
from workstation.db.orm import Nursery, WarningOverride
from workstation.db.orm.accounts import User
from workstation.domain.permissions import Role
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


def test_the_timeline_names_accounts_by_display_name_and_a_command_line_run_as_such(qtbot, district):
    nursery = add_nursery(district.factory)
    with district.factory.begin() as session:
        session.add(User(username="bench-clerk", display_name="基准测试登记员", role=Role.CLERK, password_hash="x"))
        session.add_all(WarningOverride(nursery_id=nursery, code="x", message="提示", reason="理由", created_by=who)
                        for who in ("bench-clerk", "gone", "os:root"))
    reads = []
    event.listen(district.engine, "before_cursor_execute",
                 lambda _c, _cur, statement, *_a: reads.append(statement) if "user_account" in statement else None)
    actors = timeline_actors(qtbot, district, nursery)
    assert "基准测试登记员" in actors and "bench-clerk" not in actors
    assert "gone" in actors  # no such account (any more): its name as recorded
    assert "命令行（操作系统用户 root）" in actors and "os:root" not in actors
    assert len([s for s in reads if "display_name" in s]) == 1  # the accounts read once for the fill, not per row
