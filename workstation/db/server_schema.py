"""A server database's schema is brought to the program's only on an administrator's command.

Desks share the database: one desk upgrading it on its own start would change it under every other
desk (and with whatever account the desk connects as). A desk meeting a schema behind its program
stops with a message naming the command; `workstation migrate` (cli_migrate.py) then upgrades it,
under the migration lock (db/postgres/migration_lock.py). A SQLite file (one desk) still migrates
at start.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine, inspect, select
from sqlalchemy import text as sql

from workstation.db.migrate import _alembic_config, _refuse_unknown, current_revision
from workstation.db.schema_version import HEAD
from workstation.domain.errors import StorageError
from workstation.domain.texts import QT_TRANSLATE_NOOP, text

BEHIND = QT_TRANSLATE_NOOP("DomainText", "服务器数据库需要升级，请系统管理员用自己的账号运行 workstation migrate --db {url} --user 用户名")
EMPTY = QT_TRANSLATE_NOOP(
    "DomainText", "服务器数据库是空的，请管理员运行 workstation migrate --db {url} 建立数据结构（或用 migrate-to-postgres 迁入本机数据库）。")


class ServerSchemaBehind(StorageError):
    """The server database's schema is older than the program's (or not there yet)."""

    def __init__(self, location: str, empty: bool) -> None:
        from workstation.db.server_dump import safe_location

        super().__init__(text(EMPTY if empty else BEHIND, url=safe_location(location)))
        self.empty = empty


def server_revision(engine: Engine) -> tuple[str | None, bool]:
    """(revision stamped in the database, True when it holds no table at all)."""
    revision = current_revision(engine)
    if revision is not None:
        return revision, False
    with engine.connect() as conn:
        return None, not inspect(conn).get_table_names()


def refuse_behind(engine: Engine, location: str) -> None:
    """ServerSchemaBehind unless the schema is the program's (a newer one, or a foreign database, is
    left to migrate.ensure_schema's own refusals)."""
    revision, empty = server_revision(engine)
    if revision == HEAD:
        return
    if revision is None and not empty:
        return  # not the workstation's database: ensure_schema says so without touching it
    if revision is not None:
        _refuse_unknown(_alembic_config(), revision)  # newer than the program: "upgrade the program"
    raise ServerSchemaBehind(location, empty)


def account_before_upgrade(engine: Engine, username: str) -> tuple[str, str, bool, int, dt.datetime | None] | None:
    """(password hash, role, active, failed attempts, locked until) of an account, read with the columns every
    schema version has, so an administrator can sign in to a database whose schema is older than the
    program's models."""
    from workstation.db.orm.accounts import User

    table = User.__table__
    with engine.connect() as conn:
        if not inspect(conn).has_table(table.name):
            return None
        row = conn.execute(select(table.c.password_hash, table.c.role, table.c.active, table.c.failed_attempts,
                                  table.c.locked_until).where(table.c.username == username)).first()
    if row is None:
        return None
    return row[0], str(getattr(row[1], "value", row[1])), bool(row[2]), int(row[3] or 0), row[4]


def count_failure_before_upgrade(engine: Engine, username: str, max_failures: int, lockout: dt.timedelta,
                                 now: dt.datetime) -> dt.datetime | None:
    """A wrong password for `username` counted on its account row (columns every schema version has; a
    schema this old keeps no record hashes, so nothing is left unverifiable); the lock's end when this one
    locks the account. The audit trail hears of them at the upgrade (cli_migrate), the first moment this
    program can chain a row there."""
    from workstation.db.orm.accounts import User

    table = User.__table__
    with engine.begin() as conn:
        if "record_hash" in {c["name"] for c in inspect(conn).get_columns("audit_log")}:
            return None  # a later schema: a row changed here would fail `check` (not the case since 0023)
        failed = conn.execute(select(table.c.failed_attempts).where(table.c.username == username)
                              .with_for_update()).scalar()
        if failed is None:
            return None
        failures, until = (failed or 0) + 1, None
        if failures >= max_failures:  # as AuthService: the count starts again after the lock
            failures, until = 0, now + lockout
        values = {"failed_attempts": failures} if until is None else {"failed_attempts": 0, "locked_until": until}
        conn.execute(table.update().where(table.c.username == username).values(**values))
    return until


def accounts_as_written(engine: Engine) -> bool:
    """True when the accounts and the audit trail already have every column this program writes (the usual
    upgrade): a sign-in can then go through the accounts' own path, counted and audited, before the upgrade."""
    from workstation.db.orm.accounts import User
    from workstation.db.orm.audit import AuditEntry, AuditHead

    with engine.connect() as conn:
        found = inspect(conn)
        for table in (User.__table__, AuditEntry.__table__, AuditHead.__table__):
            if not found.has_table(table.name):
                return False
            if {c.name for c in table.columns} - {c["name"] for c in found.get_columns(table.name)}:
                return False
    return True


def has_accounts(engine: Engine) -> bool:
    from workstation.db.orm.accounts import User

    with engine.connect() as conn:
        if not inspect(conn).has_table(User.__tablename__):
            return False
        return bool(conn.execute(sql(f"SELECT count(*) FROM {User.__tablename__}")).scalar())
