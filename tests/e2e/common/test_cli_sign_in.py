"""The command line signs in with the window's accounts: no data without an account, the role's
permissions, wrong passwords counted toward the same lockout, the password never an argument."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from cli_support import PASSWORD, RECOVERY, add_accounts, cli, rows_but_sign_in


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    home = tmp_path_factory.mktemp("sign-in")
    db = home / "t.db"
    done = cli("--db", str(db), "demo", "--nurseries", "10", "--seed", "4", env_home=home)
    assert done.returncode == 0, done.stderr
    return db


@pytest.fixture
def bare(template, tmp_path) -> Path:
    """The demo database before anyone made an account (demo into a new file needs none)."""
    path = tmp_path / "w.db"
    path.write_bytes(template.read_bytes())
    return path


def test_a_database_without_accounts_says_how_to_create_the_first_administrator(bare, tmp_path):
    before = rows_but_sign_in(bare)
    refused = cli("--db", str(bare), "calendar", "show", "2026", env_home=tmp_path, user="admin")
    assert refused.returncode == 2
    assert "还没有用户账号" in refused.stderr and "图形界面" in refused.stderr
    assert "users create-admin --user" in refused.stderr
    assert rows_but_sign_in(bare) == before
    made = cli("--db", str(bare), "users", "create-admin", "--display-name", "张管理", env_home=tmp_path,
               user="boss", password=f"{PASSWORD}\n{RECOVERY}")  # the district's recovery secret second
    assert made.returncode == 0, made.stderr
    assert "已创建首个系统管理员：boss" in made.stdout
    shown = cli("--db", str(bare), "calendar", "show", "2026", env_home=tmp_path, user="boss")
    assert shown.returncode == 0, shown.stderr
    again = cli("--db", str(bare), "users", "create-admin", env_home=tmp_path, user="second")
    assert again.returncode == 2 and "已有用户账号" in again.stderr


def test_a_weak_first_administrator_password_is_refused(bare, tmp_path):
    made = cli("--db", str(bare), "users", "create-admin", env_home=tmp_path, user="boss", password="boss")
    assert made.returncode == 2 and "密码" in made.stderr
    with sqlite3.connect(bare) as conn:
        assert conn.execute("SELECT count(*) FROM user_account").fetchone() == (0,)
    conn.close()


@pytest.mark.parametrize("args", [
    ("calendar", "show", "2026"),
    ("backup", "--out", "b.wsbackup"),
    ("restore", "b.wsbackup"),
    ("import", "registrations", "p.csv"),
    ("export", "nurseries", "--out", "n.xlsx", "--full-personal-data"),
    ("init", "--division-code", "500107", "--name", "九龙坡区"),
    ("demo", "--nurseries", "3"),
])
def test_every_command_on_data_needs_an_account(bare, tmp_path, args):
    add_accounts(bare)
    before = rows_but_sign_in(bare)
    done = cli("--db", str(bare), *(str(tmp_path / a) if "." in a and "-" not in a else a for a in args),
               env_home=tmp_path)
    assert done.returncode == 2, done.stderr
    assert "此命令需要登录：请加 --user 用户名" in done.stderr
    assert rows_but_sign_in(bare) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.db", "w.db.files"] or not (tmp_path / "n.xlsx").exists()


def test_check_and_selfcheck_run_without_an_account(bare, tmp_path):
    add_accounts(bare)
    assert cli("--db", str(bare), "check", env_home=tmp_path).returncode == 0
    assert cli("selfcheck", env_home=tmp_path).returncode == 0


def test_wrong_passwords_on_the_command_line_lock_the_account_as_in_the_window(bare, tmp_path):
    from workstation.db.session import open_database
    from workstation.services.accounts import AuthService
    from workstation.services.accounts.auth import AccountLocked

    add_accounts(bare)
    for _ in range(5):
        wrong = cli("--db", str(bare), "calendar", "show", "2026", env_home=tmp_path, user="clerk",
                    password="not-the-password")
        assert wrong.returncode == 2 and "错误：" in wrong.stderr and "Traceback" not in wrong.stderr
    right = cli("--db", str(bare), "calendar", "show", "2026", env_home=tmp_path, user="clerk")
    assert right.returncode == 2 and "锁定" in right.stderr
    db = open_database(bare)
    try:
        with pytest.raises(AccountLocked):
            AuthService(db.factory).login("clerk", PASSWORD)  # the window's login is locked too
    finally:
        db.close()
    with sqlite3.connect(bare) as conn:
        failed = conn.execute("SELECT count(*) FROM audit_log WHERE action = 'login_failed'").fetchone()[0]
    conn.close()
    assert failed >= 5


def test_the_password_is_never_a_command_line_argument(bare, tmp_path):
    add_accounts(bare)
    done = cli("--db", str(bare), "--user", "admin", "--password", PASSWORD, "calendar", "show", "2026",
               env_home=tmp_path)
    assert done.returncode == 2 and "参数错误" in done.stderr


def test_options_after_the_command_sign_in_too(bare, tmp_path):
    add_accounts(bare)
    done = cli("--db", str(bare), "calendar", "show", "2026", "--user", "inspector", "--password-stdin",
               env_home=tmp_path, user=None)
    assert done.returncode == 2  # stdin is empty here: the password is asked for, never guessed
    assert "标准输入的第一行应为密码" in done.stderr
