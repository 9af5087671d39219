"""Wrong passwords at the unlock of an encrypted district count toward the accounts' lockout.

They are kept beside the keyring until a password opens the database (db/sign_in_attempts), then
added to each account's count (and audited as login_failed); lockouts are mirrored back to the file
so a locked account's password does not unwrap the district key during its lockout.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from workstation.db import keyring, sign_in_attempts
from workstation.db.orm.accounts import User
from workstation.domain.passwords import normalize_username
from workstation.services.audit import record_event, records_as
from workstation.services.common.context import Actor
from workstation.services.common.uow import writing


def apply_pending(factory: sessionmaker[Session], signing_in: str, max_failures: int,
                  lockout: dt.timedelta, now: dt.datetime) -> None:
    """Hand the failures typed before the unlock to the database's lockout, then forget them.

    `signing_in` unwrapped the key with the right password: its failures before it are audited,
    but like any wrong passwords followed by the right one they lock nothing.
    """
    path = _database_file(factory)
    if path is None or not sign_in_attempts.attempts_path(path).is_file():
        return
    counted = sign_in_attempts.pending(path)
    counted = {name: entry for name, entry in counted.items() if entry.failures}
    if not counted:
        return
    me = normalize_username(signing_in)
    with writing(factory, Actor(me[:64], me[:64], "")) as session:
        records_as(session, "login_failed")
        # The file names no account: each user's ids (HMAC of the name, or the name) are matched to it.
        for user in session.scalars(select(User)):
            name = normalize_username(user.username)
            entry = next((counted[key] for key in sign_in_attempts.entry_ids(path, name) if key in counted), None)
            if entry is None:
                continue
            if name != me:
                _add(user, entry, max_failures, lockout, now)
            record_event(session, Actor(name[:64], name[:64], ""), "login_failed", "user_account", user.id,
                         {"username": name, "why": "before_unlock", "failures": entry.failures},
                         entity_uuid=user.uuid)
    sign_in_attempts.forget(path, counted)
    if any(key in counted for key in sign_in_attempts.entry_ids(path, me)):
        sign_in_attempts.set_lock(path, me, None)


def mirror_lock(factory: sessionmaker[Session], username: str, until: dt.datetime | None) -> None:
    """The database locked (or an administrator unlocked) `username`: the unlock follows it."""
    path = _database_file(factory)
    if path is not None:
        sign_in_attempts.set_lock(path, username, until)


def _add(user: User, entry: sign_in_attempts.Pending, max_failures: int, lockout: dt.timedelta,
         now: dt.datetime) -> None:
    failures = user.failed_attempts + entry.failures
    until = entry.locked_until if entry.locked_until is not None and entry.locked_until > now else None
    if failures >= max_failures and until is None:
        until = now + lockout
    if until is not None:
        user.failed_attempts = 0
        user.locked_until = max(until, user.locked_until) if user.locked_until is not None else until
    else:
        user.failed_attempts = failures


def _database_file(factory: sessionmaker[Session]) -> Path | None:
    engine = factory.kw.get("bind")
    if engine is None or engine.dialect.name != "sqlite" or not engine.url.database:
        return None
    path = Path(engine.url.database)
    return path if keyring.has_keyring(path) else None
