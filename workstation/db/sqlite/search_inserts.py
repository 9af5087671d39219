"""New nurseries of a bulk insert added to both search indexes per batch, not by their triggers per row.

`nursery_fts_ai` tokenizes each new row on its own and `nursery_gram_ai` lists every one- and
two-character gram of its five searched fields by a join with `search_position`: most of a push
import's commit of new nurseries. Inside the caller's transaction both triggers are set aside (SQLite
DDL is transactional; a rollback restores them), the caller inserts its rows and names their ids,
then the rows are read back once per batch: one INSERT … SELECT into the FTS table and their grams
(folded and bounded as the trigger does, search_grams.grams_of) in one executemany. The triggers are
put back word for word before the commit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from sqlalchemy import text
from sqlalchemy.orm import Session

from workstation.db.sqlite.search_grams import SEARCHED, grams_of

TRIGGERS = ("nursery_fts_ai", "nursery_gram_ai")
CHUNK = 500  # ids per statement
_COLUMNS = ", ".join(SEARCHED)


@contextmanager
def new_rows_indexed_by_caller(session: Session) -> Iterator[Callable[[Sequence[int]], None]]:
    """Yields `added(ids)`: the caller names the ids of the nurseries it inserted in the block.

    Where there are no such triggers (another engine, SQLite without the indexes) nothing is set
    aside and `added` does nothing.
    """
    found = _triggers(session)
    if not found:
        yield lambda ids: None
        return
    ids: list[int] = []
    for name in found:
        session.execute(text(f'DROP TRIGGER "{name}"'))
    yield ids.extend
    conn = session.connection()
    ordered = sorted(set(ids))
    positions = 0
    if "nursery_gram_ai" in found:
        positions = session.execute(text("SELECT max(n) FROM search_position")).scalar() or 0
    for start in range(0, len(ordered), CHUNK):
        chunk = tuple(ordered[start:start + CHUNK])
        marks = ", ".join("?" * len(chunk))
        if "nursery_fts_ai" in found:
            conn.exec_driver_sql(f"INSERT INTO nursery_fts(rowid, {_COLUMNS}) "
                                 f"SELECT id, {_COLUMNS} FROM nursery WHERE id IN ({marks})", chunk)
        if "nursery_gram_ai" in found:
            rows = conn.exec_driver_sql(f"SELECT id, {_COLUMNS} FROM nursery WHERE id IN ({marks})", chunk).all()
            grams = [(gram, row[0]) for row in rows for gram in grams_of(row[1:], positions)]
            if grams:
                conn.exec_driver_sql("INSERT OR IGNORE INTO nursery_gram (gram, nursery_id) VALUES (?, ?)", grams)
    for sql in found.values():
        session.execute(text(sql))


def _triggers(session: Session) -> dict[str, str]:
    if session.get_bind().dialect.name != "sqlite":
        return {}
    rows = session.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'nursery' "
                                "AND name IN (:a, :b)"), {"a": TRIGGERS[0], "b": TRIGGERS[1]}).all()
    return {name: sql for name, sql in rows}
