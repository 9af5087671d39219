"""Failures of the storage: wrong, truncated, read-only, locked database files, a full disk during a
save or a backup, a missing attachments folder, damaged or tampered backups. Each gives a clear
Chinese StorageError and loses nothing already saved. Damaged and tampered backups:
test_backup_tampering.py."""

from __future__ import annotations

import csv
import dataclasses
import errno
import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event, func, select, text

from workstation.db.attachment_folder import attachments_dir
from workstation.db.attachments import Attachments
from workstation.db.errors import integrity_ok, translate_db_error
from workstation.db.orm import Nursery
from workstation.db.session import open_database
from workstation.db.sqlite_file import integrity_problems
from workstation.demo import DemoService
from workstation.domain.codes import make_uscc
from workstation.domain.errors import StorageError
from workstation.services.backup import service as backup_module
from workstation.services.backup.service import backup, restore
from workstation.services.common.context import Actor
from workstation.services.imports import RegistrationImporter
from workstation.services.registry.intake import IntakeService

ACTOR = Actor(username="tester")


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("template") / "w.db"
    db = open_database(path)
    DemoService(db.factory, ACTOR).generate(30, seed=3)
    Attachments(db.factory).put(b"photo" * 1000)
    db.close()
    return path


@pytest.fixture
def db_file(template, tmp_path) -> Path:
    path = tmp_path / "w.db"
    shutil.copyfile(template, path)
    return path


@pytest.fixture
def db(db_file):
    database = open_database(db_file)
    yield database
    database.close()


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def nurseries(database) -> int:
    with database.factory() as session:
        return session.scalar(select(func.count()).select_from(Nursery))


def edit(database, nursery_id: int = 1, suffix: str = "甲"):
    service = IntakeService(database.factory, ACTOR)
    record = service.get(nursery_id)
    draft = dataclasses.replace(record.draft, address=record.draft.address + suffix)
    return service.update(nursery_id, record.version, draft, overrides=record.overrides)


def push_file(path: Path, n: int) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["名称", "统一社会信用代码", "成立日期", "住所"])
        for i in range(1, n + 1):
            writer.writerow([f"第{i}托育有限公司", make_uscc("91", "500107", f"MB{i:07d}"), "2024-03-05", f"{i}号"])
    return path


# -- wrong and truncated files ------------------------------------------------------------------

def test_wrong_file_is_refused_untouched(tmp_path):
    wrong = tmp_path / "报表.xlsx"
    wrong.write_bytes(b"PK\x03\x04" + os.urandom(5000))
    before = sha(wrong)
    with pytest.raises(StorageError, match="不是 SQLite"):
        open_database(wrong)
    assert sha(wrong) == before and sorted(p.name for p in tmp_path.iterdir()) == ["报表.xlsx"]


@pytest.mark.parametrize("keep", [0.3, 0.8])
def test_truncated_database_is_refused_untouched(db_file, keep):
    data = db_file.read_bytes()
    db_file.write_bytes(data[: int(len(data) * keep) // 4096 * 4096 + 100])
    before = sha(db_file)
    with pytest.raises(StorageError, match="截断"):
        open_database(db_file)
    assert sha(db_file) == before


# -- read-only files ----------------------------------------------------------------------------

def _make_read_only(path: Path, monkeypatch) -> None:
    path.chmod(0o444)
    if os.access(path, os.W_OK):  # running as root, which ignores permission bits: answer as for a user
        real = os.access
        monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if Path(p) == path and mode & os.W_OK
                            else real(p, mode, **kw))


def test_read_only_database_is_refused_at_open_untouched(db_file, monkeypatch):
    before = sha(db_file)
    _make_read_only(db_file, monkeypatch)
    with pytest.raises(StorageError, match="只读"):
        open_database(db_file)
    assert sha(db_file) == before


def test_save_to_a_database_that_became_read_only_gives_a_clear_error(db, db_file):
    saved = edit(db, suffix="乙")
    db.engine.dispose()  # later connections see a read-only file (as after a permission change)

    @event.listens_for(db.engine, "do_connect")
    def read_only(_dialect, _record, cargs, cparams):
        cargs[:] = [f"{db_file.resolve().as_uri()}?mode=ro"]
        cparams["uri"] = True

    with pytest.raises(StorageError, match="只读.*此前已保存的数据不受影响"):
        edit(db, suffix="丙")
    assert IntakeService(db.factory, ACTOR).get(1).draft.address == saved.draft.address


# -- locked database ----------------------------------------------------------------------------

def test_locked_database_gives_a_clear_message_and_the_save_works_later(db_file, monkeypatch):
    monkeypatch.setattr("workstation.db.engine.BUSY_TIMEOUT_MS", 100)
    database = open_database(db_file)
    other = sqlite3.connect(db_file)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock longer than busy_timeout
    try:
        with pytest.raises(StorageError, match="数据库正被其他程序占用"):
            edit(database)
    finally:
        other.rollback()
        other.close()
    assert edit(database).draft.address.endswith("甲")
    database.close()


# -- full disk ----------------------------------------------------------------------------------

def test_disk_full_during_an_import_writes_nothing_and_keeps_the_data(db, db_file, tmp_path):
    before = nurseries(db)
    with db.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    db.engine.dispose()
    limit = event.listens_for(db.engine, "connect")(
        lambda conn, _record: conn.execute(f"PRAGMA max_page_count={pages + 3}"))  # SQLITE_FULL soon
    with pytest.raises(StorageError, match="磁盘空间已满.*此前已保存的数据不受影响"):
        RegistrationImporter(db.factory, ACTOR).commit(push_file(tmp_path / "p.csv", 2000))
    event.remove(db.engine, "connect", limit)
    db.engine.dispose()
    assert nurseries(db) == before
    assert integrity_problems(db_file) == []
    assert edit(db).version > 1


def _disk_full(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


def test_disk_full_during_a_backup_leaves_no_file(db, tmp_path, monkeypatch):
    out = tmp_path / "usb"
    out.mkdir()
    real = backup_module.add_member

    def fill_then_fail(archive, name, source, step=None):
        real(archive, name, source, step)
        _disk_full()

    monkeypatch.setattr(backup_module, "add_member", fill_then_fail)
    with pytest.raises(StorageError, match="备份失败：磁盘空间已满"):
        backup(db.location, out, actor=ACTOR)
    assert list(out.iterdir()) == []
    assert not [p for p in Path(db.location).parent.iterdir() if p.name.endswith(".partial")]


def test_disk_full_during_a_restore_changes_nothing(db, db_file, tmp_path, monkeypatch):
    made = backup(db.location, tmp_path / "b.wsbackup", actor=ACTOR).path
    db.close()
    before = sha(db_file)
    monkeypatch.setattr(backup_module, "extract_member", _disk_full)
    with pytest.raises(StorageError, match="恢复失败：磁盘空间已满"):
        restore(made, db_file, actor=ACTOR)
    assert sha(db_file) == before and not list(tmp_path.glob("*.replaced-*"))


def test_a_damaged_database_is_never_saved_as_a_backup(db_file, tmp_path):
    data = bytearray(db_file.read_bytes())
    data[5 * 4096:8 * 4096] = bytes(range(256)) * 48  # garbage over b-tree pages, header intact
    db_file.write_bytes(bytes(data))
    out = tmp_path / "usb"
    out.mkdir()
    with pytest.raises(StorageError, match="完整性检查未通过"):
        backup(db_file, out, actor=ACTOR)
    assert list(out.iterdir()) == []


def test_translation_of_driver_errors():
    locked = sqlite3.OperationalError("database is locked")
    assert "占用" in translate_db_error(locked).message
    assert "磁盘空间已满" in translate_db_error(OSError(errno.ENOSPC, "full")).message
    assert "U盘" in translate_db_error(OSError(errno.ENOENT, "gone", "/media/usb/x")).message
    assert translate_db_error(ValueError("not storage")) is None
    assert translate_db_error(sqlite3.IntegrityError("UNIQUE constraint failed")) is None



def _malformed_on_next_statement(database) -> None:
    """The next statement fails as SQLite says when it reads a page it cannot parse."""
    def fail(*_args):
        event.remove(database.engine, "before_cursor_execute", fail)
        raise sqlite3.DatabaseError("database disk image is malformed")

    event.listen(database.engine, "before_cursor_execute", fail)


def test_a_sound_database_is_never_called_corrupt(db):
    """Before: any "malformed" read said 数据库文件已损坏，请用备份恢复 although the file was sound
    (restoring would have lost the day's work)."""
    _malformed_on_next_statement(db)
    with pytest.raises(StorageError) as raised:
        with db.factory() as session:
            session.execute(text("SELECT count(*) FROM nursery"))
    assert "完整性检查通过" in raised.value.message and "恢复" not in raised.value.message
    with db.factory() as session:  # and the next statement simply works
        assert session.execute(text("SELECT count(*) FROM nursery")).scalar() == 30


def test_a_database_failing_the_integrity_check_is_called_corrupt(db, db_file):
    db.close()
    data = bytearray(db_file.read_bytes())
    data[5 * 4096:8 * 4096] = bytes(range(256)) * 48
    db_file.write_bytes(bytes(data))
    assert integrity_ok(str(db_file)) is False
    translated = translate_db_error(sqlite3.DatabaseError("database disk image is malformed"),
                                    is_sound=lambda: integrity_ok(str(db_file)))
    assert "已损坏（完整性检查未通过）" in translated.message

# -- attachments travel inside the database -----------------------------------------------------

def test_attachments_need_no_folder_beside_the_database(db, db_file, tmp_path):
    sha_of_photo = Attachments(db.factory).shas()[0]
    assert not attachments_dir(db_file).exists()
    made = backup(db.location, tmp_path / "b.wsbackup", actor=ACTOR)
    assert made.manifest.attachments == 1
    db.close()
    restore(made.path, db_file, actor=ACTOR)
    assert not attachments_dir(db_file).exists() and integrity_problems(db_file) == []
    reopened = open_database(db_file)
    assert Attachments(reopened.factory).read(sha_of_photo) == b"photo" * 1000
    reopened.close()
