"""One place that turns database and disk failures into StorageError messages for people.

`translate_db_error` understands sqlite3 errors (by SQLite result code, then by message), SQLAlchemy
wrappers of them, and OSError from file work (backups, attachments). Engines made by
`db.engine.make_engine` apply it to every statement and commit through the `handle_error` event,
so services see StorageError without catching driver exceptions themselves.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path

from workstation.db.sqlite import cipher
from workstation.domain.errors import StorageError

LOCKED = "数据库正被其他程序占用（可能另一个工作站窗口或程序正在保存），请稍后重试。"
FULL = "磁盘空间已满，无法写入数据库。请清理磁盘空间后重试。"
READ_ONLY = "数据库文件是只读的（可能在只读介质上，或没有写入权限），无法保存。"
IO = "读写数据库文件时发生磁盘错误（磁盘或U盘可能已拔出或损坏）。"
CORRUPT = "数据库文件已损坏（完整性检查未通过），请联系系统管理员用备份恢复（“系统设置→备份与恢复”）。"
# SQLite also reports "malformed" for a moment when another process changes the file under a
# reader in an unusual way; the file is called corrupt only once PRAGMA integrity_check fails.
SOUND_BUT_FAILED = "读取数据库时出错，但数据库完整性检查通过，数据完好（可能另一程序正在同时改动它）。请重试。"
NOT_A_DB = "该文件不是本工作站的数据库（可能选错了文件）。"
CANT_OPEN = "无法打开数据库文件（文件夹不存在或没有访问权限）。"
NOTHING_LOST = "本次操作未保存，此前已保存的数据不受影响。"

# SQLite primary result codes (https://sqlite.org/rescode.html).
_BY_CODE = {5: LOCKED, 6: LOCKED, 8: READ_ONLY, 10: IO, 11: CORRUPT, 13: FULL, 14: CANT_OPEN, 26: NOT_A_DB}
_BY_TEXT = (
    ("database is locked", LOCKED), ("database table is locked", LOCKED),
    ("database or disk is full", FULL), ("readonly database", READ_ONLY), ("disk i/o error", IO),
    ("malformed", CORRUPT), ("file is not a database", NOT_A_DB), ("unable to open database", CANT_OPEN),
)
_DISK_FULL = "磁盘空间已满。请清理磁盘空间或换一个保存位置后重试。"
_NO_ACCESS = "没有写入“{name}”的权限（文件只读，或没有访问权限）。"
_BY_ERRNO = {errno.ENOSPC: _DISK_FULL, errno.EDQUOT: _DISK_FULL, errno.EROFS: "“{name}”所在的磁盘是只读的。",
             errno.EACCES: _NO_ACCESS, errno.EPERM: _NO_ACCESS, errno.EIO: "读写“{name}”时发生磁盘错误（磁盘或U盘可能已拔出或损坏）。",
             errno.ENOENT: "找不到“{name}”（文件夹不存在，或U盘已拔出）。"}


def translate_db_error(exc: BaseException, doing: str = "",
                       is_sound: Callable[[], bool | None] | None = None) -> StorageError | None:
    """The StorageError a person should see for `exc`, or None when it is not a storage failure.

    `doing` names the action for the message ("备份"…); the message always says nothing saved was lost.
    OSError is understood too (disk full, read-only medium, no permission, missing folder).
    `is_sound` runs the integrity check before a corruption report (None: the check could not run).
    """
    if isinstance(exc, StorageError):
        return exc
    message = _message(_unwrap(exc))
    if message is None:
        return None
    if message == CORRUPT and is_sound is not None and is_sound() is not False:
        message = SOUND_BUT_FAILED
    prefix = f"{doing}失败：" if doing else ""
    return StorageError(f"{prefix}{message}{NOTHING_LOST}")


def _unwrap(exc: BaseException) -> BaseException:
    """The driver exception inside a SQLAlchemy DBAPIError (its `.orig`), else `exc` itself."""
    orig = getattr(exc, "orig", None)
    return orig if isinstance(orig, BaseException) else exc


def _message(exc: BaseException) -> str | None:
    if isinstance(exc, cipher.DatabaseError):
        code = getattr(exc, "sqlite_errorcode", None)
        if code is not None and code & 0xFF in _BY_CODE:
            return _BY_CODE[code & 0xFF]
        text = str(exc).lower()
        return next((msg for needle, msg in _BY_TEXT if needle in text), None)
    if isinstance(exc, OSError) and exc.errno in _BY_ERRNO:
        return _BY_ERRNO[exc.errno].format(name=exc.filename or "文件")
    if type(exc).__module__.startswith("psycopg"):
        from workstation.db.postgres.errors import message

        return message(exc)
    return None


def raise_translated(context) -> None:
    """SQLAlchemy `handle_error` listener: raise the StorageError in place of a storage failure."""
    engine = context.engine
    path = engine.url.database if engine is not None and engine.dialect.name == "sqlite" else None
    check = (lambda: integrity_ok(path)) if path and path != ":memory:" else None
    translated = translate_db_error(context.original_exception, is_sound=check)
    if translated is not None:
        raise translated from context.original_exception
    if engine is not None and engine.dialect.name == "postgresql":
        from workstation.db.postgres.errors import raise_without_row_values

        raise_without_row_values(context)  # the server's DETAIL quotes row values (ID numbers)


def integrity_ok(path: str) -> bool | None:
    """PRAGMA integrity_check on its own read-only connection; None when it cannot run (busy, gone).

    SQLite's own connection, not a file read: closing it keeps this process's locks on the file.
    """
    try:
        conn = cipher.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=10)
        try:
            row = conn.execute("PRAGMA integrity_check(1)").fetchone()
        finally:
            conn.close()
    except cipher.Error as exc:
        return False if _message(exc) in (CORRUPT, NOT_A_DB) else None
    return row is not None and row[0] == "ok"
