"""The short-term search index (`nursery_gram`) kept by a bulk update itself instead of its triggers.

Migration 20261204_0019's `nursery_gram_au_<field>` triggers recompute, for every updated row, all
one- and two-character grams of the old and the new value and test each against all five searched
fields in SQL: about 150 µs a row, most of a 10,000-row push import's commit. A bulk update that
knows each row's old and new values sets those triggers aside inside its own transaction (SQLite
DDL is transactional: no other connection ever sees them missing, and a rollback restores them),
writes the net difference of each row's gram set in two executemany statements, and puts the
triggers back, word for word as they were, before the commit.
"""

from __future__ import annotations

import operator
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager

from sqlalchemy import text
from sqlalchemy.orm import Session

SEARCHED = ("name", "alias", "uscc", "address", "legal_rep_name")  # as services.registry.search.SEARCH_COLUMNS
TRIGGER = "nursery_gram_au_{}"
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")  # SQLite's lower()

GramRow = tuple[int, Sequence[str | None], Sequence[str | None]]  # (nursery id, old values, new values) by SEARCHED


def grams_of(values: Iterable[str | None], positions: int) -> set[str]:
    """The distinct one- and two-character grams of the values, folded as the triggers fold them.

    Like the triggers, only grams starting within the first `positions` characters count.
    """
    found: set[str] = set()
    for value in values:
        if value:
            folded = value.translate(_ASCII_LOWER)
            found.update(folded[:positions])
            pairs = folded[:positions + 1]
            found.update(map(operator.add, pairs, pairs[1:]))
    return found


@contextmanager
def grams_written_by_caller(session: Session, columns: Iterable[str]) -> Iterator[bool]:
    """Set aside the gram triggers of the searched `columns` for the rest of this transaction's update.

    Yields True when they were set aside (the caller must then call `write_gram_changes` for every
    row it changed); False where there is nothing to set aside (another engine, no gram index).
    The triggers are recreated when the block ends normally; on an error the rollback restores them.
    """
    names = [TRIGGER.format(column) for column in SEARCHED if column in set(columns)]
    if session.get_bind().dialect.name != "sqlite" or not names:
        yield False
        return
    listed = ", ".join(f":n{i}" for i in range(len(names)))
    found = session.execute(text(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'nursery' AND name IN ({listed})"),
        {f"n{i}": name for i, name in enumerate(names)}).all()
    if len(found) != len(names):  # an older or partial schema: leave it to its own triggers
        yield False
        return
    for name, _sql in found:
        session.execute(text(f'DROP TRIGGER "{name}"'))
    yield True
    for _name, sql in found:
        session.execute(text(sql))


def write_gram_changes(session: Session, rows: Iterable[GramRow]) -> None:
    """Delete the grams each row no longer holds and add the ones it now holds (net, as the triggers do)."""
    positions = session.execute(text("SELECT max(n) FROM search_position")).scalar() or 0
    gone: list[tuple[str, int]] = []
    new: list[tuple[str, int]] = []
    for nursery_id, old, now in rows:
        pairs = list(zip(old, now, strict=True))
        before = grams_of((value for value, again in pairs if value != again), positions)
        after = grams_of((again for value, again in pairs if value != again), positions)
        # A gram an unchanged field still holds stays: tested as a substring, not by listing that field's grams.
        kept = [(value or "").translate(_ASCII_LOWER)[:positions + 1] for value, again in pairs if value == again]

        def held(gram: str, kept: list[str] = kept) -> bool:
            return any(gram in (text_ if len(gram) == 2 else text_[:positions]) for text_ in kept)

        gone += ((gram, nursery_id) for gram in before - after if not held(gram))
        new += ((gram, nursery_id) for gram in after - before if not held(gram))
    # Straight to the driver: tens of thousands of rows, each a plain (text, int) pair.
    conn = session.connection()
    if gone:
        conn.exec_driver_sql("DELETE FROM nursery_gram WHERE gram = ? AND nursery_id = ?", gone)
    if new:
        conn.exec_driver_sql("INSERT OR IGNORE INTO nursery_gram (gram, nursery_id) VALUES (?, ?)", new)
