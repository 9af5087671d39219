"""Engine and session factory; SQLite pragmas on every connection."""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

from workstation.db.errors import raise_translated
from workstation.db.sqlite.cipher import attach_unlocked_key, encrypted_engine_options
from workstation.db.sqlite_file import mark_live

BUSY_TIMEOUT_MS = 10_000
CACHE_KIB = 65_536  # 64 MB page cache per connection: bulk loads (demo, import) and 100k-row sorts
# The window's lists read pages by index: a smaller cache keeps them as fast and the process 50 MB lighter
INTERACTIVE_CACHE_KIB = 32_768
STREAM_CACHE_KIB = 2_048  # while one long read streams through: its pages are read once


def database_url(db: str | Path) -> str:
    """A path becomes a SQLite URL; a URL (containing ://) is kept as given."""
    text = str(db)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def make_engine(db: str | Path) -> Engine:
    """An engine for a path or URL; on SQLite sets foreign keys, WAL and a busy timeout.

    Storage failures (locked, disk full, read-only, corrupt) surface as StorageError (db/errors.py).
    """
    url = database_url(db)
    # Parameters are ID and phone numbers: never in an error's text, the log or the crash dialog
    engine = create_engine(url, hide_parameters=True, **encrypted_engine_options(url))
    _ENGINES.add(engine)
    event.listen(engine, "handle_error", raise_translated)  # locked, full, read-only... -> StorageError
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        attach_unlocked_key(engine)
    elif engine.dialect.name == "postgresql":
        from workstation.db.postgres.connection import session_settings

        event.listen(engine, "connect", session_settings)  # lock and idle-transaction timeouts
    return engine


# Every engine this process made, so that a conversion can let go of the idle connections on one file
_ENGINES: weakref.WeakSet[Engine] = weakref.WeakSet()


def release_idle_connections(db_path: Path) -> None:
    """Close this process's pooled, idle connections on the SQLite file `db_path` (any engine).

    Before a file is converted in place: a check on the way there (e.g. the live-account check of a
    service call) may have reopened a connection on an engine the window had already let go of.
    """
    target = Path(db_path).resolve()
    for engine in list(_ENGINES):
        database = engine.url.database
        if engine.dialect.name == "sqlite" and database and database != ":memory:" \
                and Path(database).resolve() == target:
            engine.dispose()


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    for _seq, name, file in cur.execute("PRAGMA database_list").fetchall():
        if name == "main" and file:
            mark_live(file)
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    cur.close()


@contextmanager
def streaming_reads(session: Session) -> Iterator[None]:
    """A small page cache on `session`'s connection while a long read streams through it.

    SQLite frees the pages over the new limit at once, so an export that then spends minutes
    drawing does not keep 64 MB of cached pages; the usual size is back afterwards.
    """
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    connection = session.connection()
    usual = connection.execute(text("PRAGMA cache_size")).scalar_one()
    connection.execute(text(f"PRAGMA cache_size=-{STREAM_CACHE_KIB}"))
    try:
        yield
    finally:
        connection.execute(text(f"PRAGMA cache_size={int(usual)}"))


def use_interactive_cache(engine: Engine) -> None:
    """From now on `engine`'s connections keep the window's smaller page cache (pooled ones are reopened)."""
    if engine.dialect.name != "sqlite" or event.contains(engine, "connect", _interactive_cache):
        return
    event.listen(engine, "connect", _interactive_cache)  # after _sqlite_pragmas, registered first
    engine.dispose()


def _interactive_cache(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA cache_size=-{INTERACTIVE_CACHE_KIB}")
    cur.close()


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
