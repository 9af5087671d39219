"""Automatic backups only when the data changed (services/backup/data_state.py): the last walk at 100,000
nurseries backed up 1.2 GB for a minute and a half at every start and every exit, changed or not."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest
from pg_support import needs_postgres, throwaway_database

from workstation.db.session import open_database
from workstation.services.accounts import AuthService
from workstation.services.audit.service import record_event
from workstation.services.backup import data_state
from workstation.services.backup.rotation import automatic_backups, forced_on_exit, run_automatic
from workstation.services.backup.service import backup, restore
from workstation.services.common.context import Actor
from workstation.services.common.uow import writing

MORNING = dt.datetime(2026, 12, 5, 8, 30)
MANAGER = Actor(username="mgr", role="MANAGER")


def change(db, actor) -> None:
    with writing(db.factory, actor) as session:
        record_event(session, actor, "export", "register", "nurseries", {"note": "a change"})


def test_open_and_exit_with_no_change_make_one_backup_and_a_change_makes_the_next(district, actor, tmp_path):
    folder = tmp_path / "auto"
    assert run_automatic(district.location, folder, actor=actor, now=MORNING) is not None  # at start
    AuthService(district.factory).create_first_admin("admin", "管理员", "correct horse 1")
    change(district, actor)  # (the account above is a change too)
    exit_made = run_automatic(district.location, folder, actor=actor, now=MORNING.replace(hour=9), force=True)
    assert exit_made is not None
    # The next day: sign in, out, exit: nothing but the session's own rows, so no backup at start or exit.
    auth = AuthService(district.factory)
    signed_in = auth.login("admin", "correct horse 1")
    auth.logout(signed_in, "menu")
    next_day = MORNING + dt.timedelta(days=1)
    assert run_automatic(district.location, folder, actor=actor, now=next_day) is None
    assert run_automatic(district.location, folder, actor=actor, now=next_day.replace(hour=18), force=True) is None
    assert [path for _, path in automatic_backups(folder)][-1] == exit_made
    change(district, actor)
    made = run_automatic(district.location, folder, actor=actor, now=next_day.replace(hour=19), force=True)
    assert made is not None and len(automatic_backups(folder)) == 3


def test_a_damaged_backup_of_the_same_data_does_not_count(district, actor, tmp_path):
    folder = tmp_path / "auto"
    first = run_automatic(district.location, folder, actor=actor, now=MORNING)
    first.write_bytes(first.read_bytes()[:1000])  # truncated: not a good backup
    assert run_automatic(district.location, folder, actor=actor, now=MORNING + dt.timedelta(days=1)) is not None


@pytest.mark.sqlite_only("the database file is restored and read directly; on a server: below")
def test_a_just_restored_district_counts_as_backed_up_by_the_backup_it_came_from(district, actor, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    made = backup(district.location, usb, actor=MANAGER)  # e.g. brought on a USB drive
    change(district, actor)
    db_path = Path(district.location)
    district.close()
    restore(made.path, db_path, actor=actor)
    folder = tmp_path / "auto"
    assert run_automatic(db_path, folder, actor=actor, now=MORNING) is None
    assert run_automatic(db_path, folder, actor=actor, now=MORNING.replace(hour=18), force=True) is None
    assert automatic_backups(folder) == []
    reopened = open_database(db_path)
    try:
        change(reopened, actor)
    finally:
        reopened.close()
    assert run_automatic(db_path, folder, actor=actor, now=MORNING.replace(hour=19), force=True) is not None


@pytest.mark.sqlite_only("the database file is restored and read directly; on a server: below")
def test_the_manifest_names_the_data_state_and_the_restore_records_it(district, actor, tmp_path):
    made = backup(district.location, tmp_path / "b.wsbackup", actor=MANAGER)
    assert made.manifest.data_state.count(":") == 2
    db_path = Path(district.location)
    district.close()
    restore(made.path, db_path, actor=actor)
    conn = sqlite3.connect(db_path)
    try:
        details = conn.execute("SELECT details FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()[0]
    finally:
        conn.close()
    assert json.loads(details)["data_state"] == made.manifest.data_state


@needs_postgres
def test_on_a_server_the_same_rule_holds_for_its_pg_dump_backups(actor, tmp_path):
    from workstation.services.district.service import DistrictService

    for url in throwaway_database():
        db = open_database(url, migrate_server=True)
        DistrictService(db.factory, actor).initialize("500107", "九龙坡区", [("500107001", "杨家坪街道")])
        folder, usb = tmp_path / "auto", tmp_path / "usb"
        first = run_automatic(url, folder, actor=actor, now=MORNING)
        assert first is not None
        assert run_automatic(url, folder, actor=actor, now=MORNING.replace(hour=18), force=True) is None
        change(db, actor)
        assert run_automatic(url, folder, actor=actor, now=MORNING.replace(hour=19), force=True) is not None
        usb.mkdir()
        made = backup(url, usb, actor=MANAGER)
        change(db, actor)
        db.close()
        restore(made.path, url, actor=actor)
        assert run_automatic(url, tmp_path / "other", actor=actor, now=MORNING.replace(hour=20), force=True) is None


@needs_postgres
def test_on_a_server_an_exit_after_another_desks_change_makes_no_second_backup_of_the_day(actor, tmp_path):
    # every desk's exit would dump the shared database (a minute at 100,000 nurseries) after any change
    from workstation.services.district.service import DistrictService

    for url in throwaway_database():
        db = open_database(url, migrate_server=True)
        DistrictService(db.factory, actor).initialize("500107", "九龙坡区", [("500107001", "杨家坪街道")])
        folder = tmp_path / "auto"
        assert run_automatic(url, folder, actor=actor, now=MORNING) is not None  # the day's, at the start
        change(db, actor)
        assert run_automatic(url, folder, actor=actor, now=MORNING.replace(hour=18), force=forced_on_exit(url)) is None
        assert run_automatic(url, folder, actor=actor, now=(MORNING + dt.timedelta(days=1)).replace(hour=18),
                             force=forced_on_exit(url)) is not None  # the next day's first
        db.close()


@pytest.mark.sqlite_only("a database file (a server's exit: the test above)")
def test_a_database_file_keeps_the_days_newest_state_at_exit(database, actor, tmp_path):
    assert forced_on_exit(database.location)
    folder = tmp_path / "auto"
    assert run_automatic(database.location, folder, actor=actor, now=MORNING) is not None
    change(database, actor)
    assert run_automatic(database.location, folder, actor=actor, now=MORNING.replace(hour=18),
                         force=forced_on_exit(database.location)) is not None


@pytest.mark.sqlite_only("SQLCipher encrypts the SQLite file")
def test_an_encrypted_district_reads_its_state_and_skips_the_exit_backup_too(demo_database, actor, tmp_path):
    from cipher_support import RECOVERY

    from workstation.services.accounts import seal_new_district, unlock

    path = tmp_path / "district.db"
    db = demo_database(path, 5, seed=3, today=MORNING.date(), actor=actor)
    AuthService(db.factory).create_first_admin("admin", "管理员", "Admin-pass-2026")
    seal_new_district(db, "admin", "Admin-pass-2026", RECOVERY).close()
    db = open_database(path, unlock(str(path), "admin", "Admin-pass-2026"))
    try:
        assert data_state.current(path).count(":") == 2 and data_state.current(path)[-1] != ":"
        folder = tmp_path / "auto"
        assert run_automatic(path, folder, actor=actor, now=MORNING) is not None
        assert run_automatic(path, folder, actor=actor, now=MORNING.replace(hour=18), force=True) is None
    finally:
        db.close()
