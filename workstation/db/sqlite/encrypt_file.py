"""Turn a plain SQLite database file into an encrypted one in place: export, verify, swap.

The plain file is replaced only after the encrypted copy holds every row and passes SQLCipher's
and SQLite's checks; until the swap the plain file is untouched.
"""

from __future__ import annotations

import os
from pathlib import Path

from workstation.db.backup import take_over
from workstation.db.engine import release_idle_connections
from workstation.db.sqlite import cipher
from workstation.db.sqlite_file import SQLITE_MAGIC
from workstation.domain.errors import StorageError
from workstation.domain.keys import DATABASE, derive

SIDE_FILES = ("-wal", "-shm", "-journal")


def encrypt_in_place(db_path: Path, district_key: bytes) -> dict[str, int]:
    """Encrypt the plain database at `db_path` under the district key; return its rows per table.

    The database must not be open anywhere (take_over refuses otherwise).
    """
    if not db_path.is_file() or not _is_plain(db_path):
        raise StorageError(f"“{db_path.name}”不是未加密的数据库文件，未作任何改动。")
    release_idle_connections(db_path)  # ours (the window's engine may have been used on the way here)
    take_over(db_path)  # nobody else has it open; its WAL is folded into the file
    db_key = derive(district_key, DATABASE)
    counts = _encrypt(db_path, db_key)
    cipher.remember(db_path, db_key)
    return counts


def encrypt_like(copy: Path, live: Path) -> None:
    """A plain copy about to replace an encrypted database (a backup made before the conversion) is
    encrypted under the same key first, so the district never goes back to a plain file."""
    db_key = cipher.key_for(live) if live.is_file() else None
    if db_key is not None and copy.is_file() and _is_plain(copy):
        _encrypt(copy, db_key)


def _encrypt(db_path: Path, db_key: bytes) -> dict[str, int]:
    target = db_path.with_name(db_path.name + ".encrypting")
    _remove(target)
    try:
        counts = _export(db_path, target, db_key)
        if _counts(target, db_key) != counts:
            raise StorageError("加密副本的行数与原数据库不一致，未作任何改动。")
        problems = _problems(target, db_key)
        if problems:
            raise StorageError(f"加密副本未通过检查（{problems[0]}），未作任何改动。")
        for suffix in SIDE_FILES:  # empty after take_over; they belong to the plain file
            _remove(db_path.with_name(db_path.name + suffix))
        os.replace(target, db_path)  # the swap: the plain file is gone only now
    except BaseException:
        _remove(target)
        raise
    return counts


def _export(plain: Path, target: Path, db_key: bytes) -> dict[str, int]:
    from sqlcipher3 import dbapi2

    conn = dbapi2.connect(str(plain), isolation_level=None)
    try:
        conn.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{db_key.hex()}'\"", (str(target),))
        conn.execute("BEGIN")  # one transaction: not one synced commit per table
        conn.execute("SELECT sqlcipher_export('encrypted')")
        version = conn.execute("PRAGMA main.user_version").fetchone()[0]
        conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE encrypted")
        return _table_counts(conn)
    except dbapi2.Error as exc:
        raise StorageError(f"加密数据库失败：{exc}。原数据库未作任何改动。") from exc
    finally:
        conn.close()


def _counts(path: Path, db_key: bytes) -> dict[str, int]:
    conn = cipher.connect(str(path), key=db_key)
    try:
        return _table_counts(conn)
    finally:
        conn.close()


def _problems(path: Path, db_key: bytes) -> list[str]:
    conn = cipher.connect(str(path), key=db_key)
    try:
        problems = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
        problems += [r[0] for r in conn.execute("PRAGMA quick_check") if r[0] != "ok"]
        return problems
    finally:
        conn.close()


def _table_counts(conn) -> dict[str, int]:
    names = [r[0] for r in conn.execute(
        "SELECT name FROM main.sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {name: conn.execute(f'SELECT count(*) FROM main."{name}"').fetchone()[0] for name in names}


def is_plain_file(path: Path) -> bool:
    """The file is still a plain SQLite database (a conversion that failed changed nothing)."""
    return path.is_file() and _is_plain(path)


def _is_plain(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC


def _remove(path: Path) -> None:
    path.unlink(missing_ok=True)
