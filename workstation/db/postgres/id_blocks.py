"""Ids drawn from a table's identity sequence ahead of a bulk insert (db/id_blocks.py)."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Connection


def next_ids(conn: Connection, table: str, count: int, column: str = "id") -> list[int]:
    """`count` values of the sequence behind `table.column`, in the order drawn (never handed out again)."""
    return list(conn.execute(
        text("SELECT nextval(pg_get_serial_sequence(:table, :column)) FROM generate_series(1, :count)"),
        {"table": table, "column": column, "count": count}).scalars())
