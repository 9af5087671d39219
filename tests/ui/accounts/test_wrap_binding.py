"""The sign-in to an encrypted district runs one scrypt (#17): the account's wrap is bound to its stored
password hash, so the unwrap computes the hash and the sign-in compares it with the stored one. Every attack
of docs/security.md ("Sign-in before the district is unlocked") is still refused: a wrap added under another
name, a stale wrap of a changed password, a deactivated account's wrap put back. A sign-in that trusted the
unwrap alone would let each of them in."""

from __future__ import annotations

import hashlib
import shutil

import pytest
from cipher_support import RECOVERY

from workstation.db import keyring
from workstation.domain.permissions import Role
from workstation.services.accounts import AuthService, UserService, seal_new_district
from workstation.services.accounts.auth import LoginFailed
from workstation.ui.accounts.unlock import UnlockingAuth

pytestmark = pytest.mark.sqlite_only("the unlock of a SQLCipher file (a server has no keyring)")

ADMIN_PW, CLERK_PW, NEW_PW = "Admin-pass-2026", "Clerk-pass-2026", "Clerk-newpass-2027"


@pytest.fixture
def sealed(district):
    """(path, district key): the small district with an administrator and a clerk, sealed (closed)."""
    admin = AuthService(district.factory).create_first_admin("admin", "管理员", ADMIN_PW)
    db = seal_new_district(district, "admin", ADMIN_PW, RECOVERY)
    UserService(db.factory, admin).create("clerk", "经办人", Role.CLERK, CLERK_PW)
    db.close()
    return district.location, keyring.unlock(district.location, "admin", ADMIN_PW)


@pytest.fixture
def scrypts(monkeypatch):
    """The scrypt computations made (the password hash and every wrap use hashlib.scrypt)."""
    calls: list[int] = []
    real = hashlib.scrypt

    def counted(*args, **kwargs):
        calls.append(kwargs.get("dklen", 64))
        return real(*args, **kwargs)

    monkeypatch.setattr(hashlib, "scrypt", counted)
    return calls


def sign_in(path: str, username: str, password: str):
    auth = UnlockingAuth(path, preload=False)
    try:
        return auth.login(username, password)
    finally:
        auth.close()  # (also waits for a wrap being rebound)


def as_admin(path: str):
    from workstation.db.session import open_database

    key = keyring.unlock(path, "admin", ADMIN_PW)
    db = open_database(path, key)
    return db, UserService(db.factory, AuthService(db.factory).login("admin", ADMIN_PW))


def test_signing_in_runs_one_scrypt_for_the_unwrap_and_the_password_check(sealed, scrypts):
    path, _key = sealed
    assert sign_in(path, "clerk", CLERK_PW).username == "clerk"
    assert len(scrypts) == 1  # before: the unwrap, then verify_password on the stored hash
    assert sign_in(path, "admin", ADMIN_PW).role == Role.ADMIN.value


@pytest.mark.parametrize("bound_to", ["nothing", "the clerk's hash", "the administrator's salt"])
def test_a_wrap_added_under_the_administrators_name_does_not_sign_in(sealed, bound_to):
    """A clerk who unlocked the district writes a wrap of the key under "admin" with a password of their own,
    plain or bound to a hash (their own, or one made with the administrator's salt and cost)."""
    path, key = sealed
    reader_hashes = _stored_hashes(path, key)
    if bound_to == "nothing":
        keyring.put_account(path, key, "admin", CLERK_PW)
    elif bound_to == "the clerk's hash":
        keyring.put_account(path, key, "admin", CLERK_PW, reader_hashes["clerk"])
    else:
        salt_and_cost = reader_hashes["admin"].rsplit("$", 1)[0]
        forged = salt_and_cost + "$" + _hash_key(CLERK_PW, salt_and_cost)
        keyring.put_account(path, key, "admin", CLERK_PW, forged)
    with pytest.raises(LoginFailed):
        sign_in(path, "admin", CLERK_PW)


def test_a_stale_wrap_of_a_changed_password_does_not_sign_in(sealed, tmp_path):
    path, _key = sealed
    old = tmp_path / "old.keyring"
    shutil.copy(keyring.keyring_path(path), old)
    db, users = as_admin(path)
    users.reset_password("clerk", NEW_PW)  # the old password leaked
    db.close()
    shutil.copy(old, keyring.keyring_path(path))  # a folder copied back brings the old wraps
    with pytest.raises(LoginFailed):
        sign_in(path, "clerk", CLERK_PW)


def test_a_deactivated_accounts_wrap_put_back_does_not_sign_in(sealed, tmp_path):
    path, _key = sealed
    old = tmp_path / "old.keyring"
    shutil.copy(keyring.keyring_path(path), old)
    db, users = as_admin(path)
    users.set_active("clerk", False)
    db.close()
    assert not keyring.has_account(path, "clerk")
    shutil.copy(old, keyring.keyring_path(path))
    with pytest.raises(LoginFailed):
        sign_in(path, "clerk", CLERK_PW)


def test_a_wrap_made_before_the_binding_signs_in_checked_in_full_and_is_bound_for_the_next_time(sealed, scrypts):
    path, key = sealed
    keyring.put_account(path, key, "clerk", CLERK_PW)  # as every version before s12 wrote it
    scrypts.clear()
    assert sign_in(path, "clerk", CLERK_PW).username == "clerk"
    assert len(scrypts) == 2 + 2  # the unwrap and the full check; then rebound (the old wrap and the bound one)
    scrypts.clear()
    assert sign_in(path, "clerk", CLERK_PW).username == "clerk"
    assert len(scrypts) == 1


def test_an_entry_still_opens_with_the_wrap_earlier_versions_read(sealed):
    """A keyring written now keeps, beside the bound wrap, the wrap every earlier version opens."""
    import json

    from workstation.domain.key_wrap import Wrap, unwrap_key

    path, key = sealed
    data = json.loads(keyring.keyring_path(path).read_text(encoding="utf-8"))
    entries = list(data["accounts"].values())
    assert len(entries) == 2 and all(keyring.BOUND in entry for entry in entries)
    legacy = [Wrap.from_json({k: v for k, v in entry.items() if k != keyring.BOUND}) for entry in entries]
    assert not any(wrap.bound for wrap in legacy)
    opened = [unwrap_key(wrap, password) for wrap in legacy for password in (ADMIN_PW, CLERK_PW)]
    assert sorted(k for k in opened if k is not None) == [key, key]


def _stored_hashes(path: str, key: bytes) -> dict[str, str]:
    from workstation.db.readers import quick_reader
    from workstation.db.sqlite.cipher import use_district_key
    from workstation.services.accounts import stored_hash

    use_district_key(path, key)
    reader = quick_reader(path)
    assert reader is not None
    try:
        return {name: stored_hash(reader, name) for name in ("admin", "clerk")}
    finally:
        reader.close()


def _hash_key(password: str, salt_and_cost: str) -> str:
    import base64

    _scheme, n, r, p, salt = salt_and_cost.split("$")
    raw = hashlib.scrypt(password.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p), dklen=32,
                         maxmem=256 * 1024 * 1024)
    return base64.b64encode(raw).decode()
