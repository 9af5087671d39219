"""Open a database for use: engine, schema brought to head, session factory."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from ..domain.errors import StorageError
from .engine import make_engine, make_session_factory
from .migrate import ensure_schema


@dataclass
class Database:
    engine: Engine
    factory: sessionmaker[Session]
    location: str
    revision: str

    def close(self) -> None:
        self.engine.dispose()


def open_database(db: str | Path) -> Database:
    """Open (creating when missing) and migrate the database at a path or URL."""
    text = str(db)
    if "://" not in text:
        path = Path(text).expanduser()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(f"无法创建数据库所在文件夹“{path.parent}”：{exc.strerror}") from exc
    engine = make_engine(db)
    try:
        revision = ensure_schema(engine)
    except StorageError:
        engine.dispose()
        raise
    except Exception as exc:
        engine.dispose()
        raise StorageError(f"无法打开数据库“{db}”：{exc}") from exc
    return Database(engine, make_session_factory(engine), text, revision)
