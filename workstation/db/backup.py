"""SQLite side of backup and restore: online copy with progress, checks on a copy, checkpoint.

Everything SQLite-specific about backups lives here (file steps: backup_files.py);
services/backup.py builds the bundle.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from workstation.db.errors import LOCKED, translate_db_error
from workstation.db.schema_version import HEAD
from workstation.db.sqlite import cipher
from workstation.db.sqlite_file import check_sqlite_header, integrity_problems, read_revision
from workstation.domain.errors import DomainError, StorageError

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]

LOCK_WAIT_S = 2.0  # how long a restore waits for other connections to let go
PAGES_PER_STEP = 256  # 1 MB of 4 KB pages between progress reports and cancellation checks


class BackupCancelled(DomainError):
    """The user cancelled; nothing was left behind."""

    def __init__(self, message: str = "备份已取消，未留下不完整的文件。") -> None:
        super().__init__(message)


def sqlite_file(location: str | Path) -> Path:
    """The file behind a database location; StorageError for a server URL (backed up by its admin)."""
    text = str(location)
    if text.startswith("sqlite:///"):
        text = text.removeprefix("sqlite:///")
    elif "://" in text:
        raise StorageError("只有本机数据库文件可以在工作站中备份或恢复；服务器数据库请由其管理员备份。")
    return Path(text).expanduser()


def online_copy(source: Path, target: Path, progress: Progress | None = None,
                is_cancelled: IsCancelled | None = None) -> None:
    """Copy the database at `source` into a new file `target` with SQLite's online backup API.

    Other connections may keep reading and writing meanwhile. The copy is switched to rollback
    journal mode so it is one self-contained file. Raises BackupCancelled or StorageError.
    """
    if not source.is_file():
        raise StorageError(f"数据库文件“{source}”不存在，无法备份。")
    check_sqlite_header(source)

    def step(_status: int, remaining: int, total: int) -> None:
        if is_cancelled is not None and is_cancelled():
            raise BackupCancelled()
        if progress is not None:
            progress(total - remaining, total)

    try:
        src = cipher.connect(f"{source.resolve().as_uri()}?mode=rw", uri=True)
        try:
            # an encrypted database is copied page by page under its own key: the copy stays encrypted
            dst = cipher.connect(str(target), key=cipher.key_for(source))
            try:
                src.backup(dst, pages=PAGES_PER_STEP, progress=step)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
    except cipher.Error as exc:
        raise storage_error(exc, "备份") from exc


def check_copy(path: Path) -> tuple[str | None, list[str]]:
    """(schema revision, problems) of a database copy, read-only: PRAGMA integrity_check and
    foreign keys (quick_check would miss an index that disagrees with its table)."""
    try:
        return read_revision(path), integrity_problems(path)
    except cipher.Error as exc:
        raise storage_error(exc, "检查数据库") from exc


def table_counts(path: Path) -> dict[str, int]:
    """Rows per table of a database file (shown when choosing a backup to restore)."""
    conn = cipher.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}
    finally:
        conn.close()


def revision_is_newer(revision: str | None) -> bool:
    """True when `revision` is not one this program knows (written by a newer program)."""
    if revision is None or revision == HEAD:
        return False
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from workstation.paths import migrations_dir

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    try:
        return ScriptDirectory.from_config(config).get_revision(revision) is None
    except Exception:  # alembic raises for ids it has never heard of
        return True


def take_over(db_path: Path) -> None:
    """Make sure no other connection has the database open, and fold its WAL into the main file,
    before the file is moved. A file SQLite cannot open (the reason for many restores) is left as it is.
    """
    if not db_path.is_file():
        return
    try:
        conn = cipher.connect(f"{db_path.resolve().as_uri()}?mode=rw", uri=True, timeout=LOCK_WAIT_S,
                               isolation_level=None)
        try:
            # In WAL mode an exclusive lock is refused while any other connection, even an idle one, is open.
            conn.execute("PRAGMA locking_mode=EXCLUSIVE")
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("COMMIT")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    except cipher.DatabaseError as exc:
        if getattr(exc, "sqlite_errorcode", 0) & 0xFF in (5, 6):  # BUSY, LOCKED
            raise StorageError(LOCKED + "请先关闭正在使用该数据库的其他工作站窗口或程序，再重试；未作任何改动。") from exc


def storage_error(exc: BaseException, doing: str) -> StorageError:
    translated = translate_db_error(exc, doing)
    if translated is not None:
        return translated
    detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return StorageError(f"{doing}失败：{detail}。此前已保存的数据不受影响。")
