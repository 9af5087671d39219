"""Where an encrypted database's keyring lies (kept light: the start asks `has_keyring` before the
key-wrapping code of db/keyring.py is needed)."""

from __future__ import annotations

from pathlib import Path

SUFFIX = ".keyring"


def keyring_path(db_path: str | Path) -> Path:
    path = Path(db_path).expanduser()
    return path.with_name(path.name + SUFFIX)


def has_keyring(db_path: str | Path) -> bool:
    return "://" not in str(db_path) and keyring_path(db_path).is_file()
