"""Open a database for use: engine, schema brought to head, session factory."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from workstation.db.district_keys import attach_district_key
from workstation.db.engine import make_engine, make_session_factory
from workstation.db.file_modes import make_database_private
from workstation.db.migrate import UpgradeProgress, ensure_schema
from workstation.db.restore_switch import finish_pending
from workstation.db.server_schema import refuse_behind
from workstation.db.sqlite.cipher import use_district_key
from workstation.db.sqlite_file import mark_live
from workstation.domain.errors import StorageError


@dataclass
class Database:
    engine: Engine
    factory: sessionmaker[Session]
    location: str
    revision: str

    def close(self) -> None:
        self.engine.dispose()


def open_database(db: str | Path, district_key: bytes | None = None, *, migrate_server: bool = False,
                  progress: UpgradeProgress | None = None) -> Database:
    """Open (creating when missing) and migrate the database at a path or URL.

    A server database (URL) is migrated only with `migrate_server` (the administrator's `workstation
    migrate`); otherwise one whose schema is behind is refused (db/server_schema.ServerSchemaBehind).

    With the district key (unlocked at sign-in) an encrypted file is opened with its DATABASE
    sub-key, and the key is attached to the engine for the other sub-keys.
    """
    text = str(db)
    if district_key is not None and "://" not in text:
        use_district_key(Path(text).expanduser(), district_key)
    if "://" not in text:
        path = Path(text).expanduser()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(f"无法创建数据库所在文件夹“{path.parent}”：{exc.strerror}") from exc
        _refuse_read_only(path)
        finish_pending(path)  # a restore killed half-way: its switch is finished (or undone) first
    engine = make_engine(db)
    try:
        if "://" in text and not migrate_server and engine.dialect.name != "sqlite":
            refuse_behind(engine, text)
        revision = ensure_schema(engine, progress)
    except StorageError:
        engine.dispose()
        raise
    except Exception as exc:
        from workstation.db.server_dump import safe_location

        engine.dispose()
        raise StorageError(f"无法打开数据库“{safe_location(text)}”：{_without_password(exc, text)}") from exc
    if "://" not in text:
        mark_live(path)  # from now on no output may be written over it (output_paths.py)
        make_database_private(path)
    if district_key is not None:
        attach_district_key(engine, district_key)
    return Database(engine, make_session_factory(engine), text, revision)


def _refuse_read_only(path: Path) -> None:
    """A read-only file (or folder: SQLite writes -wal/-shm beside it) is refused before any write."""
    if path.exists() and not os.access(path, os.W_OK):
        where = f"数据库文件“{path}”"
    elif not os.access(path.parent, os.W_OK):
        where = f"数据库所在文件夹“{path.parent}”"
    else:
        return
    raise StorageError(f"{where}是只读的（可能在只读介质上，或没有写入权限），无法在此编辑。"
                       "请把数据库复制到可写的位置，或更改权限后再打开；文件未作任何改动。")


def _without_password(exc: Exception, location: str) -> str:
    """The error's text with the URL's password (should a driver quote it) blanked out."""
    message = str(exc)
    if "://" not in location:
        return message
    from sqlalchemy.engine import make_url

    try:
        password = make_url(location).password
    except Exception:
        return message
    return message.replace(str(password), "***") if password else message
