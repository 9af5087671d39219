"""`restore FILE --recovery`: an encrypted district's backup restored on a new computer, which has
only the backup and the district's recovery secret (the keyring stayed on the old one)."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from cipher_support import legal_rep_ids
from cli_support import PASSWORD, RECOVERY, cli

from workstation.db import keyring

pytestmark = pytest.mark.sqlite_only("SQLCipher files and their keyring (a server encrypts its own storage)")

NEW_PW = "New-computer-2026"


@pytest.fixture(scope="module")
def district_backup(tmp_path_factory) -> tuple[Path, str]:
    """A backup of district A (sealed by create-admin) and one of its ID numbers."""
    home = tmp_path_factory.mktemp("district-a")
    db = home / "a" / "w.db"
    db.parent.mkdir()
    done = cli("--db", str(db), "demo", "--nurseries", "8", "--seed", "6", env_home=home)
    assert done.returncode == 0, done.stderr
    id_no = legal_rep_ids(db)[0]
    made = cli("--db", str(db), "users", "create-admin", env_home=home, user="boss",
               password=f"{PASSWORD}\n{RECOVERY}")
    assert made.returncode == 0, made.stderr
    out = home / "usb" / "a.wsbackup"
    out.parent.mkdir()
    backed = cli("--db", str(db), "backup", "--out", str(out), env_home=home, user="boss")
    assert backed.returncode == 0, backed.stderr
    return out, id_no


def test_the_backup_carries_the_recovery_wrap_and_no_account_wrap(district_backup):
    backup, _ = district_backup
    manifest = json.loads(zipfile.ZipFile(backup).read("manifest.json"))
    assert set(manifest["recovery_wrap"]) >= {"salt", "wrapped", "tag"}
    assert "accounts" not in json.dumps(manifest) and "boss" not in json.dumps(manifest)


def test_a_new_computer_restores_with_the_recovery_secret_and_the_administrator_signs_in(district_backup, tmp_path,
                                                                                          monkeypatch):
    backup, id_no = district_backup
    monkeypatch.setenv("TZ", "Asia/Shanghai")  # the program's local time (UTC+8), whatever this machine's
    target = tmp_path / "new-computer" / "w.db"
    done = cli("--db", str(target), "restore", str(backup), "--recovery", env_home=tmp_path, user="boss",
               password=f"{RECOVERY}\n{NEW_PW}")
    assert done.returncode == 0, done.stderr
    assert "已为系统管理员 boss 设置新密码" in done.stdout and "“系统设置 → 用户管理”" in done.stdout
    created = json.loads(zipfile.ZipFile(backup).read("manifest.json"))["created_at"]
    local = dt.datetime.fromisoformat(created).astimezone(ZoneInfo("Asia/Shanghai")).strftime("%Y-%m-%d %H:%M")
    assert f"（备份时间 {local}）" in done.stdout  # local time as elsewhere, not the raw ISO text
    assert id_no.encode() not in target.read_bytes()  # restored encrypted, as it was
    ring = json.loads(target.with_name("w.db.keyring").read_text())
    assert len(ring["accounts"]) == 1 and "recovery" in ring  # one wrap: the administrator's
    assert keyring.has_account(target, "boss")
    checked = cli("--db", str(target), "check", env_home=tmp_path, user="boss", password=NEW_PW)
    assert checked.returncode == 0 and "数据库检查通过" in checked.stdout, checked.stdout + checked.stderr
    old = cli("--db", str(target), "check", env_home=tmp_path, user="boss", password=PASSWORD)
    assert old.returncode != 0  # the old computer's password was not carried over


def test_a_wrong_recovery_secret_is_refused_clearly_and_nothing_is_written(district_backup, tmp_path):
    backup, _ = district_backup
    folder = tmp_path / "new-computer"
    folder.mkdir()
    done = cli("--db", str(folder / "w.db"), "restore", str(backup), "--recovery", env_home=tmp_path,
               user="boss", password=f"Not-the-secret-2026\n{NEW_PW}")
    assert done.returncode != 0
    assert "辖区恢复口令不正确" in done.stderr and "未作任何改动" in done.stderr
    assert list(folder.iterdir()) == []


CLERK_PW = "Clerk-old-pass-2026"


@pytest.fixture(scope="module")
def office_backup(tmp_path_factory) -> Path:
    """A backup of a sealed district whose office has a clerk and a deactivated inspector besides the administrator."""
    from workstation.db.session import open_database
    from workstation.domain.permissions import Role
    from workstation.services.accounts import AuthService, UserService, unlock

    home = tmp_path_factory.mktemp("office")
    db_path = home / "old" / "w.db"
    db_path.parent.mkdir()
    assert cli("--db", str(db_path), "demo", "--nurseries", "3", "--seed", "7", env_home=home).returncode == 0
    made = cli("--db", str(db_path), "users", "create-admin", env_home=home, user="boss",
               password=f"{PASSWORD}\n{RECOVERY}")
    assert made.returncode == 0, made.stderr
    db = open_database(db_path, unlock(str(db_path), "boss", PASSWORD))
    try:
        users = UserService(db.factory, AuthService(db.factory).login("boss", PASSWORD))
        users.create("clerk", "钱登记", Role.CLERK, CLERK_PW)
        users.create("gone", "已离职", Role.CLERK, CLERK_PW)
        users.set_active("gone", False)
    finally:
        db.close()
    out = home / "usb" / "office.wsbackup"
    out.parent.mkdir()
    backed = cli("--db", str(db_path), "backup", "--out", str(out), env_home=home, user="boss")
    assert backed.returncode == 0, backed.stderr
    return out


def test_after_a_recovery_restore_the_other_accounts_sign_in_with_their_own_passwords(office_backup, tmp_path):
    target = tmp_path / "new-computer" / "w.db"
    done = cli("--db", str(target), "restore", str(office_backup), "--recovery", env_home=tmp_path, user="boss",
               password=f"{RECOVERY}\n{NEW_PW}")
    assert done.returncode == 0, done.stderr
    assert "其他启用的账号用各自原来的密码登录" in done.stdout
    assert keyring.has_account(target, "clerk") and not keyring.has_account(target, "gone")
    ring = json.loads(keyring.keyring_path(target).read_text())
    assert "clerk" not in json.dumps(ring)  # the interim wrap is filed under the HMAC of the name too
    wrong = cli("--db", str(target), "check", env_home=tmp_path, user="clerk", password="Not-the-pass-2026")
    assert wrong.returncode != 0 and "用户名或密码不正确" in wrong.stderr
    signed = cli("--db", str(target), "check", env_home=tmp_path, user="clerk", password=CLERK_PW)
    assert signed.returncode == 0, signed.stdout + signed.stderr
    entry = json.loads(keyring.keyring_path(target).read_text())["accounts"][keyring.name_id(target, "clerk")]
    assert "via_hash" not in entry  # the first sign-in wrapped the key under the password itself
    gone = cli("--db", str(target), "check", env_home=tmp_path, user="gone", password=CLERK_PW)
    assert gone.returncode != 0  # a deactivated account stays shut out
