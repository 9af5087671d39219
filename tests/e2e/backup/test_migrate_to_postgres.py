"""`workstation migrate-to-postgres`: a district's file copied into an empty server database
(the server parts are skipped without one: set WS_TEST_PG_URL, tests/support/pg_support.py)."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from attachment_support import put
from cli_support import add_accounts, cli
from pg_support import needs_postgres, throwaway_database
from sqlalchemy import func, select

from workstation.db.attachments import Attachments
from workstation.db.base import Base
from workstation.db.orm import District, Street
from workstation.db.session import open_database
from workstation.demo import DemoService
from workstation.services.common.context import Actor


@pytest.fixture(scope="module")
def district_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("district") / "d.db"
    db = open_database(path)
    DemoService(db.factory, Actor("tester", "测试员", "SYSTEM"), today=dt.date(2026, 12, 4)).generate(60, seed=8)
    db.close()
    add_accounts(path)
    put(path, b"%PDF licence scan" * 100)
    return path


@pytest.fixture
def server():
    yield from throwaway_database()


def _counts(path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
                                            " AND name NOT LIKE 'nursery_fts%' AND name NOT LIKE 'nursery_gram%'"
                                            " AND name NOT LIKE 'search_position%'")]
        return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        conn.close()


def test_the_target_must_be_a_server_url(district_file, tmp_path):
    result = cli("migrate-to-postgres", "--from", str(district_file), "--to", str(tmp_path / "copy.db"),
                 env_home=tmp_path, user="admin")
    assert result.returncode == 2 and "--to 应为服务器数据库的地址" in result.stderr


@needs_postgres
def test_every_row_moves_with_its_id_and_the_server_keeps_numbering_after_them(district_file, server, tmp_path):
    before = _counts(district_file)
    result = cli("migrate-to-postgres", "--from", str(district_file), "--to", server, env_home=tmp_path, user="admin")
    assert result.returncode == 0, result.stderr
    assert "审计链" in result.stdout and "校验通过" in result.stdout
    after = _counts(district_file)  # the file keeps its data; the sign-in added its audit row
    assert {**after, "audit_log": before["audit_log"]} == before and after["audit_log"] == before["audit_log"] + 1
    expected = {**after, "audit_log": after["audit_log"] + 1}  # and the server records the migration

    db = open_database(server)
    try:
        with db.factory() as session:
            for name, rows in expected.items():
                if name != "alembic_version":
                    assert session.scalar(select(func.count()).select_from(Base.metadata.tables[name])) == rows, name
            district = session.scalars(select(District)).one()
            largest = session.scalar(select(func.max(Street.id)))
        assert Attachments(db.factory).read(Attachments(db.factory).shas()[0]) == b"%PDF licence scan" * 100
        with db.factory.begin() as session:  # a new row after the copied ids, not on top of them
            street = Street(district_id=district.id, code="500107999", name="新设街道")
            session.add(street)
            session.flush()
            assert street.id == largest + 1
    finally:
        db.close()
    assert cli("--db", server, "check", env_home=tmp_path).returncode == 0


@needs_postgres
def test_a_server_database_that_holds_data_is_refused(district_file, server, tmp_path):
    assert cli("migrate-to-postgres", "--from", str(district_file), "--to", server, env_home=tmp_path,
               user="admin").returncode == 0
    again = cli("migrate-to-postgres", "--from", str(district_file), "--to", server, env_home=tmp_path, user="admin")
    assert again.returncode == 2 and "目标数据库不是空的" in again.stderr and "未作任何改动" in again.stderr


@needs_postgres
def test_the_copied_rows_are_marked_visible_and_counted_for_the_planner_at_once(district_file, server, tmp_path):
    """Not left to autovacuum: the first desks after the move get index-only scans and planned queries."""
    from sqlalchemy import text

    assert cli("migrate-to-postgres", "--from", str(district_file), "--to", server, env_home=tmp_path,
               user="admin").returncode == 0
    db = open_database(server)
    try:
        with db.engine.connect() as conn:
            pages, visible = conn.execute(text("SELECT relpages, relallvisible FROM pg_class "
                                               "WHERE relname = 'nursery'")).one()
            analysed = conn.execute(text("SELECT count(*) FROM pg_stats WHERE tablename = 'nursery'")).scalar()
    finally:
        db.close()
    assert pages > 0 and visible == pages and analysed > 0
