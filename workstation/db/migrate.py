"""Bring a database to the program's schema at start-up.

Fast path: when the database is already at HEAD, Alembic is never imported. The upgrade is one
SQLite transaction (SQLite's DDL is transactional), so a failed or killed migration leaves the old
schema and data exactly as they were; the copy made before it is one file per (from, to) revisions.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine, event, inspect, text

from workstation.db import crash_points
from workstation.db.schema_version import HEAD
from workstation.db.sqlite_file import check_sqlite_header, probe_file
from workstation.domain.errors import StorageError
from workstation.paths import migrations_dir


def current_revision(engine: Engine) -> str | None:
    """The alembic revision stamped in the database, or None for an unversioned one."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


# (step, done, total): step BACKUP with the pages copied, then MIGRATE (0, 0) before the schema changes
UpgradeProgress = Callable[[str, int, int], None]
BACKUP, MIGRATE = "backup", "migrate"


def ensure_schema(engine: Engine, progress: UpgradeProgress | None = None) -> str:
    """Upgrade the database to HEAD, copying an existing file aside first; return the revision.

    A SQLite file is inspected read-only first, so a foreign or newer file is refused untouched.
    `progress` hears of each step of an upgrade (never called for a database already at HEAD).
    """
    path = _sqlite_path(engine)
    try:
        if path is not None and path.exists() and path.stat().st_size:
            check_sqlite_header(path)
            revision, foreign = probe_file(path)
        else:
            revision = current_revision(engine)
            foreign = revision is None and _has_user_tables(engine)
    except StorageError:
        raise
    except Exception as exc:  # a corrupt file surfaces here as a DBAPI error
        raise StorageError(f"无法读取数据库：{exc}") from exc
    if revision == HEAD:
        return HEAD
    if foreign:
        raise StorageError("该文件是 SQLite 数据库，但不是本工作站的数据库（没有结构版本记录），未作任何改动。")
    config = _alembic_config()
    _refuse_unknown(config, revision)
    if path is not None and revision is not None:
        backup_before_migration(path, revision, progress)
        crash_points.step("migration: copy made")
    if progress is not None:
        progress(MIGRATE, 0, 0)
    _upgrade(engine, config)
    crash_points.step("migration: committed")
    return HEAD


def backup_before_migration(path: Path, revision: str, progress: UpgradeProgress | None = None) -> Path:
    """Copy the file aside (its committed state, WAL included) before changing its schema.

    One file per (from, to): a retry after a failed migration replaces it (the failure changed
    nothing, so the copy is the same state) instead of adding another full copy. The name only ever
    holds a whole copy.
    """
    from workstation.db.backup import online_copy
    from workstation.db.backup_files import atomic_output

    target = path.with_name(f"{path.name}.before-{revision}-to-{HEAD}.bak")
    with atomic_output(target) as temp:
        online_copy(path, temp, None if progress is None else (lambda done, total: progress(BACKUP, done, total)))
    return target


def upgrade_pending(location: str) -> bool:
    """True when `location` is a SQLite file of this program stamped with an older revision (its opening
    copies it aside and migrates it); False for anything else, which opens (or is refused) as usual."""
    if "://" in location:
        return False
    path = Path(location).expanduser()
    try:
        if not path.is_file() or not path.stat().st_size:
            return False
        check_sqlite_header(path)
        revision, _foreign = probe_file(path)
    except Exception:  # anything odd: the usual opening reports it
        return False
    return revision is not None and revision != HEAD


def _sqlite_path(engine: Engine) -> Path | None:
    if engine.dialect.name != "sqlite":
        return None
    database = engine.url.database
    if not database or database == ":memory:":
        return None
    return Path(database)


def _has_user_tables(engine: Engine) -> bool:
    with engine.connect() as conn:
        return bool(set(inspect(conn).get_table_names()) - {"alembic_version"})


def _alembic_config():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    return config


def _refuse_unknown(config, revision: str | None) -> None:
    if revision is None:
        return
    from alembic.script import ScriptDirectory

    try:
        known = ScriptDirectory.from_config(config).get_revision(revision)
    except Exception:
        known = None
    if known is None:
        raise StorageError(
            f"数据库结构版本“{revision}”比本程序（{HEAD}）更新，请升级工作站程序后再打开；数据库未作任何改动。"
        )


def _upgrade(engine: Engine, config) -> None:
    """Migrate on an engine of its own: its dialect caches every table the migrations define, and the
    ORM's statement caches would keep the working engine's dialect (and all that) alive for good."""
    from alembic import command

    from workstation.db.engine import make_engine

    in_memory = engine.url.database in (None, "", ":memory:")
    migrating = engine if in_memory else make_engine(engine.url.render_as_string(hide_password=False))
    if migrating is not engine and migrating.dialect.name == "sqlite":
        _one_transaction(migrating)
    try:
        with migrating.begin() as conn:
            if conn.dialect.name == "postgresql":
                from workstation.db.postgres.migration_lock import hold_migration_lock

                hold_migration_lock(conn)  # another desk migrating the same server database goes first
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
    finally:
        config.attributes.pop("connection", None)
        if migrating is not engine:
            migrating.dispose()


def _one_transaction(engine: Engine) -> None:
    """Make the engine's transactions real SQLite transactions that include DDL.

    Python's sqlite3 module opens a transaction only before INSERT/UPDATE/DELETE, so CREATE/ALTER/DROP
    ran in autocommit: a migration failing half-way left half a schema. With the module's own
    handling off, BEGIN IMMEDIATE is sent at the start (a second program migrating at the same
    moment waits, then finds the work done) and everything commits or rolls back together.
    """
    @event.listens_for(engine, "connect")
    def _autocommit_driver(dbapi_conn, _record) -> None:
        dbapi_conn.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")
