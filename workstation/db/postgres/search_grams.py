"""The registry's short-term search on PostgreSQL: the GIN index of each nursery's grams (migration 20261205_0035).

`ws_search_grams(name, alias, uscc, address, legal_rep_name)` lists a nursery's characters and character
pairs (ASCII letters folded), the same grams SQLite's `nursery_gram` table holds for it. A condition
`grams_held(...)` written with that very expression is answered from `ix_nursery_search_grams`.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import ColumnElement, Select, Text, cast, func, literal, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from workstation.db.orm import Nursery

FUNCTION = "ws_search_grams"
INDEX = "ix_nursery_search_grams"
_UPPER, _LOWER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz"


def has_gram_index(conn: Connection) -> bool:
    """True when the server database holds the short-term index (schema 20261205_0035 or later).

    Asked once per server connection (every keystroke of the fee list asks).
    """
    if INDEX not in conn.info:
        found = conn.execute(text("SELECT 1 FROM pg_indexes WHERE tablename = 'nursery' AND indexname = :name"),
                             {"name": INDEX}).first()
        conn.info[INDEX] = found is not None
    return conn.info[INDEX]


def row_grams() -> ColumnElement:
    """The row's grams, written exactly as the index expression (so the planner matches them)."""
    return getattr(func, FUNCTION)(Nursery.name, Nursery.alias, Nursery.uscc, Nursery.address,
                                   Nursery.legal_rep_name, type_=ARRAY(Text))


def grams_held(grams: Sequence[str]) -> ColumnElement[bool]:
    """The row holds every one of `grams` (each one or two characters, ASCII folded)."""
    return row_grams().contains(cast(literal(list(grams), ARRAY(Text)), ARRAY(Text)))


def ascii_folded(column: ColumnElement) -> ColumnElement:
    """The column with ASCII letters in lower case, as the grams hold it (ILIKE would fold other letters too)."""
    return func.translate(column, _UPPER, _LOWER)


def count_by_index(session: Session, stmt: Select) -> int:
    """Run a count of grams conditions through the GIN index, never a sequential scan.

    The index answers `@>` exactly (the rows are not tested again), but the planner prices each
    matching row as a call of the grams function and, for a term most rows hold, reads the table
    instead, computing the grams of all 100,000 rows (seconds). Sequential scans are set aside for
    this statement only.
    """
    previous = session.scalar(text("SELECT current_setting('enable_seqscan')"))
    session.execute(text("SELECT set_config('enable_seqscan', 'off', true)"))
    try:
        return int(session.scalar(stmt) or 0)
    finally:
        session.execute(text("SELECT set_config('enable_seqscan', :value, true)"), {"value": previous})


def planned_rows(session: Session, stmt: Select) -> int:
    """How many rows the server's planner expects `stmt` to return (its statistics of each gram are good:
    托 72,970 planned, 72,798 found at 100,000 nurseries): one round trip, nothing read."""
    compiled = stmt.compile(dialect=session.get_bind().dialect)
    plan = session.connection().exec_driver_sql(f"EXPLAIN (FORMAT JSON) {compiled}", compiled.params).scalar()
    if isinstance(plan, str):
        import json

        plan = json.loads(plan)
    return int(plan[0]["Plan"]["Plan Rows"])


def without_parallel_workers(session: Session) -> None:
    """For the rest of the transaction, each statement runs in this session's own server process only.

    A count taken for later (no one waits on it) would otherwise start two more processes, taking every
    core of a small server from the desks that are waiting on theirs."""
    session.execute(text("SELECT set_config('max_parallel_workers_per_gather', '0', true)"))
