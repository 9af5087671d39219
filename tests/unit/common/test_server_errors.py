"""PostgreSQL failures reach people as clear Chinese StorageErrors, and a desk waits a bounded time.

The server tests run when the suites run on PostgreSQL (WS_TEST_DB=postgresql; make test does).
"""

from __future__ import annotations

import pytest
from sqlalchemy import text

from workstation.db import engine as engine_module
from workstation.db.postgres import connection as pg_connection
from workstation.db.postgres import errors as pg_errors
from workstation.domain.errors import StorageError


def test_a_server_that_does_not_answer_is_named_not_an_internal_error():
    # Port 1: nothing listens; the driver's OperationalError used to surface as it was
    engine = engine_module.make_engine("postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=3")
    try:
        with pytest.raises(StorageError) as raised, engine.connect():
            pass
    finally:
        engine.dispose()
    assert pg_errors.REFUSED in str(raised.value) and "未保存" in str(raised.value)


@pytest.fixture
def server_database(database):
    if database.engine.dialect.name != "postgresql":
        pytest.skip("needs the PostgreSQL run (WS_TEST_DB=postgresql)")
    return database


def test_every_connection_has_a_lock_and_an_idle_transaction_timeout(server_database):
    with server_database.engine.connect() as conn:
        lock = conn.execute(text("SHOW lock_timeout")).scalar_one()
        idle = conn.execute(text("SHOW idle_in_transaction_session_timeout")).scalar_one()
    assert lock == "10s" and idle == "1min"


def test_a_save_behind_another_desks_lock_is_told_to_retry(server_database, monkeypatch):
    monkeypatch.setattr(pg_connection, "LOCK_TIMEOUT_MS", 200)
    other_desk = engine_module.make_engine(server_database.location)
    this_desk = engine_module.make_engine(server_database.location)
    try:
        with other_desk.begin() as holding:
            holding.execute(text("LOCK TABLE street IN ACCESS EXCLUSIVE MODE"))
            with pytest.raises(StorageError) as raised, this_desk.begin() as conn:
                conn.execute(text("UPDATE street SET name = name"))
    finally:
        other_desk.dispose()
        this_desk.dispose()
    assert pg_errors.LOCKED in str(raised.value)


def test_a_dropped_connection_is_named(server_database):
    desk = engine_module.make_engine(server_database.location)
    admin = engine_module.make_engine(server_database.location)
    try:
        with desk.connect() as conn:
            pid = conn.execute(text("SELECT pg_backend_pid()")).scalar_one()
            with admin.connect() as other:
                other.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
            with pytest.raises(StorageError) as raised:
                conn.execute(text("SELECT 1"))
    finally:
        desk.dispose()
        admin.dispose()
    assert pg_errors.LOST in str(raised.value)
