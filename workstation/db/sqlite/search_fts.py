"""The long-term search index (`nursery_fts`) kept by a bulk update itself, one statement per batch.

`nursery_fts_au` (migration 20261204_0019) runs two FTS statements for every updated row whose
searched values differ: about 65 µs a row, a second of a 10,000-row push import's commit. A bulk
update that knows which rows it changes sets the trigger aside inside its own transaction (SQLite
DDL is transactional: no other connection sees it missing, a rollback restores it), removes those
rows' old values from the index before its UPDATE and adds their new values after it, each with one
INSERT … SELECT per batch of ids, and puts the trigger back, word for word, before the commit.
The index then holds what the trigger would have left (external content: the same values).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from sqlalchemy import text
from sqlalchemy.orm import Session

from workstation.db.sqlite.search_grams import SEARCHED

TRIGGER = "nursery_fts_au"
CHUNK = 500  # ids per statement
_COLUMNS = ", ".join(SEARCHED)


@contextmanager
def fts_written_by_caller(session: Session, ids: Sequence[int]) -> Iterator[None]:
    """Around the caller's UPDATE of the searched fields of the nurseries `ids` (each of which changes).

    Where there is no such trigger (another engine, SQLite without FTS5) the block just runs.
    On an error inside the block the transaction's rollback restores index and trigger.
    """
    sql = _trigger_sql(session) if ids else None
    if sql is None:
        yield
        return
    session.execute(text(f'DROP TRIGGER "{TRIGGER}"'))
    _each_chunk(session, ids, f"INSERT INTO nursery_fts(nursery_fts, rowid, {_COLUMNS}) "
                              f"SELECT 'delete', id, {_COLUMNS} FROM nursery WHERE id IN ({{}})")
    yield
    _each_chunk(session, ids, f"INSERT INTO nursery_fts(rowid, {_COLUMNS}) "
                              f"SELECT id, {_COLUMNS} FROM nursery WHERE id IN ({{}})")
    session.execute(text(sql))


def _trigger_sql(session: Session) -> str | None:
    if session.get_bind().dialect.name != "sqlite":
        return None
    return session.execute(text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :n"),
                           {"n": TRIGGER}).scalar()


def _each_chunk(session: Session, ids: Sequence[int], statement: str) -> None:
    ordered = sorted(set(ids))
    conn = session.connection()
    for start in range(0, len(ordered), CHUNK):
        chunk = tuple(ordered[start:start + CHUNK])
        conn.exec_driver_sql(statement.format(", ".join("?" * len(chunk))), chunk)
