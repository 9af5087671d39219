"""Migrations: built from empty they equal the models; round trips; refusals leave files untouched."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

import workstation.db.orm  # noqa: F401
from workstation.db import crash_points, migrate
from workstation.db.base import Base, include_object
from workstation.db.engine import make_engine
from workstation.db.session import open_database
from workstation.domain.errors import StorageError
from workstation.services.common.context import Actor


def _config(conn):
    config = migrate._alembic_config()
    config.attributes["connection"] = conn
    return config


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_head_constant_is_alembic_head():
    heads = ScriptDirectory.from_config(migrate._alembic_config()).get_heads()
    assert heads == [migrate.HEAD]


def test_upgrade_from_empty_matches_models(database):
    with database.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True, "include_object": include_object}), Base.metadata)
    assert diff == []
    assert migrate.current_revision(database.engine) == migrate.HEAD


@pytest.mark.sqlite_only("SQLite's connection pragmas")
def test_pragmas_set_on_every_connection(database):
    with database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_downgrade_then_upgrade_round_trip(db_path):
    engine = make_engine(db_path)
    migrate.ensure_schema(engine)
    with engine.begin() as conn:
        command.downgrade(_config(conn), "base")
    with engine.connect() as conn:
        tables = set(conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'").scalars())
    assert tables <= {"alembic_version"}
    assert migrate.ensure_schema(engine) == migrate.HEAD
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn, opts={"include_object": include_object}), Base.metadata) == []
    engine.dispose()


def test_reopening_at_head_skips_alembic(db_path, monkeypatch):
    open_database(db_path).close()
    monkeypatch.setattr(migrate, "_upgrade", lambda *a: pytest.fail("alembic ran at head"))
    assert open_database(db_path).revision == migrate.HEAD


def test_newer_schema_is_refused_and_untouched(db_path):
    open_database(db_path).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num='29991231_0001'")
    before = _digest(db_path)
    with pytest.raises(StorageError, match="更新"):
        open_database(db_path)
    assert _digest(db_path) == before


def test_foreign_sqlite_database_is_refused(db_path):
    with sqlite3.connect(db_path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    before = _digest(db_path)
    with pytest.raises(StorageError, match="不是本工作站的数据库"):
        open_database(db_path)
    assert _digest(db_path) == before


@pytest.mark.parametrize("content", [b"PK\x03\x04 this is a zip", b"hello world\n" * 200])
def test_non_sqlite_file_is_refused_and_untouched(db_path, content):
    db_path.write_bytes(content)
    with pytest.raises(StorageError, match="不是 SQLite"):
        open_database(db_path)
    assert db_path.read_bytes() == content


@pytest.mark.sqlite_only("the SQLite file copied aside before a migration")
def test_file_is_copied_aside_before_migrating(db_path, monkeypatch):
    open_database(db_path).close()
    file_revision = migrate.HEAD
    # Pretend the program is one revision ahead of the file.
    monkeypatch.setattr(migrate, "HEAD", "20991231_9999")
    engine = make_engine(db_path)
    migrate.ensure_schema(engine)
    engine.dispose()
    backups = list(db_path.parent.glob(f"{db_path.name}.before-*.bak"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == file_revision


FIRST_RELEASE_NURSERY = (
    "INSERT INTO nursery (name, alias, legal_nature, kind, sponsor, status, business_scope, address, phone,"
    " legal_rep_name, legal_rep_id_type, legal_rep_id_no, legal_rep_phone, director_name, director_phone,"
    " living_room_floors, places_total, places_inclusive, provides_meals, inclusive, filing_no, notes,"
    " uuid, created_at, created_by, updated_at, updated_by, version) VALUES ('彩虹桥托育中心', '', 'FOR_PROFIT',"
    " 'STANDALONE', '', 'REGISTERED', '', '杨家坪正街8号', '', '张三', 'RESIDENT_ID', '', '', '', '', '', 30, 0,"
    " 0, 0, '', '', 'u-1', '2026-01-01', 'a', '2026-01-01', 'a', 1)"
)


def test_upgrade_from_first_release_keeps_rows_and_indexes_them(db_path):
    engine = make_engine(db_path)
    with engine.begin() as conn:
        command.upgrade(_config(conn), "20261123_0001")
        conn.exec_driver_sql(FIRST_RELEASE_NURSERY)
    engine.dispose()
    engine = make_engine(db_path)
    assert migrate.ensure_schema(engine) == migrate.HEAD
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT registration_certificate FROM nursery").scalar() == ""
        hits = conn.exec_driver_sql("SELECT rowid FROM nursery_fts WHERE nursery_fts MATCH '\"彩虹桥\"'").all()
        assert len(hits) == 1
    engine.dispose()
    assert list(db_path.parent.glob(f"{db_path.name}.before-20261123_0001-*.bak"))


def test_escalated_follow_ups_stored_as_closed_become_escalated(demo_database, tmp_path):
    """20261204_0011: an inspection closed with an escalated finding was stored as 整改后办结."""
    db = demo_database(tmp_path / "d.db", 300, seed=7, today=dt.date(2026, 12, 4),
                       actor=Actor("tester", "测试员", "SYSTEM"))
    escalated = "SELECT id FROM inspection WHERE state = 'ESCALATED' AND closed_on IS NOT NULL ORDER BY id"
    with db.engine.begin() as conn:
        ids = [r[0] for r in conn.exec_driver_sql(escalated)]
        assert ids
        command.downgrade(_config(conn), "20261204_0010")  # the rows as the old program wrote them
        assert [r[0] for r in conn.exec_driver_sql(escalated)] == []
        command.upgrade(_config(conn), "head")
        assert [r[0] for r in conn.exec_driver_sql(escalated)] == ids
    db.close()


def _schema_and_rows(path: Path) -> tuple[list, dict]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        schema = conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY type, name").fetchall()
        rows = {name: conn.execute(f'SELECT * FROM "{name}"').fetchall() for t, name, _ in schema if t == "table"}
        return schema, rows
    finally:
        conn.close()


def test_failed_migration_leaves_the_old_schema_and_one_copy_however_often_retried(db_path, monkeypatch):
    engine = make_engine(db_path)
    with engine.begin() as conn:
        command.upgrade(_config(conn), "20261123_0001")
        conn.exec_driver_sql(FIRST_RELEASE_NURSERY)
    engine.dispose()
    before = _schema_and_rows(db_path)
    steps: list[str] = []

    def fail_in_the_third_revision(name: str) -> None:
        steps.append(name)
        if len(steps) == 4:  # the copy, then three revisions applied (not yet committed)
            raise RuntimeError("disk pulled")

    monkeypatch.setattr(crash_points, "step", fail_in_the_third_revision)
    for _attempt in range(3):
        steps.clear()
        engine = make_engine(db_path)
        with pytest.raises(RuntimeError, match="disk pulled"):
            migrate.ensure_schema(engine)
        engine.dispose()
        assert _schema_and_rows(db_path) == before
    assert [p.name for p in db_path.parent.glob(f"{db_path.name}.before-*.bak")] == [
        f"{db_path.name}.before-20261123_0001-to-{migrate.HEAD}.bak"]
    monkeypatch.undo()
    assert open_database(db_path).revision == migrate.HEAD
