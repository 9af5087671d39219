"""Plain-SQL readers for read-only figures: one over a SQLAlchemy session factory, one over a
SQLite file through the standard library, one over a server database (db/postgres/reader.py: the
standard library's sockets when it can, else psycopg); start-up uses the last two so the first screen
needs no ORM."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

from workstation.db.locations import is_server
from workstation.db.restore_paths import restore_pending
from workstation.db.schema_version import HEAD
from workstation.db.sqlite import cipher
from workstation.db.sqlite_file import check_sqlite_header, mark_live


class SqlReader(Protocol):
    def rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]: ...


class SessionReader:
    """Runs SQL text in a short-lived session of the given factory."""

    def __init__(self, factory) -> None:
        self._factory = factory

    def rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        from sqlalchemy import text

        if params:  # "?" placeholders, as sqlite3 takes them
            for i in range(len(params)):
                sql = sql.replace("?", f":p{i}", 1)
        with self._factory() as session:
            return [tuple(r) for r in session.execute(text(sql), {f"p{i}": v for i, v in enumerate(params)})]


class SqliteFileReader:
    """Read-only stdlib connection to a SQLite file."""

    def __init__(self, path: Path) -> None:
        self._conn = cipher.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
        mark_live(path)

    def rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        return self._conn.execute(sql, params).fetchall()

    def close(self) -> None:
        self._conn.close()


def open_reader(location: str) -> SqlReader:
    """Another start-up reader of the database at `location` (a connection of its own)."""
    if is_server(location):
        from workstation.db.postgres.reader import ServerReader

        return ServerReader(location)
    return SqliteFileReader(Path(location).expanduser())


def quick_reader(location: str) -> SqlReader | None:
    """A start-up reader when `location` is a SQLite file or a server database already at HEAD with a
    district and accounts; else None."""
    if is_server(location):
        from workstation.db.postgres.reader import server_reader

        return server_reader(location, HEAD)
    if "://" in location:
        return None
    path = Path(location).expanduser()
    try:
        if not path.is_file() or path.stat().st_size == 0 or restore_pending(path):
            return None  # (an interrupted restore is finished by open_database)
        check_sqlite_header(path)
        reader = SqliteFileReader(path)
    except Exception:  # anything odd: the full path opens it and reports properly
        return None
    try:  # (on the reader's own connection: each connection reads and parses the whole schema again)
        if reader.rows("SELECT version_num FROM alembic_version") == [(HEAD,)] \
                and reader.rows("SELECT 1 FROM district LIMIT 1") and reader.rows("SELECT 1 FROM user_account LIMIT 1"):
            return reader
    except Exception:  # (no revision table, another program's file, a wrong key: the full path tells)
        pass
    reader.close()
    return None
