"""Identity sequences brought past ids that were written explicitly (bulk inserts that link rows by id)."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Connection

# Every column of the public schema that draws its default from a sequence.
_OWNED = text("""
    SELECT c.table_name, c.column_name, pg_get_serial_sequence(quote_ident(c.table_name), c.column_name)
    FROM information_schema.columns c
    WHERE c.table_schema = current_schema()
      AND pg_get_serial_sequence(quote_ident(c.table_name), c.column_name) IS NOT NULL
""")


def catch_up_sequences(conn: Connection) -> int:
    """Set each sequence so its next value follows the column's largest id; return how many moved."""
    moved = 0
    for table, column, sequence in conn.execute(_OWNED).all():
        top = conn.execute(text(f'SELECT max("{column}") FROM "{table}"')).scalar()
        if top is None:
            continue
        conn.execute(text("SELECT setval(:seq, :top, true)"), {"seq": sequence, "top": int(top)})
        moved += 1
    return moved
