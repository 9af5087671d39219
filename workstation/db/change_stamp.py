"""Whether anything was committed to the database since the last look, at the cost of one cheap query.

On PostgreSQL: db/postgres/change_stamp.py. On a SQLite file:

`PRAGMA data_version` on a connection of its own changes whenever any other connection commits
(this program's or another's, such as a command-line import), so a view may skip reading again.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from workstation.db.postgres.change_stamp import ServerChangeStamp
from workstation.db.sqlite import cipher


class ChangeStamp:
    """A read-only stdlib connection asked only for the file's data version."""

    def __init__(self, path: Path) -> None:
        self._conn: Any = cipher.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)

    def value(self) -> int | None:
        """The data version now; None once closed or when it cannot be read (then assume a change)."""
        if self._conn is None:
            return None
        try:
            return int(self._conn.execute("PRAGMA data_version").fetchone()[0])
        except cipher.Error:
            return None

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


def open_change_stamp(location: str, engine: Engine | None = None) -> ChangeStamp | ServerChangeStamp | None:
    """A stamp for a database file, or for a server database given its engine; None otherwise (its views
    then always read again)."""
    if "://" in location:
        if engine is None or engine.dialect.name != "postgresql":
            return None
        return ServerChangeStamp(engine)
    path = Path(location).expanduser()
    if not path.is_file():
        return None
    try:
        return ChangeStamp(path)
    except cipher.Error:
        return None
