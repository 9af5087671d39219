"""A password check on the start-up reader (stdlib sqlite3, no ORM), so the main window need not
wait for SQLAlchemy. Only a clean success counts here: anything else returns None and the caller
asks AuthService.login, which decides and records the failure. A success is recorded with
AuthService.record_login once the database is attached.

On an encrypted district the unwrap of a bound wrap already computed the typed password's hash
(domain/key_wrap): equal to the stored hash, the password is the account's and no second scrypt runs;
anything else (an unbound, added or stale wrap) is checked in full as before."""

from __future__ import annotations

import hmac

from workstation.db.readers import SqlReader
from workstation.domain.passwords import normalize_username, verify_password
from workstation.services.common.context import Actor

USER_SQL = ("SELECT username, display_name, role, password_hash FROM user_account "
            "WHERE username = ? AND active AND locked_until IS NULL")


def quick_login(reader: SqlReader, username: str, password: str, password_hash: str = "") -> Actor | None:
    """`password_hash`: what the unwrap computed for `password` (key_unlock.unlock_for_sign_in)."""
    rows = reader.rows(USER_SQL, (normalize_username(username),))
    if not rows:
        return None
    name, display_name, role, stored = rows[0]
    matches = (hmac.compare_digest(password_hash.encode(), stored.encode()) if password_hash else False) \
        or verify_password(password, stored)
    return Actor(name, display_name, role, account=True) if matches else None


def stored_hash(reader: SqlReader, username: str) -> str:
    """The stored password hash of an active, unlocked account ("" otherwise)."""
    rows = reader.rows(USER_SQL, (normalize_username(username),))
    return str(rows[0][3]) if rows else ""
