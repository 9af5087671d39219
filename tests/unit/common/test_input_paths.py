"""No file this process reads by hand is its own open database or a side file of it: a plain
open()/close() of those drops the process's SQLite locks (db/sqlite_file.py), and they are never
what a clerk meant to import or restore."""

from __future__ import annotations

import pytest

from workstation.db.output_paths import check_input_path
from workstation.db.session import open_database
from workstation.domain.errors import ValidationError
from workstation.services.backup.service import verify
from workstation.services.imports.errors import UnusableFileError
from workstation.services.imports.reader import read_table


@pytest.fixture
def live(tmp_path):
    db = open_database(tmp_path / "live.db")
    yield tmp_path / "live.db"
    db.close()


def test_the_open_database_and_its_side_files_are_refused_as_input(live, tmp_path):
    for name in ("live.db", "live.db-wal", "live.db-shm"):
        with pytest.raises(ValidationError, match="正在使用的数据库文件"):
            check_input_path(tmp_path / name)
    other = tmp_path / "other.xlsx"
    other.write_bytes(b"x")
    check_input_path(other)  # any other file is fine


def test_importing_the_open_database_is_refused_before_it_is_read(live):
    with pytest.raises(UnusableFileError, match="live.db.*正在使用的数据库文件"):
        read_table(live)


def test_restoring_from_the_open_database_is_refused_before_it_is_read(live):
    with pytest.raises(ValidationError, match="正在使用的数据库文件"):
        verify(live, live)


def test_a_database_this_process_has_not_opened_is_checked_when_named(tmp_path):
    closed = tmp_path / "c.db"
    closed.write_bytes(b"SQLite format 3\x00" + bytes(4080))
    check_input_path(closed)
    with pytest.raises(ValidationError):
        check_input_path(closed, databases=[closed])
