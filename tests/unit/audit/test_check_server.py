"""`check` on a server database (skipped without one: set WS_TEST_PG_URL, tests/support/pg_support.py)."""

from __future__ import annotations

import pytest
from pg_support import needs_postgres, throwaway_database
from sqlalchemy import text

from workstation.db.attachments import Attachments
from workstation.db.schema_version import HEAD
from workstation.db.session import open_database
from workstation.services.audit import check_server


@pytest.fixture
def server(actor):
    from workstation.services.district.service import DistrictService

    for url in throwaway_database():
        db = open_database(url, migrate_server=True)  # an empty server database: the administrator's migrate
        DistrictService(db.factory, actor).initialize("500107", "九龙坡区", [("500107001", "杨家坪街道")])
        yield db
        db.close()


@needs_postgres
def test_a_sound_server_database_passes_with_its_chain_and_attachments(server):
    report = check_server(server.location)
    assert report.ok, report.problems
    assert report.revision == HEAD and report.audit is not None and report.audit.rows > 0


@needs_postgres
def test_a_damaged_attachment_and_an_altered_audit_row_are_named(server):
    sha = Attachments(server.factory).put(b"%PDF scan")
    with server.engine.begin() as conn:
        conn.execute(text("UPDATE attachment_blob SET content = :c WHERE sha256 = :s"), {"c": b"bit rot", "s": sha})
        conn.execute(text("UPDATE audit_log SET actor = 'someone else' WHERE seq = 1"))
    report = check_server(server.location)
    assert any(f"数据库中的附件 {sha[:12]}… 的内容与其哈希不符" in p for p in report.problems)
    assert report.audit is not None and not report.audit.ok


def test_an_unreachable_server_is_a_problem_not_a_crash():
    report = check_server("postgresql+psycopg://clerk:s3cret@127.0.0.1:1/district")
    assert not report.ok and report.problems[0].startswith("无法读取服务器数据库")
    assert "s3cret" not in "\n".join(report.lines())
