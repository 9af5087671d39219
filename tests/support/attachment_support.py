"""Attachments of a database file for tests: read, add, damage or lose them without the services."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from workstation.db.attachments import Attachments
from workstation.db.session import open_database


def stored(db_file: str | Path) -> dict[str, bytes]:
    """sha256 -> bytes of every attachment the SQLite file holds."""
    conn = sqlite3.connect(Path(db_file))
    try:
        return dict(conn.execute("SELECT sha256, content FROM attachment_blob ORDER BY sha256"))
    finally:
        conn.close()


def put(db_file: str | Path, content: bytes) -> str:
    """Store `content` in the database file (opened, migrated, closed) and return its SHA-256."""
    db = open_database(db_file)
    try:
        return Attachments(db.factory).put(content)
    finally:
        db.close()


def damage(db_file: str | Path, sha: str, content: bytes = b"changed on the disk") -> None:
    _write(db_file, "UPDATE attachment_blob SET content = ? WHERE sha256 = ?", (content, sha))


def lose(db_file: str | Path, sha: str | None = None) -> None:
    """Delete one attachment (all when `sha` is None) behind the program's back."""
    if sha is None:
        _write(db_file, "DELETE FROM attachment_blob", ())
    else:
        _write(db_file, "DELETE FROM attachment_blob WHERE sha256 = ?", (sha,))


def sha_of(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def _write(db_file: str | Path, sql: str, params: tuple) -> None:
    conn = sqlite3.connect(Path(db_file))
    try:
        with conn:
            assert conn.execute(sql, params).rowcount >= 1
    finally:
        conn.close()
