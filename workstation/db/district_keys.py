"""The unlocked district key, held for an engine for as long as the database is open.

Whoever unlocks the district (sign-in, CLI `--user`, tests) attaches it; the audit chain, backups
and record hashes ask for their sub-key here. None means the district has no key yet (a database
made before keys existed, or a server database before the administrator set one).
"""

from __future__ import annotations

import weakref
from pathlib import Path

from sqlalchemy import Engine

from workstation.domain.keys import derive

# Engines have no `info` dictionary of their own; the key lives as long as its engine (an engine's
# execution_options() copies proxy the same engine).
_KEYS: weakref.WeakKeyDictionary[Engine, bytes] = weakref.WeakKeyDictionary()
# Work on a database file through short engines of its own (backup, restore, their audit rows) finds the
# key unlocked for that file here, until it is detached.
_BY_FILE: dict[str, bytes] = {}


def attach_district_key(engine: Engine, district_key: bytes) -> None:
    derive(district_key, "audit")  # validates the length
    _KEYS[_root(engine)] = district_key
    if (file := _file_of(engine)) is not None:
        _BY_FILE[file] = district_key


def detach_district_key(engine: Engine) -> None:
    _KEYS.pop(_root(engine), None)
    if (file := _file_of(engine)) is not None:
        _BY_FILE.pop(file, None)


def key_for_file(path: str | Path) -> bytes | None:
    """The district key attached to an engine on the database file at `path` (None: none unlocked)."""
    return _BY_FILE.get(str(Path(path).resolve()))


def key_for_location(location: str | Path) -> bytes | None:
    """key_for_file for a database file or a server database's URL (found by server and database name)."""
    from workstation.db.server_dump import is_server

    if not is_server(location):
        return key_for_file(location)
    from sqlalchemy.engine import make_url

    return _BY_FILE.get(_server_id(make_url(str(location))))


def district_key(engine: Engine) -> bytes | None:
    """The attached district key itself (to wrap it for a new account, or attach it to another engine)."""
    return _KEYS.get(_root(engine))


def subkey(engine: Engine, purpose: str) -> bytes | None:
    """The sub-key for `purpose`, or None when no district key is attached."""
    key = _KEYS.get(_root(engine))
    return derive(key, purpose) if key is not None else None


def _file_of(engine: Engine) -> str | None:
    """The file (or, for a server database, the server and database) the engine opens."""
    database = engine.url.database
    if engine.url.get_backend_name() != "sqlite":
        return _server_id(engine.url) if database else None
    if not database or database == ":memory:":
        return None
    return str(Path(database).resolve())


def _server_id(url) -> str:
    return f"{url.get_backend_name()}://{url.host or ''}:{url.port or ''}/{url.database}"


def _root(engine: Engine) -> Engine:
    return getattr(engine, "_proxied", engine)
