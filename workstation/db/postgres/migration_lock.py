"""One process at a time migrates a server database (two desks opening an empty one at once)."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Connection

# The advisory lock's key: any fixed number the workstation alone uses ("WSMIGRAT" in ASCII).
MIGRATION_LOCK = 0x57534D4947524154


def hold_migration_lock(conn: Connection) -> None:
    """Wait for, then hold until the transaction ends, the database's migration lock.

    A process that waited finds the schema already at head (Alembic reads the version after the
    lock) and changes nothing.
    """
    conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
