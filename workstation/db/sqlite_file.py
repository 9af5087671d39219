"""Checks on a SQLite file that never write to it."""

from __future__ import annotations

from pathlib import Path

from workstation.domain.errors import StorageError

SQLITE_MAGIC = b"SQLite format 3\x00"

# Files this process has opened as databases (checked first, then connected to). POSIX drops *all*
# of a process's fcntl locks on a file when *any* descriptor of it is closed, so reading such a file
# with open()/close() would let another process (a CLI run) believe it is the last user, checkpoint
# and delete the -wal and -shm this process still writes to: every later save would be lost.
# SQLite's own connections share their descriptors safely; plain file reads of a live database must
# not happen. No output file may be written over a live database either (output_paths.py).
_live: set[str] = set()


def mark_live(path: str | Path) -> None:
    """Record that this process now uses `path` as a database (see _live)."""
    _live.add(_key(path))


def is_live(path: str | Path) -> bool:
    return _key(path) in _live


def live_databases() -> list[Path]:
    """Every database file this process has opened (no file may be written over them)."""
    return [Path(key) for key in sorted(_live)]


def _key(path: str | Path) -> str:
    try:
        return str(Path(path).expanduser().resolve())
    except OSError:
        return str(path)


def check_sqlite_header(path: Path) -> None:
    """Raise StorageError unless `path` is missing, empty, or starts like a SQLite database."""
    if not path.exists():
        return
    if path.is_dir():
        raise StorageError(f"“{path}”是一个文件夹，不是数据库文件。")
    size = path.stat().st_size
    if size == 0 or is_live(path):
        return  # a file this process has open was checked before its first connection
    from workstation.db.sqlite import cipher

    if cipher.key_for(path) is not None:
        return  # encrypted: its header is ciphertext (SQLCipher checks every page as it reads it)
    with path.open("rb") as fh:
        head = fh.read(100)
    if not head.startswith(SQLITE_MAGIC) and path.with_name(path.name + ".keyring").is_file():
        raise StorageError(f"“{path.name}”是加密的数据库：请以本人账号登录（或用辖区恢复口令）解锁后再打开。")
    if not head.startswith(SQLITE_MAGIC):
        raise StorageError(f"“{path.name}”不是 SQLite 数据库文件（可能选错了文件），未作任何改动。")
    if len(head) < 100:
        raise StorageError(f"“{path.name}”已损坏：文件头不完整（文件被截断）。")
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    if page_size and size % page_size:
        raise StorageError(f"“{path.name}”已损坏：文件长度不是页大小的整数倍（文件被截断）。")
    if pages and size < pages * page_size and not _has_wal(path):
        raise StorageError(
            f"“{path.name}”已损坏：文件应有 {pages} 页，实际只有 {size // page_size} 页（文件被截断）。"
        )


def _has_wal(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    return wal.exists() and wal.stat().st_size > 0


def integrity_problems(path: Path) -> list[str]:
    """Run PRAGMA integrity_check read-only; return the problems found (empty when sound)."""
    check_sqlite_header(path)
    if not path.exists():
        raise StorageError(f"数据库文件“{path}”不存在。")
    from workstation.db.sqlite import cipher

    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        conn = cipher.connect(uri, uri=True)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
            fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        finally:
            conn.close()
    except cipher.DatabaseError as exc:
        raise StorageError(f"“{path.name}”无法作为数据库打开：{exc}") from exc
    problems = [r for r in rows if r != "ok"]
    problems += [f"外键引用缺失：表 {t} 第 {rowid} 行引用 {parent}" for t, rowid, parent, _ in fk]
    return problems


def read_revision(path: Path) -> str | None:
    """The alembic revision stamped in the file, read-only; None when unversioned."""
    return probe_file(path)[0]


def probe_file(path: Path) -> tuple[str | None, bool]:
    """Read-only look: (alembic revision or None, whether it holds tables of another program)."""
    from workstation.db.sqlite import cipher

    conn = cipher.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        foreign = revision is None and bool(tables - {"alembic_version"})
        return revision, foreign
    finally:
        conn.close()


def has_no_accounts(path: Path) -> bool:
    """Whether a plain database file holds no user account yet (the empty one a first start made);
    False for an encrypted, damaged or foreign file."""
    import sqlite3

    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return conn.execute("SELECT count(*) FROM user_account").fetchone()[0] == 0
        finally:
            conn.close()
    except sqlite3.Error:
        return False
