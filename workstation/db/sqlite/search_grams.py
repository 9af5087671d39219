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
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager

from sqlalchemy import text
from sqlalchemy.orm import Session

SEARCHED = ("name", "alias", "uscc", "address", "legal_rep_name")  # as services.registry.search.SEARCH_COLUMNS
TRIGGER = "nursery_gram_au_{}"
# SQLite's lower() folds ASCII letters only. Folded in UTF-8 bytes (a C table lookup per byte; str.translate
# looks each character up in a dict): no byte of a multi-byte character is an ASCII letter.
_ASCII_LOWER = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ", b"abcdefghijklmnopqrstuvwxyz")

_ASCII_UPPER = re.compile("[A-Z]").search
_APART = "\x00"  # between values joined for one substring test (a gram with it is tested value by value)
GramRow = tuple[int, Sequence[str | None], Sequence[str | None]]  # (nursery id, old values, new values) by SEARCHED


def grams_of(values: Iterable[str | None], positions: int) -> set[str]:
    """The distinct one- and two-character grams of the values, folded as the triggers fold them.

    Like the triggers, only grams starting within the first `positions` characters count.
    """
    found: set[str] = set()
    for value in values:
        if value:
            folded = _fold(value)
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
        lost, gained = gram_changes(old, now, positions)
        gone += ((gram, nursery_id) for gram in lost)
        new += ((gram, nursery_id) for gram in gained)
    # Straight to the driver: tens of thousands of rows, each a plain (text, int) pair.
    conn = session.connection()
    if gone:
        conn.exec_driver_sql("DELETE FROM nursery_gram WHERE gram = ? AND nursery_id = ?", gone)
    if new:
        conn.exec_driver_sql("INSERT OR IGNORE INTO nursery_gram (gram, nursery_id) VALUES (?, ?)", new)


def gram_changes(old: Sequence[str | None], now: Sequence[str | None], positions: int) -> tuple[set[str], set[str]]:
    """The grams a row no longer holds and those it holds anew, when its searched values go from `old` to `now`.

    The same sets as grams_of(changed old values) - grams_of(changed new values) (and the reverse),
    less those another field of the row holds, without listing every gram of both values: a gram
    within the part a field's old and new value share at the start is in both, so only the grams
    from there on are candidates, each tested as a substring (a push import mostly appends to or
    edits the end of an address).
    """
    olds: list[str] = []
    news: list[str] = []
    kept: list[str] = []
    for a, b in zip(old, now, strict=True):
        if a == b:
            kept.append(_fold(a))
        else:
            olds.append(_fold(a))
            news.append(_fold(b))
    lost: set[str] = set()
    gained: set[str] = set()
    for a, b in zip(olds, news, strict=True):
        shared = _shared_start(a, b)
        lost |= _grams_from(a, shared, positions)
        gained |= _grams_from(b, shared, positions)
    if lost:
        lost = _not_held(lost, news + kept, positions)
    if gained:
        gained = _not_held(gained, olds + kept, positions)
    return lost, gained


def _fold(value: str | None) -> str:
    if not value:
        return ""
    if value.isascii():  # codes and Latin text: str.lower() of ASCII text folds exactly A-Z
        return value.lower()
    if _ASCII_UPPER(value) is None:  # most Chinese names and addresses: nothing to fold
        return value
    return value.encode("utf-8", "surrogatepass").translate(_ASCII_LOWER).decode("utf-8", "surrogatepass")


def _shared_start(a: str, b: str) -> int:
    if b.startswith(a):
        return len(a)
    if a.startswith(b):
        return len(b)
    low, high = 0, min(len(a), len(b))  # they share `low` characters, not `high` (bisected: C compares)
    while high - low > 1:
        middle = (low + high) // 2
        if a.startswith(b[:middle]):
            low = middle
        else:
            high = middle
    return low


def _grams_from(value: str, shared: int, positions: int) -> set[str]:
    """The grams of `value` (as grams_of counts them) that start at `shared` or reach into it."""
    pairs = value[max(shared - 1, 0):positions + 1]
    found = set(value[shared:positions])
    found.update(map(operator.add, pairs, pairs[1:]))
    return found


def _not_held(grams: set[str], texts: list[str], positions: int) -> set[str]:
    """The `grams` that are not among the grams grams_of lists for any of the `texts`."""
    if all(len(text_) <= positions for text_ in texts):  # as a rule: then one string holds them all
        hay = _APART.join(texts)
        return {g for g in grams if (g not in hay if _APART not in g else not any(g in text_ for text_ in texts))}
    return {g for g in grams if not any(g in text_[:positions + 1 if len(g) == 2 else positions] for text_ in texts)}
