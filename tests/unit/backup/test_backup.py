"""Backup and restore (services/backup.py): identical round trip, refusal before touching anything,
cancellation leaving nothing behind, online copy while others write."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest
from attachment_support import damage, put, stored
from hypothesis import given
from hypothesis import strategies as st
from index_damage import drop_row_behind_index
from sqlalchemy import text

from workstation.db.attachments import Attachments
from workstation.db.backup_files import partials
from workstation.db.session import open_database
from workstation.demo import DemoService
from workstation.domain.errors import PermissionDenied, StorageError
from workstation.services.audit.checks import check_database
from workstation.services.audit.service import record_event
from workstation.services.backup.bundle import DATABASE, MANIFEST
from workstation.services.backup.rotation import automatic_backups, rotate, run_automatic, to_keep
from workstation.services.backup.service import (
    BackupCancelled,
    RestoreCancelled,
    backup,
    restore,
    verify,
)
from workstation.services.common.context import Actor
from workstation.services.common.uow import writing

INSPECTOR = Actor(username="insp", role="INSPECTOR")
CLERK = Actor(username="clerk1", role="CLERK")
MANAGER = Actor(username="mgr", role="MANAGER")


def data(path: Path) -> dict[str, list]:
    """dump() but the audit trail, which a backup and a restore each extend by their own row."""
    return {name: rows for name, rows in dump(path).items() if name not in ("audit_log", "audit_head")}


def trail(path: Path) -> list[tuple]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT actor, action, details FROM audit_log ORDER BY seq").fetchall()
    finally:
        conn.close()


def dump(path: Path) -> dict[str, list]:
    """Every table's rows (sorted) and the schema, read generically through sqlite_master."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        schema = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name").fetchall()
        tables = [r[1] for r in schema if r[0] == "table"]
        out = {name: sorted(conn.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr) for name in tables}
    finally:
        conn.close()
    out["<schema>"] = schema
    return out


def files_of(db_path: Path) -> dict[str, bytes]:
    return stored(db_path)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """A closed demo database with 30 nurseries and three attachments, built once per module."""
    path = tmp_path_factory.mktemp("template") / "test.db"
    db = open_database(path)
    DemoService(db.factory, Actor(username="tester")).generate(30, seed=3)
    db.close()
    for data in (b"scan " * 5000, "检查照片".encode() * 300, bytes(range(256)) * 40):
        put(path, data)
    return path


@pytest.fixture
def filled(template, tmp_path):
    """An open copy of the template database (with its attachments) in tmp_path."""
    path = tmp_path / "test.db"
    shutil.copyfile(template, path)
    db = open_database(path)
    yield db
    db.close()


@pytest.fixture
def made(filled, actor, tmp_path):
    """A backup of `filled` in tmp_path/usb."""
    (tmp_path / "usb").mkdir()
    return backup(filled.location, tmp_path / "usb", actor=actor)


def test_backup_delete_restore_gives_identical_database_and_attachments(filled, actor, tmp_path):
    db_path = Path(filled.location)
    before, files_before = data(db_path), files_of(db_path)
    assert len(files_before) == 3 and before["nursery"]
    result = backup(db_path, tmp_path / "b.wsbackup", actor=actor)
    filled.close()
    for side in ("", "-wal", "-shm"):
        db_path.with_name(db_path.name + side).unlink(missing_ok=True)

    restored = restore(result.path, db_path, actor=actor)

    assert restored.replaced is None
    assert data(db_path) == before
    assert files_of(db_path) == files_before
    assert check_database(db_path).ok
    reopened = open_database(db_path)
    reopened.close()


def test_manifest_lists_every_member_with_its_checksum(made, filled):
    with zipfile.ZipFile(made.path) as archive:
        manifest = json.loads(archive.read(MANIFEST))
        names = set(archive.namelist()) - {MANIFEST}
        assert names == set(manifest["members"]) and DATABASE in names and len(names) == 1  # the attachments are in the database
        for name in names:
            data = archive.read(name)
            assert manifest["members"][name] == {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
    assert manifest["schema_revision"] == filled.revision
    assert manifest["tables"]["nursery"] == 30
    assert manifest["source"] == str(Path(filled.location).resolve())
    assert manifest["app_version"] and manifest["created_at"]


def test_restore_keeps_the_replaced_database_aside(filled, made, actor):
    db_path = Path(filled.location)
    at_backup = data(db_path)
    with filled.factory.begin() as session:
        session.execute(text("UPDATE nursery SET name = '备份后改名' WHERE id = 1"))
    new_sha = Attachments(filled.factory).put(b"added after the backup")
    after = dump(db_path)
    filled.close()

    result = restore(made.path, db_path, actor=actor)

    assert data(db_path) == at_backup
    assert result.replaced is not None and result.replaced.name.startswith("test.db.replaced-")
    assert dump(result.replaced) == after
    assert new_sha in stored(result.replaced)
    assert new_sha not in stored(db_path)
    assert not partials(db_path.parent)


def test_backup_is_online_and_copies_only_committed_data(filled, actor, tmp_path):
    db_path = Path(filled.location)
    writer = sqlite3.connect(db_path)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE nursery SET name = '未提交' WHERE id = 1")

    def after_the_copy(done: int, _total: int) -> None:
        if done >= 45 and writer.in_transaction:  # the backup's audit row needs the write lock
            writer.rollback()

    try:
        result = backup(db_path, tmp_path / "b.wsbackup", actor=actor, progress=after_the_copy)
    finally:
        writer.rollback()
        writer.close()
    elsewhere = tmp_path / "other" / "copy.db"
    elsewhere.parent.mkdir()
    restore(result.path, elsewhere, actor=actor)
    assert data(elsewhere) == data(db_path)


def test_progress_is_percent_and_reaches_100(filled, actor, tmp_path):
    seen: list[tuple[int, int]] = []
    backup(filled.location, tmp_path / "b.wsbackup", actor=actor, progress=lambda d, t: seen.append((d, t)))
    done = [d for d, _ in seen]
    assert {t for _, t in seen} == {100} and done == sorted(set(done)) and done[-1] == 100


@pytest.mark.parametrize("at_percent", [0, 30, 60, 99])
def test_cancelled_backup_leaves_nothing(filled, actor, tmp_path, at_percent):
    out = tmp_path / "usb"
    out.mkdir()
    seen: list[int] = []
    with pytest.raises(BackupCancelled):
        backup(filled.location, out, actor=actor, progress=lambda d, t: seen.append(d),
               is_cancelled=lambda: bool(seen) and seen[-1] >= at_percent)
    assert list(out.iterdir()) == []
    assert not partials(Path(filled.location).parent)


def test_verify_reports_the_manifest_and_changes_nothing(filled, made):
    db_path = Path(filled.location)
    before = sha(db_path)
    checked = verify(made.path, db_path)
    assert checked.manifest.attachments == 3 and checked.manifest.tables["nursery"] == 30
    assert sha(db_path) == before and not partials(db_path.parent)


def test_cancelled_restore_changes_nothing(filled, made, actor):
    db_path = Path(filled.location)
    filled.close()
    before = sha(db_path)
    with pytest.raises(RestoreCancelled):
        restore(made.path, db_path, actor=actor, is_cancelled=lambda: True)
    assert sha(db_path) == before
    assert not partials(db_path.parent) and not list(db_path.parent.glob("*.replaced-*"))


def test_restore_is_refused_while_another_program_reads(filled, made, actor, monkeypatch):
    monkeypatch.setattr("workstation.db.backup.LOCK_WAIT_S", 0.1)
    db_path = Path(filled.location)
    filled.close()
    reader = sqlite3.connect(db_path)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM nursery").fetchone()
    try:
        with pytest.raises(StorageError, match="占用"):
            restore(made.path, db_path, actor=actor)
    finally:
        reader.close()
    assert not list(db_path.parent.glob("*.replaced-*"))


def test_restore_is_refused_while_the_app_still_has_the_database_open(filled, made, actor, monkeypatch):
    monkeypatch.setattr("workstation.db.backup.LOCK_WAIT_S", 0.1)
    with filled.factory() as session:  # leaves an idle pooled connection, as the running app does
        session.execute(text("SELECT 1 FROM nursery")).all()
    with pytest.raises(StorageError, match="占用"):
        restore(made.path, filled.location, actor=actor)


def test_only_the_manager_and_the_administrator_back_up_and_only_the_administrator_restores(filled, made, tmp_path):
    """A backup holds every full ID number and password hash: the clerk and the inspector may not take one."""
    for who in (CLERK, INSPECTOR):
        with pytest.raises(PermissionDenied, match="无权备份数据"):
            backup(filled.location, tmp_path / "i.wsbackup", actor=who)
        assert not (tmp_path / "i.wsbackup").exists()
    backup(filled.location, tmp_path / "m.wsbackup", actor=MANAGER)
    for who in (CLERK, INSPECTOR, MANAGER):
        with pytest.raises(PermissionDenied, match="无权恢复数据"):
            restore(made.path, filled.location, actor=who)


def test_automatic_backups_run_for_whoever_is_signed_in(filled, tmp_path):
    made = run_automatic(filled.location, tmp_path / "auto", actor=CLERK, now=dt.datetime(2026, 12, 4, 8, 0))
    assert made is not None and made.is_file()
    actor, action, details = trail(Path(filled.location))[-1]
    assert (actor, action) == ("clerk1", "backup") and json.loads(details)["automatic"] is True


def test_backup_and_restore_are_audited_with_the_file_and_its_hash(filled, actor, tmp_path):
    db_path = Path(filled.location)
    made = backup(db_path, tmp_path / "b.wsbackup", actor=MANAGER)
    who, action, details = trail(db_path)[-1]
    recorded = json.loads(details)
    assert (who, action) == ("mgr", "backup")
    assert recorded["sha256"] == sha(made.path) and recorded["name"] == "b.wsbackup"
    filled.close()
    restored = restore(made.path, db_path, actor=actor)
    who, action, details = trail(db_path)[-1]
    recorded = json.loads(details)
    assert (who, action) == (actor.username, "restore")
    assert recorded["sha256"] == sha(made.path) and recorded["replaced"] == str(restored.replaced)
    assert check_database(db_path).ok


def test_restore_says_and_records_the_newer_audit_rows_it_leaves_in_the_replaced_file(filled, actor, tmp_path):
    db_path = Path(filled.location)
    made = backup(db_path, tmp_path / "b.wsbackup", actor=actor)
    with writing(filled.factory, actor) as session:
        record_event(session, actor, "export", "register", "nurseries", {"note": "after the backup"})
    filled.close()
    result = restore(made.path, db_path, actor=actor)
    # the backup's own row and the export were written after the copy
    assert result.newer_audit_rows == 2
    assert "2 条审计记录晚于这份备份" in result.warning() and str(result.replaced) in result.warning()
    assert json.loads(trail(db_path)[-1][2])["newer_audit_rows"] == 2
    assert [a for _, a, _ in trail(result.replaced)][-2:] == ["backup", "export"]  # kept in the replaced file


def test_damaged_attachment_is_reported(filled, actor, tmp_path):
    damaged = Attachments(filled.factory).shas()[0]
    damage(filled.location, damaged, b"bit rot")
    result = backup(filled.location, tmp_path / "b.wsbackup", actor=actor)
    assert result.manifest.damaged == (damaged,) and result.manifest.attachments == 3
    verify(result.path, filled.location)


def test_unreachable_servers_and_missing_files_are_refused_clearly(actor, tmp_path):
    with pytest.raises(StorageError, match="无法连接数据库服务器") as caught:
        backup("postgresql+psycopg://clerk:s3cret@127.0.0.1:1/db", tmp_path / "b.wsbackup", actor=actor)
    assert "s3cret" not in caught.value.message and not (tmp_path / "b.wsbackup").exists()
    with pytest.raises(StorageError, match="不存在"):
        backup(tmp_path / "missing.db", tmp_path / "b.wsbackup", actor=actor)
    with pytest.raises(StorageError, match="不存在"):
        backup(tmp_path / "missing.db", tmp_path / "no-such-usb" / "b.wsbackup", actor=actor)
    assert not (tmp_path / "missing.db").exists()


def test_automatic_backup_at_most_once_a_day(filled, actor, tmp_path):
    folder = tmp_path / "auto"
    morning, evening = dt.datetime(2026, 11, 23, 8, 30), dt.datetime(2026, 11, 23, 18, 0)
    first = run_automatic(filled.location, folder, actor=actor, now=morning)
    assert first == folder / "auto-20261123-083000.wsbackup"
    assert run_automatic(filled.location, folder, actor=actor, now=evening) is None
    with writing(filled.factory, actor) as session:  # the next day's backup needs a change to back up
        record_event(session, actor, "export", "register", "nurseries", {"note": "after the backup"})
    assert run_automatic(filled.location, folder, actor=actor, now=evening + dt.timedelta(days=1)) is not None
    assert len(automatic_backups(folder)) == 2
    verify(first, filled.location)


def test_rotation_keeps_last_daily_and_first_of_each_month_and_never_manual(tmp_path):
    start = dt.datetime(2025, 1, 1, 17, 0)
    for day in range(400):  # a backup every day for 400 days
        (tmp_path / f"auto-{start + dt.timedelta(days=day):%Y%m%d-%H%M%S}.wsbackup").write_bytes(b"x")
    (tmp_path / "manual.wsbackup").write_bytes(b"m")
    (tmp_path / "auto-20251301-000000.wsbackup").write_bytes(b"not a date")
    rotate(tmp_path, keep_daily=7, keep_monthly=12)
    kept = [stamp for stamp, _ in automatic_backups(tmp_path)]
    last = start + dt.timedelta(days=399)
    assert kept[-7:] == [last - dt.timedelta(days=n) for n in range(6, -1, -1)]
    firsts = sorted(stamp for stamp in kept if stamp.day == 1)
    assert len(firsts) == 12 and firsts[-1].month == last.month
    assert last.date() == dt.date(2026, 2, 4)
    assert len(kept) == 7 + 12 - 1  # 1 February is both one of the last 7 days and a month's first
    assert (tmp_path / "manual.wsbackup").exists() and (tmp_path / "auto-20251301-000000.wsbackup").exists()


stamps = st.lists(st.datetimes(min_value=dt.datetime(2020, 1, 1), max_value=dt.datetime(2030, 1, 1)), max_size=60)


@given(stamps, st.integers(0, 10), st.integers(0, 15))
def test_rotation_policy_properties(times, daily, monthly):
    kept = to_keep(times, daily, monthly)
    assert set(kept) <= set(times) and kept == sorted(kept)
    assert len(kept) <= daily + monthly
    days = sorted({t.date() for t in times})[-daily:] if daily else []
    for day in days:  # the newest backup of each of the last `daily` days survives
        assert max(t for t in times if t.date() == day) in kept
    months = sorted({(t.year, t.month) for t in times})[-monthly:] if monthly else []
    for month in months:  # and the first of each of the last `monthly` months
        assert min(t for t in times if (t.year, t.month) == month) in kept


def test_backup_refuses_a_database_whose_index_disagrees_with_its_table(filled, actor, tmp_path):
    """The damage quick_check misses (a lost -wal leaves exactly this): no backup carries it unnoticed."""
    db_path = Path(filled.location)
    filled.close()
    drop_row_behind_index(db_path, "audit_log", "ix_audit_log_actor")
    out = tmp_path / "b.wsbackup"

    with pytest.raises(StorageError, match="完整性检查未通过") as caught:
        backup(db_path, out, actor=actor)

    assert "ix_audit_log_actor" in caught.value.message
    assert not out.exists() and not partials(db_path.parent) and not partials(tmp_path)
