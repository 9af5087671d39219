"""Where the similar-nursery search looks: the first nurseries in id order that a set of LIKE
patterns (`%run%` on the name or the address) matches, found through the search indexes.

Runs of three characters or more are looked up in the trigram index with a column filter; a
shorter run in the short-term index (`nursery_gram`, every field). Both find every row LIKE finds
(they fold case at least as LIKE does), hand their ids over in ascending order, and each row is
tested again with the LIKE patterns, so reading stops after `limit` matches instead of scanning the
table. Each index's first `limit` matches together hold the first `limit` of all. Without the
indexes (another database), or for an empty run, the table is scanned as before.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Row, column, literal_column, or_, select, table, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from workstation.db.orm import Nursery
from workstation.services.registry.search import (
    FTS_MIN_CHARS,
    FTS_TABLE,
    GRAM_TABLE,
    fts_phrase,
)

_fts = table(FTS_TABLE, column("rowid"))
_grams = table(GRAM_TABLE, column("gram"), column("nursery_id"))
# The short-term index holds grams folded by SQLite's lower(), which folds ASCII only.
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
PATTERN_COLUMNS = {"name": Nursery.name, "address": Nursery.address}
_COLUMNS = (Nursery.id, Nursery.name, Nursery.address)


def first_matching(session: Session, runs: Sequence[tuple[str, str]], limit: int,
                   exclude_id: int | None = None) -> list[Row]:
    """The first `limit` nurseries by id whose column ("name" or "address") contains one of the runs
    (as `column LIKE '%run%'`), leaving out `exclude_id`: their id, name and address."""
    matches = or_(*(PATTERN_COLUMNS[field].like(f"%{run}%") for field, run in runs))
    conditions = [matches] if exclude_id is None else [matches, Nursery.id != exclude_id]
    drivers = _index_drivers(session, runs)
    if drivers is None:  # a scan of the table, in id order
        return list(session.execute(select(*_COLUMNS).where(*conditions).order_by(Nursery.id).limit(limit)))
    found: dict[int, Row] = {}
    for driver, driver_id, where in drivers:
        stmt = (select(*_COLUMNS).join_from(driver, Nursery, Nursery.id == driver_id)
                .where(*where, *conditions).order_by(driver_id).limit(limit))
        found.update((row.id, row) for row in session.execute(stmt))
    return [found[key] for key in sorted(found)[:limit]]


def _index_drivers(session: Session, runs: Sequence[tuple[str, str]]) -> list[tuple] | None:
    """(table, its id column, condition) per index lookup, together covering every run; None to scan."""
    if not runs or any(not run for _, run in runs):
        return None  # '%%' matches every row
    conn = session.connection()
    long_runs = [(field, run) for field, run in runs if len(run) >= FTS_MIN_CHARS]
    short_runs = list(dict.fromkeys(run.translate(_ASCII_LOWER) for _, run in runs if len(run) < FTS_MIN_CHARS))
    present = _index_tables(conn)
    if (long_runs and FTS_TABLE not in present) or (short_runs and GRAM_TABLE not in present):
        return None
    drivers: list[tuple] = []
    if long_runs:  # one FTS query: its OR merges the runs' lists in rowid order
        query = " OR ".join(f"{field} : {fts_phrase(run)}" for field, run in long_runs)
        drivers.append((_fts, _fts.c.rowid, [literal_column(FTS_TABLE).op("MATCH")(query)]))
    for gram in short_runs:  # the primary key (gram, nursery_id) lists a gram's ids in order
        drivers.append((_grams, _grams.c.nursery_id, [_grams.c.gram == gram]))
    return drivers


def _index_tables(conn: Connection) -> set[str]:
    """Which of the two index tables the database holds (on SQLite only)."""
    if conn.dialect.name != "sqlite":
        return set()
    return set(conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN (:fts, :grams)"),
                            {"fts": FTS_TABLE, "grams": GRAM_TABLE}).scalars())
