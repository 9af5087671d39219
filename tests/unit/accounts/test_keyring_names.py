"""The keyring beside an encrypted database does not list the user names: each wrap is filed under an
HMAC of the name (with the keyring's own salt); a keyring written before keeps opening and loses its
names at its next write."""

from __future__ import annotations

import json

import pytest

from workstation.db import keyring
from workstation.domain.key_wrap import new_district_key, wrap_key

pytestmark = pytest.mark.sqlite_only("the keyring belongs to an encrypted SQLite file")

ADMIN_PW, CLERK_PW, RECOVERY = "Admin-pass-2026", "Clerk-pass-2026", "Recovery-secret-2026"


def test_a_new_keyring_names_nobody_and_still_finds_each_account(tmp_path):
    db = tmp_path / "district.db"
    key = new_district_key()
    keyring.create_keyring(db, key, "Zhang.Admin", ADMIN_PW, RECOVERY)
    keyring.put_account(db, key, "clerk01", CLERK_PW)
    stored = keyring.keyring_path(db).read_text("utf-8")
    assert "zhang.admin" not in stored.lower() and "clerk01" not in stored
    assert keyring.unlock(db, " ZHANG.admin ", ADMIN_PW) == key  # the name as typed at sign-in
    assert keyring.unlock(db, "clerk01", CLERK_PW) == key
    assert keyring.unlock(db, "clerk01", ADMIN_PW) is None and keyring.unlock(db, "nobody", ADMIN_PW) is None
    keyring.remove_account(db, "clerk01")
    assert not keyring.has_account(db, "clerk01") and keyring.unlock(db, "clerk01", CLERK_PW) is None
    assert keyring.has_account(db, "zhang.admin")


def test_a_keyring_with_names_in_clear_opens_and_hides_them_at_its_next_write(tmp_path):
    db = tmp_path / "district.db"
    key = new_district_key()
    older = {"version": 1, "recovery": wrap_key(key, RECOVERY).to_json(),  # as the last release wrote it
             "accounts": {"admin": wrap_key(key, ADMIN_PW).to_json(), "clerk01": wrap_key(key, CLERK_PW).to_json()}}
    keyring.keyring_path(db).write_text(json.dumps(older), "utf-8")
    assert keyring.unlock(db, "admin", ADMIN_PW) == key and keyring.has_account(db, "clerk01")

    keyring.put_account(db, key, "admin", "New-admin-pass-2026")  # a password change: the next write
    stored = keyring.keyring_path(db).read_text("utf-8")
    assert '"admin"' not in stored and "clerk01" not in stored
    assert keyring.unlock(db, "admin", "New-admin-pass-2026") == key
    assert keyring.unlock(db, "clerk01", CLERK_PW) == key  # the other wraps moved, not lost
    assert keyring.unlock_with_recovery(db, RECOVERY) == key
    assert len(keyring.accounts(db)) == 2
