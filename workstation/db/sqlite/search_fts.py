"""The long-term search index (`nursery_fts`) kept by a bulk update itself, in one executemany.

`nursery_fts_au` (migration 20261204_0019) runs two FTS statements for every updated row whose
searched values differ: about 65 µs a row, a second of a 10,000-row push import's commit. A bulk
update that knows each changed row's old and new searched values sets the trigger aside inside its
own transaction (SQLite DDL is transactional: no other connection sees it missing, a rollback restores
it) and, after its UPDATE, sends for each row in ascending id order the old values out and the new
values in, as the trigger would (external content: the same values), then puts the trigger back, word
for word, before the commit.

The order is the saving: FTS5 flushes its pending terms to a new segment whenever a row id goes back
(all deletes, then all inserts from the first id again, flushed and merged twice as many segments),
and a row's delete and insert met in the pending terms share one entry per term (10,000 address
changes at 100,000 nurseries: FTS upkeep about 380 -> 230 ms CPU, and a smaller COMMIT).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager

from sqlalchemy import text
from sqlalchemy.orm import Session

from workstation.db.sqlite.search_grams import SEARCHED, GramRow

TRIGGER = "nursery_fts_au"
_COLUMNS = ", ".join(SEARCHED)
_WRITE = (f"INSERT INTO nursery_fts(nursery_fts, rowid, {_COLUMNS}) "
          f"VALUES (?, ?{', ?' * len(SEARCHED)})")


@contextmanager
def fts_written_by_caller(session: Session, any_rows: bool) -> Iterator[bool]:
    """Set aside the FTS update trigger for the rest of this transaction's update.

    Yields True when it was set aside (the caller must then call `write_fts_changes`, after its UPDATE,
    for every row whose searched values it changed); False where there is no such trigger (another
    engine, SQLite without FTS5) or nothing to write. On an error inside the block the transaction's
    rollback restores index and trigger.
    """
    sql = _trigger_sql(session) if any_rows else None
    if sql is None:
        yield False
        return
    session.execute(text(f'DROP TRIGGER "{TRIGGER}"'))
    yield True
    session.execute(text(sql))


def write_fts_changes(session: Session, rows: Iterable[GramRow]) -> None:
    """Each row's old searched values out of the index and its new ones in, row after row in id order.

    The old values must be those the index holds for the row (the row's values before the caller's
    UPDATE, read at the version the UPDATE matched): FTS5 removes exactly the terms it is given.
    """
    params: list[Sequence[object]] = []
    for nursery_id, old, now in sorted(rows, key=lambda row: row[0]):
        params.append(("delete", nursery_id, *old))
        params.append((None, nursery_id, *now))
    if params:
        session.connection().exec_driver_sql(_WRITE, params)


def _trigger_sql(session: Session) -> str | None:
    if session.get_bind().dialect.name != "sqlite":
        return None
    return session.execute(text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :n"),
                           {"n": TRIGGER}).scalar()
