"""Backup, verify, restore and check of attachments on a PostgreSQL server (skipped without one:
set WS_TEST_PG_URL, see tests/support/pg_support.py; pg_dump and pg_restore must be installed)."""

from __future__ import annotations

import json
import zipfile

import pytest
from pg_support import needs_postgres, throwaway_database
from sqlalchemy import text

from workstation.db.attachments import Attachments
from workstation.db.server_dump import safe_location
from workstation.db.session import open_database
from workstation.services.backup import BackupInvalid, backup, restore, verify

pytestmark = needs_postgres


@pytest.fixture
def server(actor):
    """A migrated server database with a district and one attachment, open."""
    from workstation.services.district.service import DistrictService

    for url in throwaway_database():
        db = open_database(url, migrate_server=True)  # an empty server database: the administrator's migrate
        DistrictService(db.factory, actor).initialize("500107", "九龙坡区", [("500107001", "杨家坪街道")])
        Attachments(db.factory).put(b"%PDF licence scan")
        yield db
        db.close()


def _streets(db) -> list[str]:
    with db.factory() as session:
        return list(session.scalars(text("SELECT name FROM street ORDER BY id")))


def test_a_server_backup_restores_the_data_and_attachments_it_was_made_from(server, actor, tmp_path):
    made = backup(server.location, tmp_path, actor=actor)
    with zipfile.ZipFile(made.path) as archive:
        assert sorted(archive.namelist()) == ["database.pgdump", "manifest.json"]
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["engine"] == "postgresql" and made.manifest.attachments == 1
    assert manifest["source"] == safe_location(server.location)
    store = Attachments(server.factory)
    later = store.put(b"scan attached after the backup")
    with server.factory.begin() as session:
        session.execute(text("UPDATE street SET name = '备份后改名'"))
    server.close()

    assert verify(made.path, server.location).manifest.engine == "postgresql"
    restore(made.path, server.location, actor=actor)

    reopened = open_database(server.location)
    try:
        assert _streets(reopened) == ["杨家坪街道"]
        restored = Attachments(reopened.factory)
        assert restored.count() == 1 and not restored.exists(later)
    finally:
        reopened.close()


def test_a_backup_of_a_database_file_is_refused_by_a_server(server, actor, tmp_path):
    from workstation.services.district.service import DistrictService

    district = open_database(tmp_path / "district.db")  # a database file even when the suite runs on a server
    DistrictService(district.factory, actor).initialize("500107", "九龙坡区", [("500107001", "杨家坪街道")])
    district.close()
    made = backup(district.location, tmp_path / "file.wsbackup", actor=actor)
    with pytest.raises(BackupInvalid, match="这是本机数据库文件（SQLite）的备份，不能恢复到服务器数据库（PostgreSQL）"):
        restore(made.path, server.location, actor=actor)
    assert _streets(server) == ["杨家坪街道"]


def test_the_same_scan_stored_meanwhile_at_another_desk_is_no_error(server, monkeypatch):
    store = Attachments(server.factory)
    sha = store.put(b"scan of the same licence")  # committed by the other desk after this one looked
    with server.factory.begin() as session:
        real, looked = session.scalar, []

        def missed_it_the_first_time(statement, *args, **kwargs):
            looked.append(statement)
            return None if len(looked) == 1 else real(statement, *args, **kwargs)

        monkeypatch.setattr(session, "scalar", missed_it_the_first_time)
        assert store.put(b"scan of the same licence", session) == sha
        store.put(b"another scan in the same save", session)  # the transaction goes on
    assert store.count() == 3  # with the fixture's scan
