"""Desks on a server append to the one audit chain in turn, and only for the append.

A transaction-level advisory lock taken right before the chain's head is read: held from the append
(just before commit) until the transaction ends, so desks edit different records at the same time
and queue only for the few milliseconds of writing their audit rows. Under READ COMMITTED the head
read after the lock is the previous holder's committed head (its commit is visible before it lets go).
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Connection

# The advisory lock's key: a fixed number the workstation alone uses ("WSCHAIN" in ASCII).
CHAIN_LOCK = 0x5753434841494E


def hold_chain_lock(conn: Connection) -> None:
    """Wait for (at most lock_timeout, db/postgres/connection.py), then hold until the transaction ends,
    the audit chain's append lock."""
    conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": CHAIN_LOCK})
