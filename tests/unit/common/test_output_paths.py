"""No writer puts a file over the database, its side files, its attachments or its own input: the one
check (db/output_paths.py), and the writers that go through it."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path

import pytest

from workstation.db import output_paths
from workstation.db.output_paths import check_output_path
from workstation.domain.errors import ValidationError
from workstation.exports import RegisterFilters, export_register
from workstation.services.registers import RegistersService


@pytest.fixture
def closed_db(tmp_path) -> Path:
    """A database file nobody has open (as the command line sees it before opening)."""
    path = tmp_path / "c.db"
    path.write_bytes(b"SQLite format 3\x00" + bytes(4080))
    path.with_name("c.db.files").mkdir()
    return path


def refused(out, **kwargs) -> str:
    with pytest.raises(ValidationError) as caught:
        check_output_path(out, **kwargs)
    return caught.value.message


def test_the_database_is_refused_by_any_of_its_names(closed_db, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "link.xlsx").symlink_to(closed_db)
    os.link(closed_db, tmp_path / "hard.xlsx")
    (tmp_path / "sub").mkdir()
    for name in (closed_db, "c.db", "./sub/../c.db", tmp_path / "link.xlsx", tmp_path / "hard.xlsx"):
        assert refused(name, databases=[closed_db]) == f"不能保存到“{name}”：这是正在使用的数据库文件。请换一个文件名。"
    assert refused(closed_db, databases=["c.db"])  # a relative database path too
    assert refused(closed_db, databases=[f"sqlite:///{closed_db}"])


@pytest.mark.parametrize("suffix", ["-wal", "-shm", "-journal"])
@pytest.mark.parametrize("exists", [True, False])
def test_side_files_are_refused_whether_or_not_they_exist(closed_db, suffix, exists):
    side = closed_db.with_name("c.db" + suffix)
    if exists:
        side.write_bytes(b"log")
    assert f"附属文件（{suffix}）" in refused(side, databases=[closed_db])


def test_the_attachments_folder_and_anything_in_it_are_refused(closed_db, tmp_path):
    files = closed_db.with_name("c.db.files")
    (files / "ab").mkdir()
    (tmp_path / "shortcut").symlink_to(files / "ab")
    assert "附件文件夹" in refused(files, databases=[closed_db])
    for inside in (files / "x.xlsx", files / "ab" / "x.pdf", tmp_path / "shortcut" / "x.pdf"):
        assert "在数据库“c.db”的附件文件夹里" in refused(inside, databases=[closed_db])


def test_an_input_of_the_same_command_is_refused(tmp_path):
    push = tmp_path / "push.xlsx"
    push.write_bytes(b"rows")
    assert "这是本次要读取的文件" in refused(push, inputs=[push])
    assert "这是本次要读取的文件" in refused(tmp_path / "." / "push.xlsx", inputs=[str(push)])


def test_a_folder_that_ignores_letter_case_refuses_other_spellings(closed_db, monkeypatch):
    check_output_path(closed_db.with_name("C.DB-WAL"), databases=[closed_db])  # this file system minds case
    monkeypatch.setattr(output_paths, "_ignores_case", lambda _probe: True)  # as on Windows and macOS
    assert "附属文件（-wal）" in refused(closed_db.with_name("C.DB-WAL"), databases=[closed_db])


def test_neighbours_of_the_database_are_fine(closed_db, tmp_path):
    for name in ("c.db.xlsx", "c.db-wal.xlsx", "c.db.files.pdf", "c.dbx", "d.db"):
        check_output_path(tmp_path / name, databases=[closed_db], inputs=[tmp_path / "push.xlsx"])


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.sqlite_only("no output may overwrite the open SQLite file or its -wal/-shm")
def test_a_database_this_process_has_open_is_refused_without_being_named(database, db_path):
    assert "这是正在使用的数据库文件" in refused(db_path)


@pytest.mark.sqlite_only("no output may overwrite the open SQLite file or its -wal/-shm")
def test_a_register_export_onto_the_database_is_refused_and_the_database_kept(district, db_path, actor):
    before = sha(db_path)
    service = RegistersService(district.factory, actor, export_register)
    with pytest.raises(ValidationError, match="这是正在使用的数据库文件"):
        service.export("nurseries", "xlsx", db_path, RegisterFilters())
    with pytest.raises(ValidationError, match="附件文件夹"):
        service.export("nurseries", "pdf", db_path.with_name(db_path.name + ".files"), RegisterFilters())
    assert sha(db_path) == before


@pytest.mark.sqlite_only("no output may overwrite the open SQLite file or its -wal/-shm")
def test_documents_calendar_files_and_import_reports_are_refused_too(district, db_path, tmp_path):
    from workstation.domain.enums import LegalNature
    from workstation.exports.fees.notice import write_fee_history
    from workstation.services.calendar.files import write_rows
    from workstation.services.fees.dto import NurseryFeeHeader
    from workstation.services.imports import ImportReport, save_rejected

    before = sha(db_path)
    header = NurseryFeeHeader(7, "彩虹桥托育中心", "52500107MJP000001X", "", LegalNature.SOCIAL_SERVICE, True,
                              "九龙坡区", "九龙坡区卫生健康委员会", "", "", "")
    with pytest.raises(ValidationError, match="这是正在使用的数据库文件"):
        write_fee_history(db_path, header, [])
    with pytest.raises(ValidationError, match="附属文件（-shm）"):
        write_rows(db_path.with_name(db_path.name + "-shm"), [])
    push = tmp_path / "push.csv"
    push.write_text("名称,统一社会信用代码\n甲,1\n", encoding="utf-8")
    report = ImportReport("push.csv", 1, (), committed=False, dry_run=True)
    with pytest.raises(ValidationError, match="这是本次要读取的文件"):
        save_rejected(report, push, push)
    assert sha(db_path) == before and push.read_text(encoding="utf-8").startswith("名称")


@pytest.mark.sqlite_only("no output may overwrite the open SQLite file or its -wal/-shm")
def test_a_backup_onto_the_database_is_refused(database, db_path, actor):
    from workstation.services.backup import backup

    before = sha(db_path)
    with pytest.raises(ValidationError, match="这是正在使用的数据库文件"):
        backup(db_path, db_path, actor=actor, now=dt.datetime(2026, 12, 4, 9, 0))
    assert sha(db_path) == before


@pytest.mark.parametrize("name", ["*.xlsx", "名册?.pdf", "a|b.xlsx", 'x".pdf'])
def test_a_wildcard_or_forbidden_character_is_no_file_name(tmp_path, name):
    message = refused(tmp_path / name)
    assert f"文件名“{name}”含有不能用于文件名的字符" in message and not (tmp_path / name).exists()
