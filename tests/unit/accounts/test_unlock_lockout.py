"""Wrong passwords typed before an encrypted district is unlocked count toward the lockout (#17):
they are kept beside the keyring (nothing can be written to the database yet) and handed to the
accounts once a password opens it; a locked account's password does not unwrap the key."""

from __future__ import annotations

import datetime as dt
import json
import os
import stat

import pytest
from cipher_support import RECOVERY
from sqlalchemy import select

from workstation.db import keyring
from workstation.db.keyring_path import keyring_path
from workstation.db.orm.accounts import User
from workstation.db.orm.audit import AuditEntry
from workstation.db.session import open_database
from workstation.db.sign_in_attempts import attempts_path
from workstation.domain.permissions import Role
from workstation.services.accounts import AuthService, UserService, seal_new_district, unlock
from workstation.services.accounts.auth import NOT_ACCEPTED, POLICY, AccountLocked, LoginFailed
from workstation.services.common.context import Actor

pytestmark = pytest.mark.sqlite_only("the unlock of a SQLCipher file (a server has no keyring)")

ADMIN_PW, CLERK_PW = "Admin-pass-2026", "Clerk-pass-2026"
NOW = dt.datetime(2026, 12, 4, 9, 0)
MESSAGE = NOT_ACCEPTED.format(n=POLICY.max_failures, m=int(POLICY.lockout.total_seconds() // 60))


@pytest.fixture
def district(demo_database, tmp_path):
    """A sealed district with an administrator and a clerk (closed)."""
    path = tmp_path / "district.db"
    db = demo_database(path, 3, seed=5, today=NOW.date(), actor=Actor("tester", "测试员", "SYSTEM"))
    admin = AuthService(db.factory).create_first_admin("admin", "管理员", ADMIN_PW)
    db = seal_new_district(db, "admin", ADMIN_PW, RECOVERY)
    UserService(db.factory, admin).create("clerk", "经办人", Role.CLERK, CLERK_PW)
    db.close()
    return path


def _wrong(path, name, times):
    for _ in range(times):
        with pytest.raises(LoginFailed) as caught:
            unlock(str(path), name, "Not-the-password-1", now=NOW)
        assert str(caught.value) == MESSAGE  # the same words for every failure: names stay unknown


def _signed_in(path, name, password):
    db = open_database(path, unlock(str(path), name, password, now=NOW))
    return db, AuthService(db.factory, now=lambda: NOW).login(name, password)


def _user(db, name):
    with db.factory() as session:
        return session.scalar(select(User).where(User.username == name))


def _clerk(db):
    return _user(db, "clerk")


def test_wrong_passwords_before_the_unlock_lock_the_account_and_its_password_no_longer_unwraps(district):
    _wrong(district, "nobody", POLICY.max_failures + 1)  # unknown names: refused alike, nothing kept
    assert not attempts_path(district).exists()
    _wrong(district, "clerk", POLICY.max_failures)
    with pytest.raises(AccountLocked, match="已被锁定"):  # the right password during the lockout
        unlock(str(district), "clerk", CLERK_PW, now=NOW + dt.timedelta(minutes=1))
    with pytest.raises(LoginFailed) as caught:  # a wrong one hears the usual words
        unlock(str(district), "clerk", "Not-the-password-1", now=NOW + dt.timedelta(minutes=1))
    assert not isinstance(caught.value, AccountLocked) and str(caught.value) == MESSAGE
    assert unlock(str(district), "clerk", CLERK_PW, now=NOW + POLICY.lockout + dt.timedelta(seconds=1))
    assert stat.S_IMODE(os.stat(attempts_path(district)).st_mode) == 0o600


def test_failures_before_the_unlock_are_handed_to_the_account_once_the_database_is_open(district):
    _wrong(district, "clerk", 3)
    _wrong(district, "admin", POLICY.max_failures - 1)  # then the right one: like any login, no lockout
    db, _admin = _signed_in(district, "admin", ADMIN_PW)
    try:
        assert _clerk(db).failed_attempts == 3
        assert _user(db, "admin").failed_attempts == 0 and _user(db, "admin").locked_until is None
        with db.factory() as session:
            rows = session.scalars(select(AuditEntry).where(AuditEntry.action == "login_failed")).all()
        details = [json.loads(r.details) for r in rows]
        assert {"username": "clerk", "why": "before_unlock", "failures": 3} in details
        assert {"username": "admin", "why": "before_unlock", "failures": POLICY.max_failures - 1} in details
        auth = AuthService(db.factory, now=lambda: NOW)
        for _ in range(POLICY.max_failures - 3 - 1):
            with pytest.raises(LoginFailed):
                auth.login("clerk", "Not-the-password-1")
        with pytest.raises(LoginFailed):
            auth.login("clerk", "Not-the-password-1")  # the fifth in a row, counting those before the unlock
        assert _clerk(db).locked_until is not None
    finally:
        db.close()
    with pytest.raises(AccountLocked):  # mirrored back: the next start's unlock refuses the clerk too
        unlock(str(district), "clerk", CLERK_PW, now=NOW + dt.timedelta(minutes=2))


def test_the_administrator_lifting_the_lockout_lets_the_password_unwrap_again(district):
    _wrong(district, "clerk", POLICY.max_failures)
    db, admin = _signed_in(district, "admin", ADMIN_PW)
    try:
        assert _clerk(db).locked_until is not None  # the lockout reached before the unlock
        UserService(db.factory, admin).unlock("clerk")
    finally:
        db.close()
    assert unlock(str(district), "clerk", CLERK_PW, now=NOW + dt.timedelta(minutes=1))


def test_the_attempts_file_names_no_account_only_the_keyrings_hmac_of_each_name(district):
    _wrong(district, "clerk", 2)
    _wrong(district, "admin", 1)
    text = attempts_path(district).read_text(encoding="utf-8")
    assert "clerk" not in text and "admin" not in text
    ring = json.loads(keyring_path(district).read_text(encoding="utf-8"))
    stored = json.loads(text)["accounts"]
    assert set(stored) == {keyring.name_id(district, "clerk"), keyring.name_id(district, "admin")}
    assert set(stored) <= set(ring["accounts"])  # the same ids the keyring files the wraps under
    db, _admin = _signed_in(district, "admin", ADMIN_PW)  # and they still reach the accounts
    try:
        assert _clerk(db).failed_attempts == 2
    finally:
        db.close()


def test_an_attempts_file_written_with_names_in_clear_still_counts_and_is_refiled(district):
    until = (NOW + dt.timedelta(minutes=10)).isoformat()
    attempts_path(district).write_text(json.dumps({"version": 1, "accounts": {
        "clerk": {"failures": POLICY.max_failures, "locked_until": until},
        "admin": {"failures": 1, "locked_until": None}}}), encoding="utf-8")
    with pytest.raises(AccountLocked):  # the old file's lockout still holds
        unlock(str(district), "clerk", CLERK_PW, now=NOW)
    _wrong(district, "admin", 1)  # the next write refiles every count under its HMAC
    text = attempts_path(district).read_text(encoding="utf-8")
    assert "clerk" not in text and "admin" not in text
    db, _admin = _signed_in(district, "admin", ADMIN_PW)
    try:
        assert _clerk(db).locked_until is not None
        with db.factory() as session:
            rows = session.scalars(select(AuditEntry).where(AuditEntry.action == "login_failed")).all()
        assert {"username": "admin", "why": "before_unlock", "failures": 2} in [json.loads(r.details) for r in rows]
    finally:
        db.close()
