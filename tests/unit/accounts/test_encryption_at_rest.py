"""The database encrypted at rest (#17): sealed when the first administrator is made, unlocked by
each person's own password (the district key wrapped per account) or the district's recovery secret."""

from __future__ import annotations

import datetime as dt
import sqlite3
import zipfile

import pytest
from cipher_support import RECOVERY, file_bytes, legal_rep_ids

from workstation.db import keyring
from workstation.db.session import open_database
from workstation.domain.errors import ConflictError, ValidationError
from workstation.domain.permissions import Role
from workstation.services.accounts import (
    AuthService,
    UserService,
    seal_new_district,
    unlock,
    unlock_with_recovery,
)
from workstation.services.accounts.auth import LoginFailed
from workstation.services.backup import encrypt_database, restore
from workstation.services.common.context import Actor
from workstation.services.registry import RegistryQuery, RegistryService

pytestmark = pytest.mark.sqlite_only("SQLCipher encrypts the SQLite file (a server encrypts its own storage)")

ADMIN_PW, CLERK_PW = "Admin-pass-2026", "Clerk-pass-2026"
TODAY = dt.date(2026, 12, 4)


@pytest.fixture
def plain_demo(demo_database, tmp_path):
    """A plain demo district with an administrator (closed) and one of its ID numbers."""
    path = tmp_path / "district.db"
    db = demo_database(path, 12, seed=3, today=TODAY, actor=Actor("tester", "测试员", "SYSTEM"))
    AuthService(db.factory).create_first_admin("admin", "管理员", ADMIN_PW)
    db.close()
    return path, legal_rep_ids(path)[0]


@pytest.fixture
def sealed(plain_demo):
    """The same district sealed as a new district is (first administrator + recovery secret), closed."""
    path, id_no = plain_demo
    db = seal_new_district(open_database(path), "admin", ADMIN_PW, RECOVERY)
    db.close()
    return path, id_no


def _opened_by(path, username, password):
    db = open_database(path, unlock(str(path), username, password))
    return db, AuthService(db.factory).login(username, password)


def test_the_file_on_disk_holds_no_id_number_in_clear_and_sqlite_cannot_read_it(sealed):
    path, id_no = sealed
    db, admin = _opened_by(path, "admin", ADMIN_PW)  # written to while open: the WAL is encrypted too
    UserService(db.factory, admin).create("clerk", "经办人", Role.CLERK, CLERK_PW)
    db.close()
    assert id_no.encode() not in file_bytes(path)
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(path).execute("SELECT count(*) FROM nursery").fetchone()


def test_a_clerk_made_by_the_administrator_signs_in_with_their_own_password(sealed):
    path, id_no = sealed
    db, admin = _opened_by(path, "admin", ADMIN_PW)
    UserService(db.factory, admin).create("clerk", "经办人", Role.CLERK, CLERK_PW)
    db.close()
    db, clerk = _opened_by(path, "clerk", CLERK_PW)
    try:
        assert clerk.role == Role.CLERK.value
        assert RegistryService(db.factory, clerk).count(RegistryQuery()) == 12
    finally:
        db.close()


def test_a_wrong_password_or_unknown_name_does_not_unlock_and_says_the_same(sealed):
    path, _ = sealed
    with pytest.raises(LoginFailed) as wrong:
        unlock(str(path), "admin", "Wrong-pass-2026")
    with pytest.raises(LoginFailed) as unknown:
        unlock(str(path), "nobody", ADMIN_PW)
    assert wrong.value.message == unknown.value.message
    assert "用户名或密码不正确" in wrong.value.message


def test_a_deactivated_accounts_wrap_is_removed(sealed):
    path, _ = sealed
    db, admin = _opened_by(path, "admin", ADMIN_PW)
    users = UserService(db.factory, admin)
    users.create("clerk", "经办人", Role.CLERK, CLERK_PW)
    assert keyring.has_account(path, "admin") and keyring.has_account(path, "clerk")
    assert len(keyring.accounts(path)) == 2
    users.set_active("clerk", False)
    db.close()
    assert keyring.has_account(path, "admin") and not keyring.has_account(path, "clerk")
    assert len(keyring.accounts(path)) == 1
    with pytest.raises(LoginFailed):
        unlock(str(path), "clerk", CLERK_PW)


def test_a_changed_password_unlocks_and_the_old_one_no_longer_does(sealed):
    path, _ = sealed
    db, admin = _opened_by(path, "admin", ADMIN_PW)
    AuthService(db.factory).change_password(admin, ADMIN_PW, "Newer-pass-2026")
    db.close()
    with pytest.raises(LoginFailed):
        unlock(str(path), "admin", ADMIN_PW)
    assert unlock(str(path), "admin", "Newer-pass-2026")


def test_the_recovery_secret_opens_the_district_when_every_password_is_lost(sealed):
    path, id_no = sealed
    with pytest.raises(ValidationError, match="恢复口令不正确"):
        unlock_with_recovery(str(path), ADMIN_PW)
    db = open_database(path, unlock_with_recovery(str(path), RECOVERY))
    try:
        actor = Actor("admin", "管理员", "ADMIN", account=True)
        UserService(db.factory, actor).reset_password("admin", "Fresh-pass-2026")
    finally:
        db.close()
    assert unlock(str(path), "admin", "Fresh-pass-2026")


def test_a_recovery_secret_equal_to_the_password_or_weak_is_refused_before_anything_changes(plain_demo):
    path, id_no = plain_demo
    for secret, words in ((ADMIN_PW, "不能与管理员密码相同"), ("short", "至少")):
        db = open_database(path)
        with pytest.raises(ValidationError, match=words):
            seal_new_district(db, "admin", ADMIN_PW, secret)
        db.close()
    assert not keyring.has_keyring(path) and legal_rep_ids(path)[0] == id_no


def test_converting_a_plain_database_backs_up_first_and_keeps_every_row(plain_demo, tmp_path):
    path, id_no = plain_demo
    db = open_database(path)
    admin = AuthService(db.factory).login("admin", ADMIN_PW)
    UserService(db.factory, admin).create("clerk", "经办人", Role.CLERK, CLERK_PW)
    db.close()
    before = _counts(sqlite3.connect(path))
    result = encrypt_database(str(path), admin, ADMIN_PW, RECOVERY, backup_folder=tmp_path / "backups")
    with zipfile.ZipFile(result.backup.path) as bundle:  # the backup holds the plain database as it was
        assert id_no.encode() in bundle.read("database.sqlite")
    assert id_no.encode() not in file_bytes(path)
    db, clerk = _opened_by(path, "clerk", CLERK_PW)  # their password was never typed at the conversion
    try:
        with db.engine.connect() as conn:
            after = _counts(conn.connection.dbapi_connection)
    finally:
        db.close()
    assert {t: n for t, n in after.items() if t not in ("audit_log", "user_account")} == \
           {t: n for t, n in before.items() if t not in ("audit_log", "user_account")}
    assert after["audit_log"] > before["audit_log"] and after["user_account"] == before["user_account"]
    assert "via_hash" not in keyring._entry(keyring._read(path), "clerk")  # now wrapped under the password
    with pytest.raises(ConflictError, match="已经加密"):
        encrypt_database(str(path), admin, ADMIN_PW, RECOVERY, backup_folder=tmp_path / "backups")


def _counts(conn) -> dict[str, int]:
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
    counts = {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    conn.close() if isinstance(conn, sqlite3.Connection) else None
    return counts


def test_restoring_a_backup_from_before_the_conversion_keeps_the_database_encrypted(plain_demo, tmp_path):
    path, id_no = plain_demo
    db = open_database(path)
    admin = AuthService(db.factory).login("admin", ADMIN_PW)
    db.close()
    before = encrypt_database(str(path), admin, ADMIN_PW, RECOVERY, backup_folder=tmp_path / "backups").backup.path
    db, admin = _opened_by(path, "admin", ADMIN_PW)
    db.close()
    restored = restore(before, path, actor=admin)
    assert restored.replaced is not None
    assert id_no.encode() not in file_bytes(path)
    db, _ = _opened_by(path, "admin", ADMIN_PW)
    db.close()


def test_every_engine_on_the_unlocked_file_carries_the_district_key(sealed):
    from workstation.db.district_keys import subkey
    from workstation.db.engine import make_engine
    from workstation.domain.keys import AUDIT, derive

    path, _ = sealed
    key = unlock(str(path), "admin", ADMIN_PW)
    db = open_database(path, key)
    other = make_engine(path)  # e.g. the engine an audit row of a backup is written with
    try:
        assert subkey(db.engine, AUDIT) == subkey(other, AUDIT) == derive(key, AUDIT)
    finally:
        other.dispose()
        db.close()
