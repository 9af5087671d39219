"""The folder beside a SQLite file where versions before 20261204_0021 kept its attachments
(kept light: output paths and the restore switch use it before SQLAlchemy is loaded)."""

from __future__ import annotations

from pathlib import Path


def attachments_dir(db_path: str | Path) -> Path:
    """The old attachments folder of the database file at `db_path` (a leftover after the migration;
    output paths still refuse to write into it)."""
    path = Path(db_path)
    return path.with_name(path.name + ".files")
