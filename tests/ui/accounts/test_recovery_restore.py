"""A new computer in the window: the first-run dialog offers 从加密备份恢复; the restore dialog takes the
backup and the district's recovery secret, refuses a wrong secret writing nothing, and once restored
the administrator's new password opens the district."""

from __future__ import annotations

import datetime as dt

import pytest
from cipher_support import RECOVERY
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from workstation.db import keyring
from workstation.db.session import open_database
from workstation.domain.permissions import Role
from workstation.services.accounts import AuthService, UserService, seal_new_district, unlock
from workstation.services.backup import backup
from workstation.services.common.context import Actor
from workstation.services.district import DistrictService
from workstation.ui.accounts import RecoveryRestoreDialog, UnlockingAuth
from workstation.ui.accounts.login_dialog import LoginDialog
from workstation.ui.first_run_dialog import FirstRunDialog

pytestmark = pytest.mark.sqlite_only("SQLCipher files and their keyring")

ADMIN_PW, NEW_PW = "Admin-pass-2026", "New-computer-2026"


@pytest.fixture
def encrypted_backup(demo_database, tmp_path):
    """A backup of a sealed district (made on the old computer)."""
    path = tmp_path / "old" / "w.db"
    path.parent.mkdir()
    db = demo_database(path, 4, seed=8, today=dt.date(2026, 12, 4), actor=Actor("tester", "测试员", "SYSTEM"))
    admin = AuthService(db.factory).create_first_admin("admin", "管理员", ADMIN_PW)
    seal_new_district(db, "admin", ADMIN_PW, RECOVERY).close()
    key = unlock(str(path), "admin", ADMIN_PW)
    return backup(path, tmp_path / "a.wsbackup", actor=admin, district_key=key).path


@pytest.fixture
def first_start(tmp_path):
    """The empty database the first start on the new computer made."""
    path = tmp_path / "new" / "w.db"
    path.parent.mkdir()
    open_database(path).close()
    return path


def _fill(qtbot, dialog, backup_file, secret):
    for edit, text in ((dialog.file_edit, str(backup_file)), (dialog.user_edit, "admin"),
                       (dialog.secret_edit, secret), (dialog.password_edit, NEW_PW), (dialog.confirm_edit, NEW_PW)):
        edit.clear()
        qtbot.keyClicks(edit, text)


def test_the_first_run_dialog_offers_the_restore_instead_of_a_new_district(qtbot, database):
    dialog = FirstRunDialog(DistrictService(database.factory, Actor("tester", "测试员", "SYSTEM")),
                            offer_restore=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.restore_requested and dialog.result() == QDialog.DialogCode.Rejected


def test_a_wrong_secret_writes_nothing_and_the_right_one_restores_with_a_new_administrator_password(
        qtbot, encrypted_backup, first_start):
    dialog = RecoveryRestoreDialog(str(first_start))
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(qtbot, dialog, encrypted_backup, "Not-the-secret-2026")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.isVisible() and "辖区恢复口令不正确" in dialog.error_label.text()
    assert not keyring.has_keyring(first_start)
    _fill(qtbot, dialog, encrypted_backup, RECOVERY)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error_label.text()
    assert len(keyring.accounts(first_start)) == 1 and keyring.has_account(first_start, "admin")
    db = open_database(first_start, unlock(str(first_start), "admin", NEW_PW))
    try:
        assert AuthService(db.factory).login("admin", NEW_PW).role == "ADMIN"
    finally:
        db.close()


CLERK_PW = "Clerk-old-pass-2026"


@pytest.fixture
def office_backup(demo_database, tmp_path):
    """A backup of a sealed district with a clerk besides the administrator."""
    path = tmp_path / "office" / "w.db"
    path.parent.mkdir()
    db = demo_database(path, 3, seed=9, today=dt.date(2026, 12, 4), actor=Actor("tester", "测试员", "SYSTEM"))
    admin = AuthService(db.factory).create_first_admin("admin", "管理员", ADMIN_PW)
    sealed = seal_new_district(db, "admin", ADMIN_PW, RECOVERY)
    UserService(sealed.factory, admin).create("clerk", "钱登记", Role.CLERK, CLERK_PW)
    sealed.close()
    key = unlock(str(path), "admin", ADMIN_PW)
    return backup(path, tmp_path / "office.wsbackup", actor=admin, district_key=key).path


def test_after_the_restore_a_clerk_signs_in_at_the_login_dialog_with_their_own_password(
        qtbot, office_backup, first_start):
    restore = RecoveryRestoreDialog(str(first_start))
    qtbot.addWidget(restore)
    restore.show()
    _fill(qtbot, restore, office_backup, RECOVERY)
    qtbot.keyClick(restore, Qt.Key.Key_Return)
    assert restore.result() == QDialog.DialogCode.Accepted, restore.error_label.text()
    auth = UnlockingAuth(str(first_start))
    login = LoginDialog(auth)
    qtbot.addWidget(login)
    login.show()
    try:
        qtbot.keyClicks(login.ui.usernameEdit, "clerk")
        qtbot.keyClicks(login.ui.passwordEdit, CLERK_PW)
        qtbot.keyClick(login.ui.passwordEdit, Qt.Key.Key_Return)
        assert login.result() == QDialog.DialogCode.Accepted, login.ui.messageLabel.text()
        assert login.actor is not None and login.actor.role == Role.CLERK.value
    finally:
        auth.close()
