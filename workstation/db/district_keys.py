"""The unlocked district key, held on the engine for as long as the database is open.

Whoever unlocks the district (sign-in, CLI `--user`, tests) attaches it; the audit chain, backups
and record hashes ask for their sub-key here. None means the district has no key yet (a database
made before keys existed, or a server database before the administrator set one).
"""

from __future__ import annotations

from sqlalchemy import Engine

from workstation.domain.keys import derive

_INFO = "district_key"


def attach_district_key(engine: Engine, district_key: bytes) -> None:
    derive(district_key, "audit")  # validates the length
    engine.info[_INFO] = district_key


def detach_district_key(engine: Engine) -> None:
    engine.info.pop(_INFO, None)


def subkey(engine: Engine, purpose: str) -> bytes | None:
    """The sub-key for `purpose`, or None when no district key is attached."""
    key = engine.info.get(_INFO)
    return derive(key, purpose) if key is not None else None
