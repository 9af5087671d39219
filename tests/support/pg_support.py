"""A throwaway PostgreSQL database for the tests that need a server (skipped without one).

WS_TEST_PG_URL names a server connection allowed to create databases, e.g.
postgresql+psycopg://postgres@/postgres?host=/tmp/pg&port=55421; each test gets a new database on
that server, dropped afterwards.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

PG_URL = os.environ.get("WS_TEST_PG_URL", "")
needs_postgres = pytest.mark.skipif(not PG_URL, reason="no PostgreSQL server: set WS_TEST_PG_URL to run")


def throwaway_database() -> Iterator[str]:
    """Yield the URL of a new empty database on the WS_TEST_PG_URL server; drop it afterwards."""
    name = f"ws_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        yield make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


def impatient_engine(url: str):
    """A second desk that gives up after 2 s behind a lock (the product waits 10 s)."""
    from sqlalchemy import event

    from workstation.db.engine import make_engine

    engine = make_engine(url)

    @event.listens_for(engine, "connect")
    def _short_wait(dbapi_conn, _record) -> None:
        autocommit, dbapi_conn.autocommit = dbapi_conn.autocommit, True
        with dbapi_conn.cursor() as cursor:
            cursor.execute("SET lock_timeout = '2s'")
        dbapi_conn.autocommit = autocommit

    return engine
