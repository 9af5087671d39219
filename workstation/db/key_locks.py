"""One desk at a time per natural key, for "read, then insert if missing" on a server.

SQLite serialises every write transaction (uow.writing takes the write lock first), so a check and the
insert it allows cannot interleave with another desk's. A server runs desks side by side: two may both
find no ban on an ID number, or no batch for a file, and both insert. `hold_key_lock` closes that gap:
a transaction-level advisory lock on (kind, key), taken before the read, held to commit or rollback;
the second desk waits, then reads what the first committed. Take it before anything flushes (the audit
chain's own lock comes at commit), so locks are always taken in the same order.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

# The first key of the two-key advisory locks: a number per kind of natural key (the chain's lock uses the
# one-key form, a separate space).
KINDS = {"id_no": 1, "inbox_file": 2, "holiday": 3, "first_admin": 4, "setting": 5, "ban_list": 6}


def hold_key_lock(session: Session, kind: str, key: str, shared: bool = False) -> None:
    """Until the transaction ends, no other desk passes this call with the same (kind, key); with `shared`,
    desks that also pass it shared go on side by side, and only one not sharing waits for them all."""
    conn = session.connection()
    if conn.dialect.name != "postgresql":
        return
    function = "pg_advisory_xact_lock_shared" if shared else "pg_advisory_xact_lock"
    conn.execute(text(f"SELECT {function}(:kind, hashtext(:key))"), {"kind": KINDS[kind], "key": key})


def hold_ban_list(session: Session, whole: bool = False) -> None:
    """The ban list as a whole: a ban being recorded holds it shared (bans of different people go on side
    by side), a staff import checking all its ID numbers holds it whole: one lock per import, where a key
    lock per row could fill the server's lock table on a long list."""
    hold_key_lock(session, "ban_list", "", shared=not whole)
