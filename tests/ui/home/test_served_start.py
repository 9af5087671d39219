"""The start is usable before the ORM: 首页 (figures and queues) is filled by the start-up reader, the
database attaches when it has loaded, and a page asked for before that attaches it first; on a SQLite
file and on a server database alike (WS_TEST_DB=postgresql)."""

from __future__ import annotations

import os
import subprocess
import sys
from argparse import Namespace

import pytest
from PySide6.QtCore import QTimer

from workstation import app as app_module
from workstation.app import EXIT_OK, run_gui
from workstation.services.accounts import AuthService
from workstation.ui.areas import area_index
from workstation.ui.main_window import MainWindow
from workstation.ui.placeholder_page import PlaceholderPage

ADMIN = ("admin", "correct horse 1")
NOT_AT_START = ("sqlalchemy", "alembic", "openpyxl", "reportlab", "python_calamine", "pypinyin", "psycopg", "lxml",
                "workstation.cli_inbox", "workstation.cli_encryption", "workstation.exports", "logging.handlers",
                "sqlcipher3", "workstation.domain.filing", "workstation.domain.filing_rules",
                "workstation.domain.inspections", "workstation.domain.nursery")


@pytest.fixture
def signed_district(district):
    AuthService(district.factory).create_first_admin(ADMIN[0], "管理员", ADMIN[1])
    return district


@pytest.fixture
def isolated(monkeypatch, qapp, translators, watchdog):
    """Keep run_gui's global changes (hook, translators) inside the test; fail, don't hang (watchdog)."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    real_install = app_module.install_translator
    monkeypatch.setattr(app_module, "install_translator", lambda a, lang: translators.extend(real_install(a, lang)))


def args(**kw) -> Namespace:
    return Namespace(**{"lang": "zh", "screenshot": None, "quit_after_show": False, "credentials": ADMIN, **kw})


def test_the_measured_start_loads_no_orm_nor_any_file_library(signed_district, tmp_path):
    """`--quit-after-show` ends at the usable window: 首页 filled with its queues, and not one of
    these modules imported (the ORM alone was half a second of the start; psycopg's import most of what a
    server start added: the start-up reader speaks to a plain server through the standard library)."""
    not_at_start = NOT_AT_START
    code = (f"import sys, atexit\n"
            f"atexit.register(lambda: print(sorted(m for m in {not_at_start!r} if m in sys.modules)))\n"
            f"from workstation.cli import run\n"
            f"sys.exit(run(['--db', {str(signed_district.location)!r}, '--quit-after-show', '--login-stdin']))\n")
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "data"), XDG_STATE_HOME=str(tmp_path / "state"),
               QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", code], input=f"{ADMIN[0]}\n{ADMIN[1]}\n", capture_output=True,
                            text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_home_is_served_before_the_database_attaches_and_then_switches_to_it(monkeypatch, signed_district,
                                                                              isolated, qapp):
    from workstation.context import AppContext
    from workstation.ui.filing import HomeQueues

    seen: dict[str, object] = {}
    real_mark, real_attach = MainWindow.mark_usable, app_module._attach

    def mark_usable(window) -> None:
        queues = window.home_page.findChild(HomeQueues)
        seen.setdefault("usable", (getattr(window, "database", None), queues.tree.topLevelItemCount(), queues))
        real_mark(window)

    def attach(window, db, actor, arguments) -> None:
        real_attach(window, db, actor, arguments)
        seen["attached"] = (window.database, window.ui_context.app, window.home_page.findChildren(HomeQueues))
        QTimer.singleShot(0, qapp.quit)

    monkeypatch.setattr(MainWindow, "mark_usable", mark_usable)
    monkeypatch.setattr(app_module, "_attach", attach)

    assert run_gui(signed_district.location, args()) == EXIT_OK

    database, branches, served_queues = seen["usable"]
    assert database is None and branches == 5  # every filing queue shown, no database attached yet
    database, app, queues = seen["attached"]
    assert database is not None and isinstance(app, AppContext)
    assert queues == [served_queues]  # the same widgets, now asking the services


def has_registry_page(window) -> bool:
    return not isinstance(window.ui.pages.widget(area_index("registry")), PlaceholderPage)


def test_a_page_asked_for_before_the_database_has_loaded_attaches_it_first(monkeypatch, signed_district,
                                                                           isolated, qapp):
    from workstation.ui.accounts import DatabaseLoader

    monkeypatch.setattr(DatabaseLoader, "when_ready", lambda self, callback: None)  # it never loads by itself
    seen: list[tuple[bool, bool]] = []
    real_mark = MainWindow.mark_usable

    def mark_usable(window) -> None:
        real_mark(window)
        if not seen:
            seen.append((getattr(window, "database", None) is None, has_registry_page(window)))
            QTimer.singleShot(0, lambda: visit(window))

    def visit(window) -> None:
        window.show_area("registry")
        seen.append((window.database is not None, has_registry_page(window)))
        qapp.quit()

    monkeypatch.setattr(MainWindow, "mark_usable", mark_usable)

    assert run_gui(signed_district.location, args()) == EXIT_OK
    assert seen == [(True, False), (True, True)]


def test_the_home_figures_and_filing_queues_are_read_on_a_thread_of_their_own_during_the_sign_in(
        monkeypatch, signed_district, isolated, qapp):
    """首页's figures and filing queues (the start's largest queries) are read beside the password check,
    not after it, and the window shows what the services give."""
    import threading

    import workstation.services.filing as filing
    from workstation.services.home import HomeService
    from workstation.services.home.figures import HomeService as FiguresService
    from workstation.ui.filing import HomeQueues

    marks: list[str] = []
    reads: list[tuple[str, tuple[str, ...]]] = []
    real_sign_in, real_summary = app_module._sign_in, FiguresService.summary

    def sign_in(*arguments, **kwargs):
        marks.append("sign-in")
        return real_sign_in(*arguments, **kwargs)

    def summary(service, *arguments):
        reads.append((threading.current_thread().name, tuple(marks)))
        return real_summary(service, *arguments)

    real_queues = getattr(filing, "read_work_queues", None)
    queue_reads: list[str] = []

    def read_queues(*arguments, **kwargs):
        queue_reads.append(threading.current_thread().name)
        return real_queues(*arguments, **kwargs)

    def mark_usable(window) -> None:
        branches = window.home_page.findChild(HomeQueues).tree.topLevelItemCount()
        reads.append(("shown", (window.home_page.summary, branches)))  # type: ignore[arg-type]
        QTimer.singleShot(0, qapp.quit)

    monkeypatch.setattr(app_module, "_sign_in", sign_in)
    monkeypatch.setattr(FiguresService, "summary", summary)
    monkeypatch.setattr(filing, "read_work_queues", read_queues, raising=False)
    monkeypatch.setattr(MainWindow, "mark_usable", mark_usable)

    assert run_gui(signed_district.location, args()) == EXIT_OK

    (thread, seen_before), (_shown, (figures, branches)) = reads[0], reads[-1]
    assert thread != threading.main_thread().name and seen_before == ("sign-in",)
    assert len(reads) == 2  # the window used that reading, and read no other
    assert figures == HomeService(signed_district.factory).summary()
    assert queue_reads == [thread] and branches == 5  # the queues shown were read on that thread too
