"""Receipt serials: gap-free per year, never reused, safe when two processes accept at once.

The counter UPDATE must come before any read of its transaction (uow.writing may take the lock
first with its own UPDATE). On SQLite in WAL mode a deferred transaction that has already read
cannot upgrade to a writer once another connection committed (SQLITE_BUSY_SNAPSHOT); a transaction
whose first statement writes takes the write lock before it reads anything, waiting under
busy_timeout. The serial is only kept if the whole acceptance commits, so a refused acceptance
leaves no gap.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlalchemy import Table, insert, update
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from workstation.db.busy import is_busy_error
from workstation.db.orm.filing import ReceiptCounter
from workstation.domain.errors import StorageError

T = TypeVar("T")
ATTEMPTS = 5
# Counter tables whose first-insert race (primary key) is worth a retry.
_COUNTERS = ("receipt_counter", "notice_counter")


def next_serial(session: Session, year: int) -> int:
    """Take the next serial of `year`; call before any read in the transaction (see module docstring)."""
    return take_serial(session, ReceiptCounter.__table__, year=year)


def take_serial(session: Session, table: Table, **key: object) -> int:
    """Take the next serial of the counter row `key` in `table` (columns: the key's, and `last`).

    Shared by every gap-free numbering (receipts, rectification notices); same ordering rule.
    """
    stmt = (update(table).where(*(table.c[name] == value for name, value in key.items()))
            .values(last=table.c.last + 1).returning(table.c.last))
    # Connection-level execution: the audit trail's bulk-statement hook must not run statements
    # before this one (the number itself is audited on the row that carries it).
    conn = session.connection()
    serial = conn.execute(stmt).scalar_one_or_none()
    if serial is None:
        # First number of the year. The UPDATE above already holds SQLite's write lock; on a
        # server database a concurrent first INSERT fails on the primary key and is retried.
        conn.execute(insert(table).values(**key, last=1))
        serial = 1
    return serial


def is_busy(exc: BaseException) -> bool:
    """True when `exc` (or what it wraps) is a lock or busy failure worth retrying."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, IntegrityError) and any(t in str(current) for t in _COUNTERS):
            return True
        if is_busy_error(current):
            return True
        current = getattr(current, "orig", None) if isinstance(current, DBAPIError) else current.__cause__
    return False


def retrying(work: Callable[[], T], attempts: int = ATTEMPTS) -> T:
    """Run one transaction, again when the database was busy (each try starts afresh)."""
    for attempt in range(attempts):
        try:
            return work()
        except (StorageError, DBAPIError) as exc:
            if attempt == attempts - 1 or not is_busy(exc):
                raise
    raise AssertionError("unreachable")
