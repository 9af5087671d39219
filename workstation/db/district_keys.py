"""The unlocked district key, held for an engine for as long as the database is open.

Whoever unlocks the district (sign-in, CLI `--user`, tests) attaches it; the audit chain, backups
and record hashes ask for their sub-key here. None means the district has no key yet (a database
made before keys existed, or a server database before the administrator set one).
"""

from __future__ import annotations

import weakref

from sqlalchemy import Engine

from workstation.domain.keys import derive

# (Engine has no `info` mapping; an engine's execution_options() copies proxy the same engine)
_keys: weakref.WeakKeyDictionary[Engine, bytes] = weakref.WeakKeyDictionary()


def attach_district_key(engine: Engine, district_key: bytes) -> None:
    derive(district_key, "audit")  # validates the length
    _keys[_root(engine)] = district_key


def detach_district_key(engine: Engine) -> None:
    _keys.pop(_root(engine), None)


def district_key(engine: Engine) -> bytes | None:
    """The attached district key itself (to wrap it for a new account), or None."""
    return _keys.get(_root(engine))


def subkey(engine: Engine, purpose: str) -> bytes | None:
    """The sub-key for `purpose`, or None when no district key is attached."""
    key = _keys.get(_root(engine))
    return derive(key, purpose) if key is not None else None


def _root(engine: Engine) -> Engine:
    return getattr(engine, "_proxied", engine)
