"""The registry's search indexes on SQLite: the FTS5 trigram table and the table of short terms.

`nursery_fts` (migration 20261123_0002, FTS5 with the trigram tokenizer) answers terms of three
characters or more; `nursery_gram` (20261204_0014) holds each nursery's distinct characters and
character pairs, for shorter terms. Both are kept by triggers. Only this module writes their SQL.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import ColumnElement, Select, column, exists, func, literal_column, select, table, text
from sqlalchemy.engine import Connection

FTS_TABLE = "nursery_fts"
GRAM_TABLE = "nursery_gram"
# The trigram tokenizer indexes three-character windows; shorter terms match nothing there.
FTS_MIN_CHARS = 3

fts = table(FTS_TABLE, column("rowid"))
grams = table(GRAM_TABLE, column("gram"), column("nursery_id"))


def index_tables(conn: Connection) -> set[str]:
    """Which of the two index tables the SQLite database holds (SQLite built without trigram has none)."""
    return set(conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN (:fts, :grams)"),
                            {"fts": FTS_TABLE, "grams": GRAM_TABLE}).scalars())


def fts_phrase(term: str) -> str:
    """`term` quoted as one FTS5 phrase, so operators and punctuation in it are literal."""
    return '"' + term.replace('"', '""') + '"'


def fts_match(query: str) -> ColumnElement[bool]:
    return literal_column(FTS_TABLE).op("MATCH")(query)


def fts_ids(query: str) -> Select:
    """Rowids (nursery ids) the FTS query matches."""
    return select(fts.c.rowid.label("id")).where(fts_match(query))


def fts_count(query: str) -> Select:
    """Count of the FTS query's matches, answered by the index alone."""
    return select(func.count()).select_from(fts).where(fts_match(query))


def fts_any_of(field_runs: Sequence[tuple[str, str]]) -> ColumnElement[bool]:
    """One FTS condition: any of the (column, run) pairs (its OR merges the lists in rowid order)."""
    return fts_match(" OR ".join(f"{field} : {fts_phrase(run)}" for field, run in field_runs))


def gram_ids(gram: str) -> Select:
    """Ids of the nurseries whose searched fields hold the one or two characters `gram`."""
    return select(grams.c.nursery_id.label("id")).where(grams.c.gram == gram)


def gram_count(gram: str) -> Select:
    return select(func.count()).select_from(grams).where(grams.c.gram == gram)


def gram_probe(gram: str, nursery_id: ColumnElement) -> ColumnElement[bool]:
    """The short-term index holds `gram` for the row `nursery_id` (one index probe)."""
    return exists().where(grams.c.gram == gram, grams.c.nursery_id == nursery_id)
