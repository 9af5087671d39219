"""Settings of every PostgreSQL connection: how long a desk waits behind another before being told."""

from __future__ import annotations

# A save waits at most this long for a row or table another desk holds, then gets a clear message
# (db/postgres/errors.py) instead of hanging behind a long import.
LOCK_TIMEOUT_MS = 10_000
# A transaction left open (a crashed or frozen desk) is ended by the server after this long, so its
# locks do not hold every other desk.
IDLE_IN_TRANSACTION_MS = 60_000


def session_settings(dbapi_conn, _record) -> None:
    """`connect` listener: lock and idle-transaction timeouts, UTF-8, no JIT, on each new connection."""
    autocommit = dbapi_conn.autocommit
    dbapi_conn.autocommit = True  # SET outside a transaction: it lasts for the session
    try:
        with dbapi_conn.cursor() as cur:
            cur.execute(f"SET lock_timeout = {LOCK_TIMEOUT_MS}")
            cur.execute(f"SET idle_in_transaction_session_timeout = {IDLE_IN_TRANSACTION_MS}")
            cur.execute("SET client_encoding = 'UTF8'")
            # Compiling a plan costs 100–300 ms, more than any of a desk's statements gains from it: the
            # server turns it on for costly plans, e.g. a count by the search's grams index (20261205_0035).
            cur.execute("SET jit = off")
    finally:
        dbapi_conn.autocommit = autocommit
