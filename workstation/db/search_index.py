"""The registry search's indexes, whatever the engine: what services call (engine code lives below).

SQLite: an FTS5 trigram table and a table of short terms (db/sqlite/search_index.py), queried
explicitly. PostgreSQL: pg_trgm GIN indexes on the searched fields (migration 20261204_0020) that
the planner uses for plain `ILIKE '%term%'`, so no index is named in the SQL and `search_indexes`
reports none.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import Connection

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
           "fts_ids", "fts_phrase", "gram_count", "gram_ids", "gram_probe", "grams", "search_indexes"]


@dataclass(frozen=True)
class SearchIndexes:
    """Which explicit indexes the search may query: long terms (`fts`), short terms (`grams`)."""

    fts: bool = False
    grams: bool = False


def search_indexes(conn: Connection) -> SearchIndexes:
    if conn.dialect.name != "sqlite":
        return SearchIndexes()
    from workstation.db.sqlite.search_index import index_tables

    present = index_tables(conn)
    return SearchIndexes(fts=FTS_TABLE in present, grams=GRAM_TABLE in present)
