"""系统设置 — 备份: the database's encryption shown, and the administrator's conversion of a plain one."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from cipher_support import RECOVERY, file_bytes
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from workstation.db import keyring
from workstation.domain.permissions import Role
from workstation.services.accounts import AuthService, UserService
from workstation.ui.settings.encryption_panel import EncryptionPanel

ADMIN_PW = "Admin-pass-2026"


@pytest.fixture
def admin(district):
    return AuthService(district.factory).create_first_admin("admin", "管理员", ADMIN_PW)


def panel_for(qtbot, district, actor, tmp_path, released: list) -> EncryptionPanel:
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    layout.addWidget(QLabel("backupInfo"))
    layout.addWidget(QPushButton("backup"))
    return EncryptionPanel(layout, district.location, actor, AuthService(district.factory),
                           lambda: (released.append(True), district.close()), lambda: tmp_path / "backups",
                           parent=host)


def test_the_administrator_encrypts_a_plain_database_after_a_backup(qtbot, district, admin, tmp_path):
    released: list = []
    panel = panel_for(qtbot, district, admin, tmp_path, released)
    assert "未加密" in panel.status.text() and not panel.button.isHidden()
    panel.button.click()
    dialog = panel.dialog
    dialog.ui.currentEdit.setText("Wrong-pass-2026")
    dialog.ui.newEdit.setText(RECOVERY)
    dialog.ui.confirmEdit.setText(RECOVERY)
    dialog.accept()
    assert dialog.isVisible() and "密码不正确" in dialog.ui.messageLabel.text() and not released
    dialog.ui.currentEdit.setText(ADMIN_PW)
    dialog.ui.newEdit.setText(RECOVERY)
    dialog.ui.confirmEdit.setText(RECOVERY)
    with qtbot.waitSignal(panel.finished, timeout=60_000) as done:
        dialog.accept()
    encrypted, text = done.args
    assert encrypted and "加密前的备份在" in text and released
    assert list((tmp_path / "backups").iterdir())
    assert keyring.has_account(district.location, "admin") and len(keyring.accounts(district.location)) == 1
    assert "九龙坡区".encode() not in file_bytes(Path(district.location))
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(district.location).execute("SELECT count(*) FROM district").fetchone()
    panel.describe()
    assert "已加密" in panel.status.text() and panel.button.isHidden()


def test_only_the_administrator_is_offered_the_conversion(qtbot, district, admin, tmp_path):
    manager = UserService(district.factory, admin).create("boss", "科长", Role.MANAGER, "Manager-pass-2026")
    actor = AuthService(district.factory).login(manager.username, "Manager-pass-2026")
    panel = panel_for(qtbot, district, actor, tmp_path, [])
    assert "未加密" in panel.status.text() and panel.button.isHidden()


def test_the_secret_form_speaks_of_the_recovery_secret_not_a_password(qtbot, district, admin, tmp_path):
    released: list = []
    panel = panel_for(qtbot, district, admin, tmp_path, released)
    panel.button.click()
    dialog = panel.dialog
    dialog.ui.currentEdit.setText(ADMIN_PW)
    dialog.ui.newEdit.setText(RECOVERY)
    dialog.ui.confirmEdit.setText(RECOVERY + "x")
    dialog.accept()
    assert dialog.ui.messageLabel.text() == "两次输入的恢复口令不一致。"
    for secret, message in (("short1", "恢复口令至少需要 10 个字符。"),
                            ("aaaaaaaaaaaa", "恢复口令过于简单，请混用不同的字母、数字或符号。")):
        dialog.ui.newEdit.setText(secret)
        dialog.ui.confirmEdit.setText(secret)
        dialog.accept()
        assert dialog.ui.messageLabel.text() == message
        assert dialog.isVisible() and not released
    dialog.reject()
