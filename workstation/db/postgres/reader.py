"""The start-up reader of a server database: psycopg directly, without SQLAlchemy (about half a second
of imports), so the sign-in and 首页 of a desk on PostgreSQL are served as a SQLite file's are.

It takes the start-up queries as written for sqlite3 ("?" placeholders) and answers as sqlite3 does:
dates and timestamps as their ISO text, so `services/*/served.py` and `services/home` read both
engines with the same code (tests/unit/home/test_served_home.py holds both to the services' answers).
"""

from __future__ import annotations

from typing import Any

# The SQLAlchemy driver names that libpq does not know; the rest of the URL is libpq's own.
_DRIVERS = ("postgresql+psycopg://", "postgresql+psycopg2://", "postgres://")


def conninfo(url: str) -> str:
    """A libpq connection URI from a SQLAlchemy URL of the server."""
    for prefix in _DRIVERS:
        if url.startswith(prefix):
            return "postgresql://" + url[len(prefix):]
    return url


CONNECT_TIMEOUT_S = 10  # an unreachable server: the full path reports it, after one wait, not two


class ServerReader:
    """A read-only autocommit connection; every statement reads the data committed when it starts.
    首页's figures are read through it for the whole session: a connection the server dropped (a restart)
    is opened again once. The standard-library client (db/postgres/wire.py) serves it when it can: psycopg's
    import alone was most of a server start's extra CPU; else psycopg."""

    over_network = True  # rows cross the network and are decoded in Python: let the server count and sort

    def __init__(self, url: str) -> None:
        self._url = url
        self._wire = True
        self._conn = self._connect()

    def _connect(self):
        if self._wire:
            from workstation.db.postgres import wire

            try:
                return wire.WireConnection(conninfo(self._url))
            except wire.Unsupported:
                self._wire = False
        return self._connect_psycopg()

    def _connect_psycopg(self):
        import psycopg
        from psycopg.types.string import TextLoader

        # Client-side binding: a parameter is typed as a literal would be ('2026-12-05' against a date
        # column, a label in a select list), as in the sqlite3 text the served queries are written in.
        conn = psycopg.connect(conninfo(self._url), autocommit=True, cursor_factory=psycopg.ClientCursor,
                               connect_timeout=CONNECT_TIMEOUT_S,
                               options="-c default_transaction_read_only=on -c DateStyle=ISO")
        for name in ("date", "timestamp", "timestamptz"):
            conn.adapters.register_loader(name, TextLoader)
        return conn

    def rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        if self._wire:
            return self._wire_rows(sql, params)
        import psycopg

        sql = sql.replace("%", "%%").replace("?", "%s")
        try:
            return self._read(sql, params)
        except psycopg.OperationalError:
            if not self._conn.broken:
                raise
            self._conn = self._connect()
            return self._read(sql, params)

    def _wire_rows(self, sql: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
        from workstation.db.postgres import wire

        try:
            return self._conn.rows(sql, params)
        except wire.Unsupported:  # an answer only psycopg reads: psycopg from now on
            self._conn.close()
            self._wire = False
            self._conn = self._connect_psycopg()
            return self.rows(sql, params)
        except (wire.ConnectionLost, ConnectionError):  # once, as with psycopg
            self._conn.close()
            self._conn = self._connect()
            return self._conn.rows(sql, params) if self._wire else self.rows(sql, params)

    def _read(self, sql: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
        with self._conn.cursor() as cursor:
            cursor.execute(sql, params or None)
            return cursor.fetchall()

    def close(self) -> None:
        self._conn.close()


def server_reader(url: str, head: str) -> ServerReader | None:
    """A reader when the server database is at `head` with a district and accounts; else None (the full
    path opens it, migrates it or reports why not)."""
    try:
        reader = ServerReader(url)
    except Exception:
        return None
    try:
        if (reader.rows("SELECT to_regclass('alembic_version') IS NOT NULL")[0][0]
                and reader.rows("SELECT version_num FROM alembic_version") == [(head,)]
                and reader.rows("SELECT 1 FROM district LIMIT 1") and reader.rows("SELECT 1 FROM user_account LIMIT 1")):
            return reader
    except Exception:
        pass
    reader.close()
    return None
