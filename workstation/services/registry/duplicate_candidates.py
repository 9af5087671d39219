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

from sqlalchemy import Row, or_, select
from sqlalchemy.orm import Session

from workstation.db.orm import Nursery
from workstation.db.search_index import FTS_MIN_CHARS, fts, fts_any_of, grams, search_indexes

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
    present = search_indexes(conn)
    if (long_runs and not present.fts) or (short_runs and not present.grams):
        return None
    drivers: list[tuple] = []
    if long_runs:  # one FTS query: its OR merges the runs' lists in rowid order
        drivers.append((fts, fts.c.rowid, [fts_any_of(long_runs)]))
    for gram in short_runs:  # the primary key (gram, nursery_id) lists a gram's ids in order
        drivers.append((grams, grams.c.nursery_id, [grams.c.gram == gram]))
    return drivers
