"""Running the command line as a user does (imported by the e2e tests; holds no tests)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import workstation

SOURCE_ROOT = Path(workstation.__file__).resolve().parent.parent  # the code under test, from any `cwd`
PASSWORD = "Cli-pass-2026"  # every account made by add_accounts
RECOVERY = "Safe-in-the-office-2026"  # the district's recovery secret of a database sealed by create-admin
ACCOUNTS = {"admin": "ADMIN", "manager": "MANAGER", "clerk": "CLERK", "inspector": "INSPECTOR"}


def cli(*args: str, env_home: Path, cwd: Path | None = None, user: str | None = None,
        password: str = PASSWORD) -> subprocess.CompletedProcess[str]:
    """Run `workstation ARGS`; with `user`, signed in as that account (password on stdin)."""
    env = dict(os.environ, XDG_DATA_HOME=str(env_home / "data"), XDG_STATE_HOME=str(env_home / "state"))
    if cwd is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, (str(SOURCE_ROOT), env.get("PYTHONPATH"))))
    signed = ("--user", user, "--password-stdin") if user else ()
    stdin = {"input": password + "\n"} if user else {"stdin": subprocess.DEVNULL}
    return subprocess.run(
        [sys.executable, "-m", "workstation", *signed, *args],
        capture_output=True, text=True, env=env, timeout=300, cwd=cwd, **stdin,
    )


def add_accounts(db: Path | str) -> None:
    """The accounts of ACCOUNTS (named as their key, password PASSWORD) on a database without any."""
    from workstation.db.session import open_database
    from workstation.domain.permissions import Role
    from workstation.services.accounts import AuthService, UserService

    database = open_database(db)
    try:
        auth = AuthService(database.factory)
        admin = auth.create_first_admin("admin", "管理员", PASSWORD)
        users = UserService(database.factory, admin)
        for name, role in ACCOUNTS.items():
            if name != "admin":
                users.create(name, name, Role(role), PASSWORD)
    finally:
        database.close()


def new_district(db: Path, env_home: Path, *streets: str) -> subprocess.CompletedProcess[str]:
    """A new database with ACCOUNTS and the district 九龙坡区 (500107), set up by `init` as admin."""
    add_accounts(db)
    extra = [a for street in streets for a in ("--street", street)]
    return cli("--db", str(db), "init", "--division-code", "500107", "--name", "九龙坡区", *extra,
               env_home=env_home, user="admin")


def rows_but_sign_in(db: Path) -> dict[str, list]:
    """Every table's rows except the traces a sign-in leaves (its login audit row, the chain head
    after it, the account's last login time): what `nothing was written` means for a signed-in command."""
    import sqlite3

    conn = sqlite3.connect(f"{Path(db).resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        found = {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr)
                 for t in tables if t not in ("audit_log", "audit_head", "user_account")}
        found["audit_log"] = conn.execute("SELECT actor, action, entity, entity_id, changes, details FROM audit_log "
                                          "WHERE action NOT IN ('login', 'login_failed') ORDER BY seq").fetchall()
        found["user_account"] = conn.execute("SELECT username, role, active, password_hash FROM user_account "
                                             "ORDER BY username").fetchall()
        return found
    finally:
        conn.close()
