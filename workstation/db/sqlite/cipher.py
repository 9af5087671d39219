"""SQLCipher: the database file encrypted with a raw 32-byte key (the district key's DATABASE sub-key).

Every plain-SQL connection to a database file goes through `connect`: a file whose key this process
knows is opened with sqlcipher3 and keyed first, any other with the standard library. Keys are
known by path (`remember`, at unlock) and, for copies of the open database (backups, a restore's
staged copy), by the one district key this process has unlocked.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from workstation.db.sqlite_file import SQLITE_MAGIC, is_live

_keys: dict[str, bytes] = {}
_unlocked: list[bytes] = []  # the DATABASE key of the district unlocked in this process (one)
_district: dict[str, bytes] = {}  # the district key unlocked for a path (engines made for it get it attached)


def _errors() -> tuple[tuple[type[BaseException], ...], tuple[type[BaseException], ...],
                       tuple[type[BaseException], ...]]:
    try:
        from sqlcipher3 import dbapi2
    except ImportError:  # (installed with the program; a plain database needs none)
        return (sqlite3.Error,), (sqlite3.DatabaseError,), (sqlite3.OperationalError,)
    return ((sqlite3.Error, dbapi2.Error), (sqlite3.DatabaseError, dbapi2.DatabaseError),
            (sqlite3.OperationalError, dbapi2.OperationalError))


_ERRORS = ("Error", "DatabaseError", "OperationalError")


def __getattr__(name: str) -> tuple[type[BaseException], ...]:
    """`Error`, `DatabaseError`, `OperationalError`: both drivers' exceptions, for `except` and isinstance
    (sqlcipher3's are not sqlite3's subclasses); made on first use, so a plain file's start loads no sqlcipher3."""
    if name not in _ERRORS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals().update(zip(_ERRORS, _errors(), strict=True))
    return globals()[name]


def remember(path: str | Path, db_key: bytes) -> None:
    """From now on `path` (and copies of this district's database) open with `db_key`."""
    _keys[_name(path)] = db_key
    _unlocked[:] = [db_key]


def forget_all() -> None:
    _keys.clear()
    _unlocked.clear()
    _district.clear()


def district_key_for(path: str | Path) -> bytes | None:
    """The district key unlocked for `path` in this process, if any."""
    return _district.get(_name(path))


def key_for(path: str | Path) -> bytes | None:
    """The key to open `path` with, or None for a plain file.

    A file not registered is looked at (its first bytes) only when this process does not use it:
    a plain read of a live database would drop this process's SQLite locks (sqlite_file._live).
    """
    key = _keys.get(_name(path))
    if key is not None or not _unlocked or is_live(path):
        return key
    return _unlocked[0] if _looks_encrypted(Path(path)) else None


def _looks_encrypted(path: Path) -> bool:
    """Not a plain SQLite file, yet whole pages (a file picked by mistake keeps its plain-file message)."""
    return is_encrypted_file(path) and path.stat().st_size % 512 == 0


def is_encrypted_file(path: Path) -> bool:
    """True when `path` exists, is not empty and does not start like a plain SQLite file."""
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return False
        with path.open("rb") as fh:
            return fh.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC
    except OSError:
        return False


def connect(target: str | Path, *, key: bytes | None = None, uri: bool = False, **kwargs: Any) -> Any:
    """A DB-API connection to a file path or `file:` URI; keyed first when the file is encrypted."""
    path = _path_of(target, uri)
    key = key if key is not None else (key_for(path) if path is not None else None)
    if key is None:
        return sqlite3.connect(str(target), uri=uri, **kwargs)
    from sqlcipher3 import dbapi2

    conn = dbapi2.connect(str(target), uri=uri, **kwargs)
    apply_key(conn, key)
    return conn


def apply_key(conn: Any, key: bytes) -> None:
    """The key pragma, which must come before any other statement on the connection."""
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")


def dbapi_module(path: str | Path) -> Any | None:
    """sqlcipher3's DB-API module when `path` opens with a key, else None (the standard driver)."""
    if key_for(path) is None:
        return None
    from sqlcipher3 import dbapi2

    return dbapi2


def _path_of(target: str | Path, uri: bool) -> Path | None:
    text = str(target)
    if not uri:
        return None if text in ("", ":memory:") else Path(text)
    if not text.startswith("file:"):
        return None
    from urllib.parse import unquote, urlsplit

    return Path(unquote(urlsplit(text).path)) if text.startswith("file://") else Path(unquote(text[5:].split("?")[0]))


def _name(path: str | Path) -> str:
    try:
        return str(Path(path).expanduser().resolve())
    except OSError:
        return str(path)


def encrypted_engine_options(url: str) -> dict[str, Any]:
    """create_engine options for a SQLite file URL whose key is known (none for any other URL)."""
    if not url.startswith("sqlite:///") or url == "sqlite:///:memory:":
        return {}
    path = url.removeprefix("sqlite:///").split("?")[0]
    key = key_for(path)
    if key is None:
        return {}
    from sqlcipher3 import dbapi2

    def creator() -> Any:
        return connect(path, key=key, check_same_thread=False)

    return {"module": dbapi2, "creator": creator}


def use_district_key(path: Path, district_key: bytes) -> None:
    """Open `path` with the district's database key when it is encrypted (or not yet made).

    A plain file of a district with a keyring (a conversion interrupted before its swap) stays plain.
    """
    from workstation.domain.keys import DATABASE, derive

    db_key = derive(district_key, DATABASE)
    _district[_name(path)] = district_key
    if is_live(path):
        return  # already open in this process, as what it is
    if is_encrypted_file(path) or not path.exists() or path.stat().st_size == 0:
        remember(path, db_key)
    else:
        _unlocked[:] = [db_key]


def attach_unlocked_key(engine: Any) -> None:
    """Any engine on a file unlocked in this process (an audit row's own engine, a migration's)
    carries the district key for its sub-keys, as the one open_database made does."""
    path = engine.url.database
    key = district_key_for(path) if path and path != ":memory:" else None
    if key is not None:
        from workstation.db.district_keys import attach_district_key

        attach_district_key(engine, key)
