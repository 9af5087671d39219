"""The registry search's indexes, whatever the engine: what services call (engine code lives below).

SQLite: an FTS5 trigram table and a table of short terms (db/sqlite/search_index.py), queried
explicitly. PostgreSQL: pg_trgm GIN indexes on the searched fields (migration 20261204_0020) that
the planner uses for plain `ILIKE '%term%'` (no index named in the SQL), and for terms of one or two
characters a GIN index of each row's grams (20261205_0035, db/postgres/search_grams.py): `row_grams`.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from workstation.db.postgres.search_grams import (
    ascii_folded,
    count_by_index,
    grams_held,
    planned_rows,
    without_parallel_workers,
)
from workstation.db.sqlite.search_index import (
    FTS_MIN_CHARS,
    FTS_TABLE,
    GRAM_TABLE,
    fts,
    fts_any_of,
    fts_count,
    fts_ids,
    fts_phrase,
    gram_count,
    gram_ids,
    gram_probe,
    grams,
)

__all__ = ["FTS_MIN_CHARS", "FTS_TABLE", "GRAM_TABLE", "SearchIndexes", "fts", "fts_any_of", "fts_count",
           "fts_ids", "fts_phrase", "gram_count", "gram_ids", "gram_probe", "grams", "grams_held", "ascii_folded",
           "index_count_of", "planned_rows", "search_indexes", "unhurried"]


@dataclass(frozen=True)
class SearchIndexes:
    """Which explicit indexes the search may query: long terms (`fts`), short terms (`grams`)."""

    fts: bool = False
    grams: bool = False
    row_grams: bool = False  # short terms as a condition on the row's own grams (PostgreSQL), not a table


def search_indexes(conn: Connection) -> SearchIndexes:
    if conn.dialect.name == "postgresql":
        from workstation.db.postgres.search_grams import has_gram_index

        return SearchIndexes(row_grams=has_gram_index(conn))
    if conn.dialect.name != "sqlite":
        return SearchIndexes()
    from workstation.db.sqlite.search_index import index_tables

    present = index_tables(conn)
    return SearchIndexes(fts=FTS_TABLE in present, grams=GRAM_TABLE in present)


def index_count_of(session: Session, stmt: Select) -> int:
    """The count `stmt` (a search answered by the indexes alone), read the way the engine reads it fastest."""
    if session.get_bind().dialect.name == "postgresql":
        return count_by_index(session, stmt)
    return int(session.scalar(stmt) or 0)


def unhurried(session: Session) -> None:
    """The rest of `session`'s transaction is work no one waits on (a count for later): on a server it
    takes one process, not every core."""
    if session.get_bind().dialect.name == "postgresql":
        without_parallel_workers(session)
