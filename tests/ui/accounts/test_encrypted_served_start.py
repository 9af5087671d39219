"""The start on an encrypted district is the served start of a plain file (#17): the password unwraps the
district key without the ORM, 首页 is served by the start-up reader with the key, and the database
attaches after the usable window; wrong passwords and lockouts before the unlock are refused as before."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from argparse import Namespace

import pytest
from cipher_support import RECOVERY
from PySide6.QtCore import QTimer
from sqlalchemy import select

from workstation import app as app_module
from workstation.app import EXIT_OK, run_gui
from workstation.db.orm.audit import AuditEntry
from workstation.db.session import open_database
from workstation.db.sign_in_attempts import attempts_path, entry_ids, pending
from workstation.domain.permissions import Role
from workstation.services.accounts import AuthService, UserService, seal_new_district, unlock
from workstation.services.accounts.auth import POLICY, LoginFailed
from workstation.ui.main_window import MainWindow

pytestmark = pytest.mark.sqlite_only("the unlock of a SQLCipher file (a server has no keyring)")

ADMIN_PW, CLERK_PW, WRONG = "Admin-pass-2026", "Clerk-pass-2026", "Not-the-password-1"
# Loaded by the window's start only after it is usable (sqlcipher3 opens the file, so it is not listed)
NOT_BEFORE_USABLE = ("sqlalchemy", "alembic", "openpyxl", "reportlab", "python_calamine", "pypinyin", "psycopg",
                     "lxml", "workstation.db.session", "workstation.db.orm", "workstation.exports")


@pytest.fixture
def sealed(district):
    """The small district with an administrator and a clerk, sealed as a new district is (closed)."""
    admin = AuthService(district.factory).create_first_admin("admin", "管理员", ADMIN_PW)
    db = seal_new_district(district, "admin", ADMIN_PW, RECOVERY)
    UserService(db.factory, admin).create("clerk", "经办人", Role.CLERK, CLERK_PW)
    db.close()
    return district.location


def start_window(path, tmp_path, user: str, password: str) -> tuple[int, list, str]:
    """The measured start (`--quit-after-show --login-stdin`) in a child process: its exit code, what it
    saw when the window became usable (modules above loaded, database attached, who serves 首页), the
    unlocks and reader password checks made (on which thread), and stderr."""
    code = f"""
import json, sys, threading
import workstation.services.accounts.fast_path as fast_path
import workstation.services.accounts.key_unlock as key_unlock
from workstation.ui.main_window import MainWindow
seen, calls = [], []
real_mark, real_unlock, real_check = MainWindow.mark_usable, key_unlock.unlock_for_sign_in, fast_path.quick_login

def unlock(*arguments):
    calls.append(["unlock", threading.current_thread().name])
    return real_unlock(*arguments)

def quick_login(*arguments):
    calls.append(["password check", threading.current_thread().name])
    return real_check(*arguments)

key_unlock.unlock_for_sign_in, fast_path.quick_login = unlock, quick_login

def mark_usable(window):
    seen.append([sorted(m for m in {NOT_BEFORE_USABLE!r} if m in sys.modules),
                 getattr(window, "database", None) is not None, type(window.ui_context.app).__name__])
    real_mark(window)

MainWindow.mark_usable = mark_usable
from workstation.cli import run
code = run(['--db', {str(path)!r}, '--quit-after-show', '--login-stdin'])
loaded = sorted(m for m in {NOT_BEFORE_USABLE!r} if m in sys.modules)
print(json.dumps([seen, loaded, calls]))
sys.exit(code)
"""
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "data"), XDG_STATE_HOME=str(tmp_path / "state"),
               QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", code], input=f"{user}\n{password}\n", capture_output=True,
                            text=True, env=env, timeout=120)
    return result.returncode, json.loads(result.stdout.strip().splitlines()[-1]), result.stderr


def test_the_clerks_password_serves_home_before_the_orm_is_imported(sealed, tmp_path):
    code, (seen, _loaded, calls), err = start_window(sealed, tmp_path, "clerk", CLERK_PW)
    assert code == 0, err
    assert seen == [[[], False, "ServedApp"]]  # usable: 首页 from the reader, no ORM, no database yet
    # unlocked once, on the thread begun as the credentials were read (before Qt loads: sign_in_ahead),
    # then the password's hash checked on the reader by the window's sign-in
    assert calls == [["unlock", "sign-in-ahead"], ["password check", "MainThread"]]


def test_a_wrong_password_is_refused_and_counted_without_opening_the_database(sealed, tmp_path):
    code, (seen, loaded, calls), err = start_window(sealed, tmp_path, "clerk", WRONG)
    assert code == 1 and "用户名或密码不正确" in err
    assert seen == [] and loaded == []  # refused at the keyring: nothing of the ORM loaded
    counts = pending(sealed)
    assert counts[entry_ids(sealed, "clerk")[0]].failures == 1  # counted beside the keyring, once (by HMAC)
    assert calls == [["unlock", "sign-in-ahead"]]  # unlocked once, begun with the command's credentials


def test_a_locked_account_is_refused_with_its_right_password_without_opening_the_database(sealed, tmp_path):
    for _ in range(POLICY.max_failures):
        with pytest.raises(LoginFailed):
            unlock(str(sealed), "clerk", WRONG)
    code, (seen, loaded, _calls), err = start_window(sealed, tmp_path, "clerk", CLERK_PW)
    assert code == 1 and "该账号因连续多次密码错误已被锁定" in err
    assert seen == [] and loaded == []
    code, (seen, _loaded, _calls), err = start_window(sealed, tmp_path, "admin", ADMIN_PW)  # others still sign in
    assert code == 0 and seen == [[[], False, "ServedApp"]], err


@pytest.fixture
def isolated(monkeypatch, qapp, translators, watchdog):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    real_install = app_module.install_translator
    monkeypatch.setattr(app_module, "install_translator", lambda a, lang: translators.extend(real_install(a, lang)))


def test_home_is_read_beside_the_password_check_and_the_sign_in_is_audited_once_attached(
        monkeypatch, sealed, isolated, qapp):
    """As on a plain file: 首页's figures are read on a thread of their own while the password is checked,
    the window is usable before the database attaches, and the attach records the sign-in together with
    the wrong passwords typed before the unlock."""
    from workstation.services.home.figures import HomeService as FiguresService

    with pytest.raises(LoginFailed):
        unlock(str(sealed), "admin", WRONG)
    reads: list[str] = []
    seen: dict[str, object] = {}
    real_summary, real_mark, real_attach = FiguresService.summary, MainWindow.mark_usable, app_module._attach

    def summary(service, *arguments):
        reads.append(threading.current_thread().name)
        return real_summary(service, *arguments)

    def mark_usable(window) -> None:
        seen.setdefault("usable", getattr(window, "database", None))
        real_mark(window)

    def attach(window, db, actor, arguments) -> None:
        real_attach(window, db, actor, arguments)
        seen["attached"] = window.database
        QTimer.singleShot(0, qapp.quit)

    monkeypatch.setattr(FiguresService, "summary", summary)
    monkeypatch.setattr(MainWindow, "mark_usable", mark_usable)
    monkeypatch.setattr(app_module, "_attach", attach)

    arguments = Namespace(lang="zh", screenshot=None, quit_after_show=False, credentials=("clerk", CLERK_PW))
    assert run_gui(sealed, arguments) == EXIT_OK

    assert reads == ["home-figures"]  # read once, beside the password check, not after it
    assert seen["usable"] is None and seen["attached"] is not None
    assert not attempts_path(sealed).exists() or not set(entry_ids(sealed, "admin")) & set(pending(sealed))
    db = open_database(sealed, unlock(str(sealed), "admin", ADMIN_PW))
    try:
        with db.factory() as session:
            rows = session.execute(select(AuditEntry.action, AuditEntry.actor, AuditEntry.details)
                                   .where(AuditEntry.action.in_(("login", "login_failed")))).all()
    finally:
        db.close()
    assert ("login", "clerk") in [(action, actor) for action, actor, _details in rows]
    assert {"username": "admin", "why": "before_unlock", "failures": 1} in [
        json.loads(details) for action, _actor, details in rows if action == "login_failed"]


def test_at_the_login_dialog_the_database_opens_after_the_window_not_beside_the_sign_in(sealed):
    """Typed at the dialog, the password unlocks and 首页 is served; the database (engine, migrations check)
    opens after the window's first paint instead of competing with the sign-in's reads."""
    from workstation.ui.accounts import UnlockingAuth

    auth = UnlockingAuth(sealed, preload=True)
    try:
        assert auth.login("clerk", CLERK_PW).username == "clerk"
        assert auth.reader is not None  # served from the start-up reader under the key
        assert auth.loader.database is None and not auth.loader._started
    finally:
        auth.close()
