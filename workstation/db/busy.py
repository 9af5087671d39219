"""Whether a driver error means "another writer was in the way; try the transaction again"."""

from __future__ import annotations

from workstation.db.sqlite.busy import is_busy as _sqlite_busy

# PostgreSQL: lock_timeout, serialization failure, deadlock (the server ended one of the two).
_SERVER_BUSY = {"55P03", "40001", "40P01"}


def is_busy_error(exc: BaseException) -> bool:
    """True for the driver exception `exc` (not its wrappers) when a retry may succeed."""
    if _sqlite_busy(exc):
        return True
    return getattr(exc, "sqlstate", None) in _SERVER_BUSY
