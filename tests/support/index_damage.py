"""Leave an index disagreeing with its table, the damage a deleted -wal under a live connection
leaves: PRAGMA quick_check still says ok, only integrity_check finds it."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def drop_row_behind_index(path: Path, table: str, index: str) -> None:
    """Delete one row of `table` while `index` is hidden from the schema, so its entry stays."""
    conn = sqlite3.connect(path)
    try:
        row = conn.execute("SELECT type, name, tbl_name, rootpage, sql FROM sqlite_master WHERE name = ?",
                           (index,)).fetchone()
        assert row is not None, f"no index {index}"
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("DELETE FROM sqlite_master WHERE name = ?", (index,))
        conn.commit()
    finally:
        conn.close()
    conn = sqlite3.connect(path)
    try:
        conn.execute(f'DELETE FROM "{table}" WHERE rowid = (SELECT max(rowid) FROM "{table}")')
        conn.commit()
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("INSERT INTO sqlite_master VALUES (?, ?, ?, ?, ?)", row)
        conn.commit()
    finally:
        conn.close()
