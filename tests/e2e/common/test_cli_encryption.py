"""The command line on an encrypted district: create-admin seals a new one, --user unlocks it,
encrypt-database converts a plain one (a backup first); every file it makes is its user's alone."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest
from cipher_support import file_bytes, legal_rep_ids
from cli_support import PASSWORD, RECOVERY, add_accounts, cli


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    home = tmp_path_factory.mktemp("encryption")
    db = home / "t.db"
    done = cli("--db", str(db), "demo", "--nurseries", "10", "--seed", "4", env_home=home)
    assert done.returncode == 0, done.stderr
    return db


@pytest.fixture
def plain(template, tmp_path) -> Path:
    path = tmp_path / "district" / "w.db"
    path.parent.mkdir()
    path.write_bytes(template.read_bytes())
    return path


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_create_admin_seals_the_database_and_only_a_password_opens_it(plain, tmp_path):
    id_no = legal_rep_ids(plain)[0]
    made = cli("--db", str(plain), "users", "create-admin", env_home=tmp_path, user="boss",
               password=f"{PASSWORD}\n{RECOVERY}")
    assert made.returncode == 0, made.stderr
    assert "数据库已加密" in made.stdout
    assert id_no.encode() not in file_bytes(plain)
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(plain).execute("SELECT count(*) FROM nursery").fetchone()
    wrong = cli("--db", str(plain), "calendar", "show", "2026", env_home=tmp_path, user="boss",
                password="Not-the-password-1")
    assert wrong.returncode == 2 and "用户名或密码不正确" in wrong.stderr
    shown = cli("--db", str(plain), "calendar", "show", "2026", env_home=tmp_path, user="boss")
    assert shown.returncode == 0, shown.stderr
    checked = cli("--db", str(plain), "check", env_home=tmp_path, user="boss")
    assert checked.returncode == 0 and "数据库检查通过" in checked.stdout, checked.stderr
    assert "本次未提供密钥" not in checked.stdout  # signed in: the keyed chain is checked in full
    files = [p for p in plain.parent.iterdir()]
    assert {p.name for p in files} >= {"w.db", "w.db.keyring"}
    assert {p.name: _mode(p) for p in files} == {p.name: 0o600 for p in files}


def test_encrypt_database_backs_up_first_keeps_rows_and_lets_every_account_in(plain, tmp_path):
    add_accounts(plain)
    id_no = legal_rep_ids(plain)[0]
    refused = cli("--db", str(plain), "encrypt-database", env_home=tmp_path, user="manager",
                  password=f"{PASSWORD}\n{RECOVERY}")
    assert refused.returncode == 2 and "只有系统管理员" in refused.stderr
    done = cli("--db", str(plain), "encrypt-database", env_home=tmp_path, user="admin",
               password=f"{PASSWORD}\n{RECOVERY}")
    assert done.returncode == 0, done.stderr
    backup = Path(done.stdout.split("加密前已备份到：")[1].splitlines()[0])
    assert backup.is_file() and _mode(backup) == 0o600 and _mode(backup.parent) == 0o700
    assert id_no.encode() not in file_bytes(plain)
    for user in ("clerk", "manager", "admin"):  # the others' passwords were never typed at the conversion
        shown = cli("--db", str(plain), "calendar", "show", "2026", env_home=tmp_path, user=user)
        assert shown.returncode == 0, shown.stderr
    again = cli("--db", str(plain), "encrypt-database", env_home=tmp_path, user="admin",
                password=f"{PASSWORD}\n{RECOVERY}")
    assert again.returncode == 0 and "已经加密" in again.stdout


def test_the_recovery_secret_gives_the_administrator_a_new_password(plain, tmp_path):
    made = cli("--db", str(plain), "users", "create-admin", env_home=tmp_path, user="boss",
               password=f"{PASSWORD}\n{RECOVERY}")
    assert made.returncode == 0, made.stderr
    wrong = cli("--db", str(plain), "recover", env_home=tmp_path, user="boss", password=f"{PASSWORD}\nNew-pass-2026-x")
    assert wrong.returncode == 2 and "恢复口令不正确" in wrong.stderr
    done = cli("--db", str(plain), "recover", env_home=tmp_path, user="boss", password=f"{RECOVERY}\nNew-pass-2026-x")
    assert done.returncode == 0, done.stderr
    old = cli("--db", str(plain), "calendar", "show", "2026", env_home=tmp_path, user="boss")
    assert old.returncode == 2
    new = cli("--db", str(plain), "calendar", "show", "2026", env_home=tmp_path, user="boss",
              password="New-pass-2026-x")
    assert new.returncode == 0, new.stderr
