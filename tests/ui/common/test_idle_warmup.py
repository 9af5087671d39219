"""After the window is usable and the pages' code has loaded in idle time, each page not visited yet
runs its first reads once (one page per idle turn), so its first visit finds its statements compiled;
the warm-up only reads, and a page already visited is skipped."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from workstation.app import attach_database, build_main_window
from workstation.services.common.context import Actor
from workstation.ui.idle_imports import IdleImports
from workstation.ui.idle_warmup import IdleWarmUp


def _statements(engine) -> list[str]:
    seen: list[str] = []

    def record(_conn, _cursor, statement, _params, _context, _many) -> None:
        seen.append(statement.lstrip().split(None, 1)[0].upper())

    event.listen(engine, "before_cursor_execute", record)
    return seen


@pytest.fixture
def window(qtbot, district):
    actor = Actor("admin", "管理员", role="ADMIN")
    window = build_main_window(district, actor)
    qtbot.addWidget(window)
    return window, actor


def test_the_unvisited_pages_first_reads_run_in_idle_turns_after_the_imports_and_write_nothing(qtbot, window,
                                                                                               district):
    window, actor = window
    seen = _statements(district.engine)
    attach_database(window, district, actor)
    warm_up = window.findChild(IdleWarmUp, "idleWarmUp")
    assert warm_up is not None and window.is_usable()
    assert warm_up.warmed == []  # nothing on the attach's own path: the window is usable first
    loader = window.findChild(IdleImports, "idleImports")
    before = len(seen)
    qtbot.waitUntil(lambda: not warm_up.pending(), timeout=60_000)
    assert not loader.pending()  # the reads come after the pages' code
    assert warm_up.warmed == ["registry", "filing", "inspections", "fees"]
    assert len(seen) > before
    writes = {word for word in seen[before:] if word not in ("SELECT", "WITH", "PRAGMA", "BEGIN", "SAVEPOINT",
                                                             "RELEASE", "ROLLBACK", "COMMIT", "SHOW", "SET")}
    assert writes == set()  # nothing written
    assert not any(window.built(key) for key in ("registry", "filing", "inspections", "fees"))  # no page built


def test_a_page_visited_before_its_turn_is_not_warmed_again(qtbot, window, district):
    window, actor = window
    attach_database(window, district, actor)
    window.show_area("fees")
    assert window.built("fees")
    warm_up = window.findChild(IdleWarmUp, "idleWarmUp")
    qtbot.waitUntil(lambda: not warm_up.pending(), timeout=60_000)
    assert "fees" not in warm_up.warmed
    assert warm_up.warmed == ["registry", "filing", "inspections"]


def test_a_released_database_is_not_read_again(qtbot, window, district):
    from workstation.window_database import release_database

    window, actor = window
    attach_database(window, district, actor)
    warm_up = window.findChild(IdleWarmUp, "idleWarmUp")
    release_database(window)  # before a restore: the file must stay closed
    seen = _statements(district.engine)
    qtbot.waitUntil(lambda: not warm_up.pending(), timeout=60_000)
    assert warm_up.warmed == [] and seen == []


def test_once_the_idle_work_is_done_the_start_is_kept_out_of_the_cycle_collector_until_release(qtbot, window,
                                                                                               district):
    import gc

    from workstation.services.imports.collector import older_objects_frozen
    from workstation.window_database import release_database

    window, actor = window
    gc.unfreeze()
    attach_database(window, district, actor)
    warm_up = window.findChild(IdleWarmUp, "idleWarmUp")
    at_attach = gc.get_freeze_count()
    assert at_attach > 10_000  # the window, the ORM: no full collection walks them again
    qtbot.waitUntil(lambda: not warm_up.pending(), timeout=60_000)
    frozen = gc.get_freeze_count()
    assert frozen > at_attach  # and the pages' code and compiled statements once the idle work is done
    with older_objects_frozen():  # a bulk write freezes what is older than it...
        assert gc.get_freeze_count() >= frozen
    assert gc.get_freeze_count() >= frozen  # ...and does not thaw the start with it
    release_database(window)
    assert gc.get_freeze_count() == 0  # a released window's objects may be collected again


def test_a_bulk_write_without_a_window_thaws_what_it_froze():
    import gc

    from workstation.services.imports.collector import older_objects_frozen

    gc.unfreeze()
    with older_objects_frozen():
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0
