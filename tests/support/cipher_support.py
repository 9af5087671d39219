"""Encrypted districts for the tests (imported by bare name; holds no tests)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

RECOVERY = "Safe-in-the-office-2026"


def legal_rep_ids(path: Path) -> list[str]:
    """The legal representatives' ID numbers of a plain database file."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT legal_rep_id_no FROM nursery WHERE legal_rep_id_no != ''")]
    finally:
        conn.close()


def file_bytes(path: Path) -> bytes:
    """The database file and its side files, as another local user would copy them."""
    return b"".join(p.read_bytes() for p in (path, path.with_name(path.name + "-wal")) if p.exists())
