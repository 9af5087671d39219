"""Who runs a command-line command: the window's accounts, roles and lockout, never the OS login name.

The password is read from the terminal (getpass) or, for scripts, from the first line of standard
input (--password-stdin); it is never a command-line argument, which other users could read in the
process list and which shells keep in their history.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from workstation.domain.errors import DomainError, StorageError, ValidationError

if TYPE_CHECKING:
    from workstation.db.session import Database
    from workstation.services.common.context import Actor

USER_HELP = "登录用户名：读取或修改数据的命令都要以本人账号登录，权限与图形界面相同"
STDIN_HELP = "从标准输入的第一行读入密码（供脚本使用；不加时在终端输入，密码不回显）"


class SignInRequired(DomainError):
    """A command that reads or changes data was run without an account."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """--user and --password-stdin on the program and on every command (`export … --user NAME` too)."""
    parser.add_argument("--user", metavar="NAME", help=USER_HELP)
    parser.add_argument("--password-stdin", action="store_true", help=STDIN_HELP)
    for sub in _subparsers(parser):
        # SUPPRESS: a command that does not repeat them keeps the values given before it
        sub.add_argument("--user", metavar="NAME", default=argparse.SUPPRESS, help=USER_HELP)
        sub.add_argument("--password-stdin", action="store_true", default=argparse.SUPPRESS, help=STDIN_HELP)


def _subparsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in dict.fromkeys(action.choices.values()):
                found.append(child)
                found.extend(_subparsers(child))
    return found


def existing_database(db_path: str) -> None:
    """StorageError when the database file is missing (signing in must not create an empty one)."""
    if "://" not in db_path and not Path(db_path).expanduser().is_file():
        raise StorageError(f"数据库文件“{db_path}”不存在。")


def is_encrypted(db_path: str) -> bool:
    from workstation.db.keyring import has_keyring

    return has_keyring(db_path)


def unlock(args: argparse.Namespace, db_path: str) -> tuple[bytes | None, str | None]:
    """(district key, password) from --user's password on an encrypted database; (None, None) on a plain one.

    A wrong password is told in the login's words before the database is opened.
    """
    if not is_encrypted(db_path):
        return None, None
    if not args.user:
        raise SignInRequired("此命令需要登录：请加 --user 用户名（密码在终端输入，或加 --password-stdin "
                             "从标准输入读入）。")
    from workstation.services.accounts import unlock as unlock_district

    password = read_password(args)
    return unlock_district(db_path, args.user, password), password


def sign_in(args: argparse.Namespace, db: Database, password: str | None = None) -> Actor:
    """The account named by --user after its password; wrong passwords count toward the lockout."""
    from workstation.db.server_dump import safe_location
    from workstation.services.accounts import AuthService

    auth = AuthService(db.factory)
    if not auth.has_users():
        raise SignInRequired(
            "这个数据库还没有用户账号。请先创建首个系统管理员：启动图形界面按提示创建，或运行 "
            f"workstation --db {safe_location(db.location)} users create-admin --user 用户名（密码输入两次）。")
    if not args.user:
        raise SignInRequired("此命令需要登录：请加 --user 用户名（密码在终端输入，或加 --password-stdin "
                             "从标准输入读入）。")
    return auth.login(args.user, password if password is not None else read_password(args))


def create_admin(args: argparse.Namespace, db: Database) -> tuple[Actor, Database]:
    """`users create-admin`: the first administrator of a database without accounts, and the
    database sealed under a new district key (returned reopened: close it)."""
    from workstation.services.accounts import AuthService, seal_new_district

    if not args.user:
        raise ValidationError("请用 --user 给出新管理员的用户名。", "user")
    auth = AuthService(db.factory)
    if auth.has_users():
        raise SignInRequired("这个数据库已有用户账号，不能再创建首个管理员；新账号请由系统管理员在“系统设置 → 用户管理”中添加。")
    password = read_password(args)
    if not args.password_stdin and _prompt("再次输入密码：") != password:
        raise ValidationError("两次输入的密码不一致，未创建账号。", "password")
    from workstation.services.accounts import check_new_password, check_username

    check_new_password(password, check_username(args.user))  # before the recovery secret is asked
    recovery = read_recovery_secret(args, password)
    actor = auth.create_first_admin(args.user, args.display_name or args.user, password)
    return actor, seal_new_district(db, actor.username, password, recovery)


def read_recovery_secret(args: argparse.Namespace, password: str) -> str:
    """The district's recovery secret (checked): the second line of stdin, or typed twice."""
    from workstation.services.accounts import RECOVERY_HELP, check_recovery_secret

    if args.password_stdin:
        secret = sys.stdin.readline().rstrip("\r\n")
        if not secret:
            raise ValidationError("--password-stdin：标准输入的第二行应为辖区恢复口令，但没有读到。"
                                  + RECOVERY_HELP, "recovery_secret")
    else:
        print(RECOVERY_HELP, file=sys.stderr)
        secret = _prompt("设置辖区恢复口令：")
        if _prompt("再次输入辖区恢复口令：") != secret:
            raise ValidationError("两次输入的辖区恢复口令不一致，未作任何改动。", "recovery_secret")
    check_recovery_secret(secret, password)
    return secret


def read_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        line = sys.stdin.readline()
        if not line.strip():
            raise ValidationError("--password-stdin：标准输入的第一行应为密码，但没有读到。", "password")
        return line.rstrip("\r\n")
    return _prompt("密码：")


def _prompt(text: str) -> str:
    try:
        return getpass.getpass(text)
    except EOFError:
        raise ValidationError("没有读到密码：请在终端中运行并输入密码，或加 --password-stdin 从标准输入读入。",
                              "password") from None


def read_recovery_and_new_password(args: argparse.Namespace) -> tuple[str, str]:
    """`recover`: the recovery secret, then the new password (stdin lines 1 and 2, or typed)."""
    if args.password_stdin:
        secret, password = (sys.stdin.readline().rstrip("\r\n") for _ in range(2))
        if not secret or not password:
            raise ValidationError("--password-stdin：标准输入第一行应为辖区恢复口令，第二行为新密码。", "password")
        return secret, password
    secret = _prompt("辖区恢复口令：")
    password = _prompt("新密码：")
    if _prompt("再次输入新密码：") != password:
        raise ValidationError("两次输入的密码不一致，未作任何改动。", "password")
    return secret, password
