"""run_gui end to end on the shared QApplication: exit codes, first run, screenshot."""

from __future__ import annotations

import sys
from argparse import Namespace

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from workstation import app as app_module
from workstation.app import EXIT_OK, EXIT_STORAGE, run_gui
from workstation.db.session import open_database
from workstation.services.common.context import os_actor
from workstation.services.district.service import DistrictService


class RecordingMessageBox:
    shown: list[tuple[str, str]] = []

    @classmethod
    def critical(cls, _parent, title: str, text: str) -> None:
        cls.shown.append((title, text))


@pytest.fixture(autouse=True)
def isolated(monkeypatch, qapp, translators):
    """Keep run_gui's global changes (hook, translators, dialogs) inside the test."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    RecordingMessageBox.shown = []
    monkeypatch.setattr(app_module, "QMessageBox", RecordingMessageBox)
    real_install = app_module.install_translator
    monkeypatch.setattr(app_module, "install_translator", lambda a, lang: translators.extend(real_install(a, lang)))


def args(**kw) -> Namespace:
    return Namespace(**{"lang": "zh", "screenshot": None, "quit_after_show": False, **kw})


def test_not_a_database_exits_2_and_leaves_the_file_alone(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"these are my notes, not a database")

    assert run_gui(str(path), args(quit_after_show=True)) == EXIT_STORAGE

    assert path.read_bytes() == b"these are my notes, not a database"
    assert len(RecordingMessageBox.shown) == 1
    title, text = RecordingMessageBox.shown[0]
    assert title == "无法打开数据库" and "不是 SQLite 数据库文件" in text


ADMIN = ("admin", "correct horse 1")


def test_quit_after_show_returns_after_first_paint(district, watchdog):
    assert run_gui(district.location, args(quit_after_show=True, credentials=ADMIN)) == EXIT_OK


def test_screenshot_is_saved(tmp_path, district, watchdog):
    shot = tmp_path / "shots" / "main.png"
    assert run_gui(district.location, args(screenshot=str(shot), credentials=ADMIN)) == EXIT_OK
    image = QImage(str(shot))
    assert not image.isNull() and image.width() >= 900 and image.height() >= 560


def on_modal_dialog(action) -> None:
    """Run `action(dialog)` as soon as a modal dialog is up (exec() blocks the test)."""
    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, poll)
        else:
            action(dialog)

    QTimer.singleShot(0, poll)


def test_first_run_cancelled_exits_0_without_a_district(db_path, watchdog):
    on_modal_dialog(lambda dialog: dialog.reject())
    assert run_gui(str(db_path), args(quit_after_show=True)) == EXIT_OK
    db = open_database(db_path)
    try:
        assert DistrictService(db.factory, os_actor()).get() is None
    finally:
        db.close()


def test_first_run_accepted_opens_the_main_window(database):
    def fill(dialog) -> None:
        dialog.ui.divisionCodeEdit.setText("500107")
        dialog.ui.nameEdit.setText("九龙坡区")
        dialog.accept()

    on_modal_dialog(fill)
    district = app_module.ensure_district(DistrictService(database.factory, os_actor()))
    assert district is not None and district.name == "九龙坡区"


def test_unexpected_start_up_error_is_shown_not_swallowed(monkeypatch, db_path):
    from workstation.ui import crash

    monkeypatch.setattr(crash, "QMessageBox", RecordingMessageBox)

    def broken_open(_path):
        raise RuntimeError("意外故障")

    monkeypatch.setattr("workstation.db.session.open_database", broken_open)
    assert run_gui(str(db_path), args()) == app_module.EXIT_INTERNAL
    assert len(RecordingMessageBox.shown) == 1
    assert "RuntimeError: 意外故障" in RecordingMessageBox.shown[0][1]


def test_quit_after_show_waits_for_the_usable_window(monkeypatch, district, watchdog, qapp):
    """The measured start ends with the home page's queues shown, not at the shell's first paint."""
    from workstation.ui.filing import HomeQueues

    seen: list[tuple[bool, int]] = []
    real_run_window = app_module._run_window

    def recording(app, window):
        def record() -> None:
            seen.append((getattr(window, "is_usable", lambda: False)(), len(window.home_page.findChildren(HomeQueues))))

        qapp.aboutToQuit.connect(record)
        try:
            return real_run_window(app, window)
        finally:
            qapp.aboutToQuit.disconnect(record)  # later tests' event loops must not call into this window

    monkeypatch.setattr(app_module, "_run_window", recording)
    assert run_gui(district.location, args(quit_after_show=True, credentials=ADMIN)) == EXIT_OK
    assert seen[:1] == [(True, 1)]


def test_the_cycle_collector_waits_from_the_sign_in_to_the_first_paint_only(monkeypatch, district, watchdog, qapp):
    """Building the window after a sign-in makes thousands of objects and no garbage worth a pause; once
    the window has painted (and whatever happens after the start) the collector runs again."""
    import gc

    from workstation.ui.main_window import MainWindow

    at_build: list[bool] = []
    real_init = MainWindow.__init__

    def init(self, *arguments, **keywords) -> None:
        at_build.append(gc.isenabled())
        real_init(self, *arguments, **keywords)

    monkeypatch.setattr(MainWindow, "__init__", init)
    assert gc.isenabled()
    assert run_gui(district.location, args(quit_after_show=True, credentials=ADMIN)) == EXIT_OK
    assert at_build == [False]  # held while the signed-in window was built
    assert gc.isenabled()  # and running again after it
