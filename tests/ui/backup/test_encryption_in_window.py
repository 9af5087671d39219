"""The conversion from 系统设置 in the real main window: the window lets go of every connection first
(the walk found 加密数据库… refused as "正被其他程序占用" by the window's own connections)."""

from __future__ import annotations

from pathlib import Path

from cipher_support import RECOVERY, file_bytes

from workstation.app import attach_database, build_main_window, release_database
from workstation.services.accounts import AuthService

ADMIN_PW = "Admin-pass-2026"


def test_the_window_encrypts_its_own_plain_database(qtbot, district, monkeypatch):
    told: list[tuple[bool, str]] = []
    monkeypatch.setattr("workstation.ui.settings.area.tell_encrypted", lambda _parent, ok, text: told.append((ok, text)))
    admin = AuthService(district.factory).create_first_admin("admin", "管理员", ADMIN_PW)
    window = build_main_window(district, admin)
    qtbot.addWidget(window)
    attach_database(window, district, admin)
    window.show()
    qtbot.waitExposed(window)
    page = window.page("settings")
    page.encryption._release = lambda: release_database(window)
    with qtbot.waitSignal(page.encryption.finished, timeout=120_000):
        page.encryption.encrypt(ADMIN_PW, RECOVERY)
    assert told and told[0][0], told
    assert "九龙坡区".encode() not in file_bytes(Path(district.location))
