"""A conversion to an encrypted database that fails leaves no plain backup behind without a word:
the backup made before it is removed when nothing was converted, and the message says so."""

from __future__ import annotations

import sqlite3

import pytest

from workstation.db import keyring
from workstation.db.session import open_database
from workstation.db.sqlite import encrypt_file
from workstation.domain.errors import StorageError
from workstation.services.accounts import AuthService
from workstation.services.backup import encrypt_database

pytestmark = pytest.mark.sqlite_only("SQLCipher encrypts the SQLite file (a server encrypts its own storage)")

ADMIN_PW, RECOVERY = "Admin-pass-2026", "Recovery-secret-2026"


def test_a_failed_conversion_removes_its_plain_backup_and_says_so(district, monkeypatch, tmp_path):
    path = district.location
    admin = AuthService(district.factory).create_first_admin("admin", "管理员", ADMIN_PW)
    district.close()
    monkeypatch.setattr(encrypt_file, "_problems", lambda _path, _key: ["page 7: hmac check failed"])
    folder = tmp_path / "backups"

    with pytest.raises(StorageError) as refused:
        encrypt_database(str(path), admin, ADMIN_PW, RECOVERY, backup_folder=folder)

    message = refused.value.message
    assert "加密副本未通过检查" in message
    assert "本次加密前所做的备份已删除，没有留下未加密的副本" in message
    assert [p.name for p in folder.iterdir()] == []  # no plain copy of the district left behind
    assert not keyring.has_keyring(path)
    assert sqlite3.connect(path).execute("SELECT count(*) FROM user_account").fetchone() == (1,)
    open_database(path).close()  # still the district it was


def test_a_refused_conversion_can_be_tried_again_and_then_keeps_its_backup(district, monkeypatch, tmp_path):
    path = district.location
    admin = AuthService(district.factory).create_first_admin("admin", "管理员", ADMIN_PW)
    district.close()
    folder = tmp_path / "backups"
    with monkeypatch.context() as patched:
        patched.setattr(encrypt_file, "_problems", lambda _path, _key: ["bad page"])
        with pytest.raises(StorageError):
            encrypt_database(str(path), admin, ADMIN_PW, RECOVERY, backup_folder=folder)
    result = encrypt_database(str(path), admin, ADMIN_PW, RECOVERY, backup_folder=folder)
    assert list(folder.iterdir()) == [result.backup.path]  # only the successful try's backup
