"""The window on an encrypted district: a new district is sealed at its first run (recovery secret
asked after the first administrator), and each person's own password unlocks it at sign-in."""

from __future__ import annotations

import sqlite3
import sys
from argparse import Namespace

import pytest
from cipher_support import RECOVERY, file_bytes
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from workstation import app as app_module
from workstation.app import EXIT_FAILED, EXIT_OK, run_gui
from workstation.db import keyring
from workstation.db.session import open_database
from workstation.domain.permissions import Role
from workstation.services.accounts import AuthService, UserService, seal_new_district, unlock

ADMIN_PW, CLERK_PW = "Admin-pass-2026", "Clerk-pass-2026"


@pytest.fixture(autouse=True)
def isolated(monkeypatch, qapp, translators):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    real_install = app_module.install_translator
    monkeypatch.setattr(app_module, "install_translator", lambda a, lang: translators.extend(real_install(a, lang)))


def args(**kw) -> Namespace:
    return Namespace(**{"lang": "zh", "screenshot": None, "quit_after_show": True, **kw})


@pytest.fixture
def sealed_district(district):
    """The small district with an administrator and a clerk, sealed as a new district is."""
    admin = AuthService(district.factory).create_first_admin("admin", "管理员", ADMIN_PW)
    sealed = seal_new_district(district, "admin", ADMIN_PW, RECOVERY)
    UserService(sealed.factory, admin).create("clerk", "经办人", Role.CLERK, CLERK_PW)
    sealed.close()
    return district.location


def test_a_clerk_signs_in_to_an_encrypted_district_with_their_own_password(sealed_district, watchdog, capsys):
    assert run_gui(sealed_district, args(credentials=("clerk", "Wrong-pass-2026"))) == EXIT_FAILED
    assert "用户名或密码不正确" in capsys.readouterr().err
    assert run_gui(sealed_district, args(credentials=("clerk", CLERK_PW))) == EXIT_OK


def test_the_first_run_seals_the_new_district_under_the_recovery_secret(db_path, watchdog):
    answers = [_district, _first_admin, _weak_secret, _recovery_secret]

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and not getattr(dialog, "answered", False):
            dialog.answered = True
            answers.pop(0)(dialog)
        if answers:  # (no poll may outlive this test)
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
    assert run_gui(str(db_path), args()) == EXIT_OK
    assert keyring.has_account(db_path, "chief") and len(keyring.accounts(db_path)) == 1
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(db_path).execute("SELECT count(*) FROM district").fetchone()
    assert "九龙坡区".encode() not in file_bytes(db_path)
    assert keyring.unlock_with_recovery(db_path, RECOVERY) == unlock(str(db_path), "chief", ADMIN_PW)
    db = open_database(db_path, unlock(str(db_path), "chief", ADMIN_PW))
    try:
        assert AuthService(db.factory).login("chief", ADMIN_PW).role == "ADMIN"
    finally:
        db.close()


def _district(dialog) -> None:
    dialog.ui.divisionCodeEdit.setText("500107")
    dialog.ui.nameEdit.setText("九龙坡区")
    dialog.accept()


def _first_admin(dialog) -> None:
    dialog.ui.usernameEdit.setText("chief")
    dialog.ui.passwordEdit.setText(ADMIN_PW)
    dialog.ui.confirmEdit.setText(ADMIN_PW)
    dialog.accept()


def _weak_secret(dialog) -> None:
    """The administrator's own password is refused as the recovery secret; the dialog stays."""
    assert dialog.windowTitle() == "设置辖区恢复口令"
    dialog.ui.newEdit.setText(ADMIN_PW)
    dialog.ui.confirmEdit.setText(ADMIN_PW)
    dialog.accept()
    assert dialog.isVisible() and "不能与管理员密码相同" in dialog.ui.messageLabel.text()
    dialog.answered = False


def _recovery_secret(dialog) -> None:
    dialog.ui.newEdit.setText(RECOVERY)
    dialog.ui.confirmEdit.setText(RECOVERY)
    dialog.accept()


def test_cancelling_the_recovery_secret_says_the_district_is_not_encrypted_and_how_to_encrypt_it(
        db_path, watchdog, monkeypatch):
    from workstation.ui import main_window

    shown: list[str] = []
    real_show = main_window.MainWindow.showEvent
    monkeypatch.setattr(main_window.MainWindow, "showEvent",
                        lambda window, event: (shown.append("window"), real_show(window, event)))
    told: list[str] = []

    def _cancel_secret(dialog) -> None:
        assert dialog.windowTitle() == "设置辖区恢复口令"
        dialog.reject()

    def _read_warning(box) -> None:
        told.append(box.windowTitle() + "|" + box.text())
        box.accept()

    answers = [_district, _first_admin, _cancel_secret, _read_warning]

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and not getattr(dialog, "answered", False):
            dialog.answered = True
            answers.pop(0)(dialog)
        if answers:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
    assert run_gui(str(db_path), args()) == EXIT_OK
    assert len(told) == 1
    title, text = told[0].split("|")
    assert title == "数据库未加密"
    assert "数据库未加密" in text and "系统设置 → 备份与恢复" in text and "加密数据库…" in text
    assert shown == ["window"]  # the administrator goes on into the district
    assert not keyring.has_keyring(db_path)
    assert sqlite3.connect(db_path).execute("SELECT username FROM user_account").fetchall() == [("chief",)]
