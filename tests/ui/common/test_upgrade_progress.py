"""First start after an upgrade: the copy aside and the migration run behind a progress window."""

from __future__ import annotations

import hashlib
import sys
import threading
from argparse import Namespace
from pathlib import Path

import pytest
from alembic import command
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from workstation import app as app_module
from workstation.app import EXIT_OK, EXIT_STORAGE, run_gui
from workstation.db import migrate
from workstation.db.sqlite_file import probe_file
from workstation.ui.upgrade_progress import UpgradeProgressDialog

pytestmark = pytest.mark.sqlite_only("the copy aside and migration of a SQLite file at start-up")

ADMIN = ("admin", "correct horse 1")
OLDER = "20261205_0036"


class RecordingMessageBox:
    shown: list[tuple[str, str]] = []

    @classmethod
    def critical(cls, _parent, title: str, text: str) -> None:
        cls.shown.append((title, text))


@pytest.fixture(autouse=True)
def isolated(monkeypatch, qapp, translators):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    RecordingMessageBox.shown = []
    monkeypatch.setattr(app_module, "QMessageBox", RecordingMessageBox)
    real_install = app_module.install_translator
    monkeypatch.setattr(app_module, "install_translator", lambda a, lang: translators.extend(real_install(a, lang)))


@pytest.fixture
def older_file(district) -> Path:
    """A district file as the previous version of the program left it."""
    with district.engine.begin() as conn:
        config = migrate._alembic_config()
        config.attributes["connection"] = conn
        command.downgrade(config, OLDER)
    path = Path(district.location)
    district.close()
    assert probe_file(path)[0] == OLDER
    return path


class HeldUpgrade:
    """Wraps a step of the upgrade: records its thread and holds it until the progress window is seen."""

    def __init__(self, real) -> None:
        self.real = real
        self.threads: list[bool] = []
        self.window_seen = threading.Event()

    def __call__(self, *args, **kwargs):
        self.threads.append(threading.current_thread() is threading.main_thread())
        self.window_seen.wait(10)  # on the GUI thread nothing could show the window: fail, don't hang
        return self.real(*args, **kwargs)


def watch_for_progress_window(held: HeldUpgrade, seen: list[str]) -> None:
    def poll() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, UpgradeProgressDialog) and w.isVisible()]
        if dialogs and "正在升级结构" in dialogs[0].step.text():
            seen.append(dialogs[0].windowTitle())
            seen.append(dialogs[0].step.text())
            held.window_seen.set()
        else:
            QTimer.singleShot(5, poll)

    QTimer.singleShot(0, poll)


def args(**kw) -> Namespace:
    return Namespace(**{"lang": "zh", "screenshot": None, "quit_after_show": True, "credentials": ADMIN, **kw})


def test_an_older_file_is_copied_and_migrated_off_the_gui_thread_behind_a_progress_window(
        older_file, monkeypatch, watchdog):
    held = HeldUpgrade(migrate._upgrade)
    monkeypatch.setattr(migrate, "_upgrade", held)
    steps: list[tuple[str, int, int]] = []
    real_show = UpgradeProgressDialog.show_progress
    monkeypatch.setattr(UpgradeProgressDialog, "show_progress",
                        lambda self, *step: (steps.append(step), real_show(self, *step))[1])
    seen: list[str] = []
    watch_for_progress_window(held, seen)

    assert run_gui(str(older_file), args()) == EXIT_OK

    assert held.threads == [False]
    assert seen == ["正在升级数据库", "正在升级结构…"]
    backups = [s for s in steps if s[0] == "backup"]
    assert backups and backups[-1][1] == backups[-1][2] > 0  # the copy's pages, to 100 %
    assert steps[-1] == ("migrate", 0, 0)
    assert probe_file(older_file)[0] == migrate.HEAD
    assert list(older_file.parent.glob(f"{older_file.name}.before-{OLDER}-to-*.bak"))
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, UpgradeProgressDialog) and w.isVisible()]


def test_a_failed_upgrade_says_why_and_leaves_the_file_as_it_was(older_file, monkeypatch, watchdog):
    before = hashlib.sha256(older_file.read_bytes()).hexdigest()

    def broken(*_args, **_kwargs):
        raise RuntimeError("磁盘已满")

    held = HeldUpgrade(broken)
    monkeypatch.setattr(migrate, "_upgrade", held)
    seen: list[str] = []
    watch_for_progress_window(held, seen)

    assert run_gui(str(older_file), args()) == EXIT_STORAGE

    assert held.threads == [False] and seen[:1] == ["正在升级数据库"]
    assert len(RecordingMessageBox.shown) == 1
    title, text = RecordingMessageBox.shown[0]
    assert title == "无法打开数据库" and "磁盘已满" in text and "数据库文件未作任何改动" in text
    assert hashlib.sha256(older_file.read_bytes()).hexdigest() == before
    assert probe_file(older_file)[0] == OLDER


@pytest.fixture
def older_sealed(district) -> Path:
    """An encrypted district (as every new one is) that the previous version of the program left."""
    from cipher_support import RECOVERY

    from workstation.db.session import open_database
    from workstation.services.accounts import AuthService, seal_new_district, unlock

    AuthService(district.factory).create_first_admin(*ADMIN[:1], "管理员", ADMIN[1])
    seal_new_district(district, ADMIN[0], ADMIN[1], RECOVERY).close()
    db = open_database(district.location, unlock(district.location, *ADMIN))
    with db.engine.begin() as conn:
        config = migrate._alembic_config()
        config.attributes["connection"] = conn
        command.downgrade(config, OLDER)
    db.close()
    return Path(district.location)


def test_an_older_encrypted_file_is_migrated_behind_the_progress_window_after_the_password(
        older_sealed, monkeypatch, watchdog):
    held = HeldUpgrade(migrate._upgrade)
    monkeypatch.setattr(migrate, "_upgrade", held)
    seen: list[str] = []
    watch_for_progress_window(held, seen)

    assert run_gui(str(older_sealed), args()) == EXIT_OK

    assert held.threads == [False]
    assert seen == ["正在升级数据库", "正在升级结构…"]
    assert list(older_sealed.parent.glob(f"{older_sealed.name}.before-{OLDER}-to-*.bak"))


def test_a_server_database_that_cannot_be_opened_is_not_called_a_file():
    from workstation.domain.errors import StorageError

    def refused():
        raise StorageError("服务器拒绝了连接")

    assert app_module._open("postgresql+psycopg://desk@db.example:5432/district", refused) is None

    [(title, text)] = RecordingMessageBox.shown
    assert title == "无法打开数据库" and "服务器拒绝了连接" in text and "db.example" in text
    assert "数据库未作任何改动" in text and "文件" not in text
