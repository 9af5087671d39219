"""Which engine the database fixtures hand out: SQLite files (default) or a throwaway PostgreSQL.

`WS_TEST_DB=postgresql` gives every test that uses `database` / `demo_database` a fresh database on a
PostgreSQL cluster: `WS_TEST_PG_URL` (a server URL whose user may create databases), else the cluster
of `scripts/pg_throwaway.sh`, started here for the session and stopped afterwards. One template
database is migrated per session (per worker) and each test gets `CREATE DATABASE … TEMPLATE` of it,
dropped at the end. Tests that are about the SQLite file itself carry `@pytest.mark.sqlite_only(why)`.
"""

from __future__ import annotations

import itertools
import os
import subprocess
from pathlib import Path

ENGINE = os.environ.get("WS_TEST_DB", "sqlite").strip().lower() or "sqlite"
ON_POSTGRES = ENGINE in ("postgresql", "postgres", "pg")
SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "pg_throwaway.sh"


class ThrowawayServer:
    """Databases created and dropped on one PostgreSQL server, named for this process."""

    def __init__(self, admin_url: str, started_here: bool = False) -> None:
        from sqlalchemy import create_engine, make_url

        self.url = make_url(admin_url)
        self.started_here = started_here
        self._admin = create_engine(self.url, isolation_level="AUTOCOMMIT", poolclass=_null_pool())
        self._names = itertools.count(1)
        self._prefix = f"ws_{os.getpid()}"

    def new_name(self, kind: str = "t") -> str:
        return f"{self._prefix}_{kind}{next(self._names)}"

    def url_of(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)

    def create(self, name: str, template: str | None = None) -> str:
        clause = f" TEMPLATE {template}" if template else ""
        self._execute(f"CREATE DATABASE {name}{clause}")
        return self.url_of(name)

    def drop(self, name: str) -> None:
        self._execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def drop_all_of_this_process(self) -> None:
        from sqlalchemy import text

        with self._admin.connect() as conn:
            names = conn.execute(text("SELECT datname FROM pg_database WHERE datname LIKE :p"),
                                 {"p": f"{self._prefix}\\_%"}).scalars().all()
        for name in sorted(names, key=lambda n: "_tmpl" in n or "_demo" in n):  # copies before templates
            self.drop(name)
        self._admin.dispose()

    def _execute(self, sql: str) -> None:
        with self._admin.connect() as conn:
            conn.exec_driver_sql(sql)


def _null_pool():
    from sqlalchemy.pool import NullPool

    return NullPool


def start_server() -> ThrowawayServer:
    """The server named by WS_TEST_PG_URL, else a throwaway cluster started by scripts/pg_throwaway.sh."""
    given = os.environ.get("WS_TEST_PG_URL")
    if given:
        return ThrowawayServer(given)
    out = subprocess.run(["bash", str(SCRIPT), "start"], check=True, capture_output=True, text=True)
    return ThrowawayServer(out.stdout.strip().splitlines()[-1], started_here=True)


def stop_server(server: ThrowawayServer) -> None:
    server.drop_all_of_this_process()
    if server.started_here:
        subprocess.run(["bash", str(SCRIPT), "stop"], check=False, capture_output=True)
