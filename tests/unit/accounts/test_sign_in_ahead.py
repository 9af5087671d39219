"""The sign-in given with the command (`--login-stdin`) begun on a thread before Qt loads (sign_in_ahead):
its results are the window's sign-in's own, only for the same name and password, and a failure is
raised and counted as the sign-in would (once)."""

from __future__ import annotations

import datetime as dt

import pytest
from cipher_support import RECOVERY

from workstation.db.sign_in_attempts import entry_ids, pending
from workstation.domain.passwords import hash_like, hash_password
from workstation.services.accounts import AuthService, seal_new_district
from workstation.services.accounts.auth import LoginFailed
from workstation.services.common.context import Actor
from workstation.sign_in_ahead import SignInAhead, begin

ADMIN_PW = "Admin-pass-2026"
TODAY = dt.date(2026, 12, 5)


@pytest.fixture
def plain(demo_database, tmp_path):
    """An unencrypted district with an administrator: a SQLite file, or a server database on PostgreSQL."""
    db = demo_database(tmp_path / "district.db", 3, seed=5, today=TODAY, actor=Actor("tester", "测试员", "SYSTEM"))
    AuthService(db.factory).create_first_admin("admin", "管理员", ADMIN_PW)
    db.close()
    return str(db.location)


def test_a_hash_like_the_stored_one_is_equal_only_for_the_right_password():
    stored = hash_password("Right-pass-2026")
    assert hash_like("Right-pass-2026", stored) == stored
    assert hash_like("Wrong-pass-2026", stored) not in ("", stored)
    assert hash_like("Right-pass-2026", "md5$abc") == hash_like("x", "not a hash") == ""


def test_on_a_plain_database_the_hash_and_home_readings_are_those_of_the_window(plain):
    from workstation.services.home import HomeService

    ahead = SignInAhead(plain, "admin", ADMIN_PW).start()
    reader, home = ahead.served()
    try:
        stored = reader.rows("SELECT password_hash FROM user_account WHERE username = 'admin'")[0][0]
        assert ahead.password_hash("admin", ADMIN_PW) == stored
        assert ahead.password_hash("admin", "Another-pass-1") == ""  # other credentials: nothing given
        assert home.summary() == HomeService(reader).summary()
        assert ahead.served() is None  # handed over once
    finally:
        home.close()
        reader.close()


def test_a_wrong_password_on_a_plain_database_gives_a_hash_that_does_not_sign_in(plain):
    ahead = SignInAhead(plain, "admin", "Not-the-password-1").start()
    reader, home = ahead.served()
    try:
        stored = reader.rows("SELECT password_hash FROM user_account WHERE username = 'admin'")[0][0]
        assert ahead.password_hash("admin", "Not-the-password-1") not in ("", stored)
    finally:
        home.close()
        reader.close()


@pytest.mark.sqlite_only("the unlock of a SQLCipher file (a server has no keyring)")
def test_on_an_encrypted_file_a_wrong_password_is_raised_where_the_sign_in_asks_and_counted_once(
        demo_database, tmp_path):
    path = tmp_path / "sealed.db"
    db = demo_database(path, 3, seed=5, today=TODAY, actor=Actor("tester", "测试员", "SYSTEM"))
    AuthService(db.factory).create_first_admin("admin", "管理员", ADMIN_PW)
    seal_new_district(db, "admin", ADMIN_PW, RECOVERY).close()
    ahead = begin(str(path), ("admin", "Not-the-password-1"))
    assert ahead is not None and ahead.served() is None  # nothing read without the key
    assert ahead.opened("admin", ADMIN_PW) is None  # begun for other credentials: the sign-in unwraps itself
    with pytest.raises(LoginFailed):
        ahead.opened("admin", "Not-the-password-1")
    assert pending(path)[entry_ids(path, "admin")[0]].failures == 1
    right = begin(str(path), ("admin", ADMIN_PW))
    assert right.opened("admin", ADMIN_PW).key is not None
    reader, home = right.served()  # read with the key once it was unwrapped
    home.close()
    reader.close()


def test_no_thread_is_begun_for_a_missing_file(tmp_path):
    assert begin(str(tmp_path / "none.db"), ("admin", ADMIN_PW)) is None
    assert begin("sqlite:///" + str(tmp_path / "none.db"), ("admin", ADMIN_PW)) is None
