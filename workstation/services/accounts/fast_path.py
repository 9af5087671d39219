"""A password check on the start-up reader (stdlib sqlite3, no ORM), so the main window need not
wait for SQLAlchemy. Only a clean success counts here: anything else returns None and the caller
asks AuthService.login, which decides and records the failure. A success is recorded with
AuthService.record_login once the database is attached."""

from __future__ import annotations

from workstation.db.readers import SqlReader
from workstation.domain.passwords import normalize_username, verify_password
from workstation.services.common.context import Actor

USER_SQL = ("SELECT username, display_name, role, password_hash FROM user_account "
            "WHERE username = ? AND active AND locked_until IS NULL")


def quick_login(reader: SqlReader, username: str, password: str) -> Actor | None:
    rows = reader.rows(USER_SQL, (normalize_username(username),))
    if not rows:
        return None
    name, display_name, role, stored = rows[0]
    return Actor(name, display_name, role, account=True) if verify_password(password, stored) else None
