"""The composition root gives every built area its real page and merges timelines across areas."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from workstation.app import attach_database, build_main_window
from workstation.db.engine import CACHE_KIB, INTERACTIVE_CACHE_KIB
from workstation.db.locations import is_server
from workstation.db.readers import quick_reader
from workstation.demo import DemoService
from workstation.exports import RegisterFilters, export_register
from workstation.services.accounts import AuthService
from workstation.ui.placeholder_page import PlaceholderPage
from workstation.window_database import release_database


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


def test_the_window_reads_through_the_smaller_page_cache_and_an_export_gives_it_back(qtbot, district, actor,
                                                                                    tmp_path):
    database = district
    # 64 MB of cached pages per connection made up a quarter of the window's memory at 100k nurseries
    window = build_main_window(database, actor)
    qtbot.addWidget(window)
    with database.factory() as session:  # a pooled connection opened before the window had the database
        assert session.execute(text("PRAGMA cache_size")).scalar_one() == -CACHE_KIB
    attach_database(window, database, actor)
    with database.factory() as session:
        assert session.execute(text("PRAGMA cache_size")).scalar_one() == -INTERACTIVE_CACHE_KIB
    export_register(database.factory, "nurseries", "xlsx", tmp_path / "r.xlsx", RegisterFilters(),
                    preparer="测试员")
    with database.factory() as session:
        assert session.execute(text("PRAGMA cache_size")).scalar_one() == -INTERACTIVE_CACHE_KIB


def test_a_released_window_leaves_its_changes_in_the_file_itself(qtbot, district, actor):
    """At exit the read-only connections close first: the database's own closes last and folds the
    write-ahead log into the file, so a copy of the file alone holds the latest changes."""
    if is_server(district.location):
        pytest.skip("a SQLite file's write-ahead log")
    AuthService(district.factory).create_first_admin("admin", "管理员", "Admin-pass-2026")
    window = build_main_window(district, actor)
    qtbot.addWidget(window)
    window.readers = [quick_reader(str(district.location))]  # the start-up reader, as the served start keeps it
    attach_database(window, district, actor)  # (adds the change stamp's reader)
    assert len(window.readers) == 2
    DemoService(district.factory, actor).generate(5, seed=3)  # changes, in the log until a checkpoint
    wal = Path(f"{district.location}-wal")
    assert wal.exists() and wal.stat().st_size > 0
    release_database(window)
    assert not wal.exists() or wal.stat().st_size == 0
