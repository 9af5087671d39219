"""The district key from a person's password at sign-in, before the database (or the ORM) is open.

Only the keyring, the `<db>.attempts` file and the account rules: signing in to an encrypted district
loads no SQLAlchemy before the window is usable (the start-up reader serves 首页 with the key).
"""

from __future__ import annotations

import datetime as dt

from workstation.db import keyring, sign_in_attempts
from workstation.domain.key_wrap import Opened
from workstation.domain.passwords import normalize_username
from workstation.services.accounts.login_rules import (
    POLICY,
    AccountLocked,
    LoginFailed,
    locked_until_text,
    not_accepted,
    utcnow,
)


def is_encrypted(db_location: str) -> bool:
    """Whether the database at `db_location` is locked with a district key (it has a keyring)."""
    return keyring.has_keyring(db_location)


def unlock(db_location: str, username: str, password: str, now: dt.datetime | None = None) -> bytes:
    """The district key from `username`'s password; LoginFailed (the usual words) otherwise.

    A wrong password counts toward the account's lockout (kept beside the keyring until the
    database is open); during a lockout even the right password does not unwrap the key.
    """
    return unlock_for_sign_in(db_location, username, password, now).key  # type: ignore[return-value]


def unlock_for_sign_in(db_location: str, username: str, password: str, now: dt.datetime | None = None) -> Opened:
    """unlock(), with the password hash the unwrap computed: the sign-in compares it with the account's
    stored hash (fast_path.quick_login) instead of a second scrypt; it proves nothing by itself."""
    now = now or utcnow()
    until = sign_in_attempts.locked_until(db_location, username, now)
    opened = keyring.open_account(db_location, username, password)  # spent either way: the time tells nothing
    key = opened.key
    if until is not None:
        if key is None:
            raise LoginFailed(not_accepted())
        raise AccountLocked(locked_until_text(until), until)
    if key is None:
        _count_failure(db_location, username, now)
        raise LoginFailed(not_accepted())
    return opened


def _count_failure(db_location: str, username: str, now: dt.datetime) -> None:
    """A wrong password at unlock; only names with a wrap are kept (typos of names would grow the file)."""
    name = normalize_username(username)
    if keyring.has_account(db_location, name):
        sign_in_attempts.record_failure(db_location, name, now, POLICY.max_failures, POLICY.lockout)
