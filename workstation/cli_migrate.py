"""`workstation migrate --db URL --user ADMIN`: a server database's schema brought to the program's.

Desks never migrate a server database themselves (db/server_schema.py): an administrator runs this
once after installing a new program version. It signs in against the database as it is (with the
account columns every schema version has), upgrades under the migration lock, and records who did it
in the audit trail. An empty server database gets the schema without a sign-in (no accounts yet: the
first administrator is created next, `users create-admin`). A database file needs no command: it
migrates when opened.
"""

from __future__ import annotations

import argparse
import dataclasses

EXIT_OK = 0
WRONG = "用户名或密码错误，或账号已停用（连续输错将锁定账号）；服务器数据库未作任何改动。"


def add_parser(sub: argparse._SubParsersAction) -> None:
    migrate = sub.add_parser("migrate", help="把服务器数据库的结构升级到本程序的版本（需系统管理员登录；空数据库不需登录）")
    # Also after the command ("workstation migrate --db URL"), as the desks' message writes it
    migrate.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                         help="服务器数据库，如 postgresql+psycopg://用户名@主机/数据库名（密码放在 ~/.pgpass）")


def command(args: argparse.Namespace, db_location: str) -> int:
    from workstation.db.engine import make_engine
    from workstation.db.schema_version import HEAD
    from workstation.db.server_dump import is_server, safe_location
    from workstation.db.server_schema import has_accounts, server_revision
    from workstation.domain.errors import ValidationError

    if not is_server(db_location):
        raise ValidationError("workstation migrate 只用于服务器数据库（--db postgresql+psycopg://…）；"
                              "本机数据库文件在打开时自动升级，无需此命令。", "db")
    where = safe_location(db_location)
    engine = make_engine(db_location)
    try:
        before, empty = server_revision(engine)
        if before == HEAD:
            print(f"服务器数据库 {where} 的结构已是最新版本（{HEAD}），未作改动。")
            return EXIT_OK
        actor = _administrator(args, engine) if has_accounts(engine) else None
    finally:
        engine.dispose()
    db = _open_migrating(db_location)
    try:
        if actor is not None:
            _record(db, actor, before)
    finally:
        db.close()
    print(f"服务器数据库 {where} 的结构已从 {before or '空数据库'} 升级到 {HEAD}。")
    if empty:
        print(f"下一步：创建首个系统管理员，workstation --db {where} users create-admin --user 用户名")
    return EXIT_OK


def _open_migrating(db_location: str):
    from workstation.db.session import open_database

    return open_database(db_location, migrate_server=True)  # under the server's migration lock


def _administrator(args: argparse.Namespace, engine):
    """The administrator named by --user, signed in against the database before its upgrade."""
    from workstation.cli_identity import SignInRequired, read_password
    from workstation.db.server_schema import (
        account_before_upgrade,
        accounts_as_written,
        count_failure_before_upgrade,
    )
    from workstation.domain.errors import PermissionDenied
    from workstation.domain.passwords import dummy_hash, verify_password
    from workstation.domain.permissions import Role
    from workstation.services.accounts import POLICY, local_time, utcnow
    from workstation.services.common.context import Actor

    if not args.user:
        raise SignInRequired("升级服务器数据库需要系统管理员登录：请加 --user 用户名（密码在终端输入，"
                             "或加 --password-stdin 从标准输入读入）。")
    password = read_password(args)
    if accounts_as_written(engine):
        return _signed_in(engine, args.user, password)
    # An older account table: the wrong passwords are counted on the account row and lock it as any sign-in's
    account = account_before_upgrade(engine, args.user)
    now = utcnow()
    if account is None:
        verify_password(password, dummy_hash())  # (as long as for a real account)
        raise PermissionDenied(WRONG)
    password_hash, role, active, _failed, until = account
    correct = verify_password(password, password_hash)
    if until is not None and until > now:
        if correct:
            raise PermissionDenied(f"该账号因连续多次密码错误已被锁定，请在 {local_time(until)} 后再试，"
                                   "或请系统管理员解锁。服务器数据库未作任何改动。")
        raise PermissionDenied(WRONG)
    if not correct:
        count_failure_before_upgrade(engine, args.user, POLICY.max_failures, POLICY.lockout, now)
        raise PermissionDenied(WRONG)
    if not active:
        raise PermissionDenied(WRONG)
    if role != Role.ADMIN.value:
        raise PermissionDenied("只有系统管理员可以升级服务器数据库；服务器数据库未作任何改动。")
    return Actor(args.user, "", Role.ADMIN.value)


def _signed_in(engine, username: str, password: str):
    """The sign-in of any command: a wrong password counts toward the lockout (audited), a locked account
    is refused."""
    from workstation.db.engine import make_session_factory
    from workstation.domain.errors import PermissionDenied
    from workstation.domain.permissions import Role
    from workstation.services.accounts import AccountLocked, AuthService, LoginFailed

    try:
        actor = AuthService(make_session_factory(engine)).login(username, password)
    except AccountLocked as exc:
        raise PermissionDenied(f"{exc.message}服务器数据库未作任何改动。") from None
    except LoginFailed:
        raise PermissionDenied(WRONG) from None
    if actor.role != Role.ADMIN.value:
        raise PermissionDenied("只有系统管理员可以升级服务器数据库；服务器数据库未作任何改动。")
    return actor


def _record(db, actor, before: str | None) -> None:
    from sqlalchemy import select

    from workstation.db.orm.accounts import User
    from workstation.db.schema_version import HEAD
    from workstation.services.audit import record_event
    from workstation.services.common.uow import writing

    who = dataclasses.replace(actor, account=False)  # signed in above, against the old schema
    with writing(db.factory, who) as session:
        user = session.scalars(select(User).where(User.username == actor.username)).first()
        if user is not None and (user.failed_attempts or user.locked_until is not None):
            # Counted on an older schema (cli_migrate._administrator), audited now that the trail is written
            record_event(session, who, "login_failed", "user_account", user.id,
                         {"username": user.username, "why": "before_upgrade", "failures": user.failed_attempts,
                          "locked_until": user.locked_until.isoformat() if user.locked_until else ""},
                         entity_uuid=user.uuid)
            user.failed_attempts, user.locked_until = 0, None  # the right password, as any sign-in's
        record_event(session, who, "migrate_schema", "database", "", {"from": before or "", "to": HEAD})
