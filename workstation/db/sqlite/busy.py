"""SQLite's "busy" and "locked" failures (worth a retry)."""

from __future__ import annotations

from workstation.db.sqlite import cipher

# SQLite primary result codes: SQLITE_BUSY (incl. BUSY_SNAPSHOT 517) and SQLITE_LOCKED.
_BUSY_CODES = {5, 6}


def is_busy(exc: BaseException) -> bool:
    if not isinstance(exc, cipher.OperationalError):  # the standard library's or sqlcipher3's
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    text = str(exc).lower()
    return (code is not None and code & 0xFF in _BUSY_CODES) or "locked" in text or "busy" in text
