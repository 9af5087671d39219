"""Command-line parsing and headless commands. Heavy modules are imported only when needed."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from workstation import __version__, cli_identity, cli_messages

if TYPE_CHECKING:
    from workstation.db.session import Database
    from workstation.services.common.context import Actor

EXIT_OK, EXIT_PROBLEM, EXIT_ERROR, EXIT_INTERNAL = 0, 1, 2, 70


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"参数错误：{message}", file=sys.stderr)
        raise SystemExit(EXIT_ERROR)


class _NotTheWindow(Exception):
    """The arguments are not a plain start of the window: the full parser reads them."""


class _WindowParser(_Parser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise _NotTheWindow(message)


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    """The parsed command line. Starting the window (no command) builds only the program's own options:
    the commands' parsers (and what their help texts import) are built when a command, --help or
    anything the window's options do not read is given, so those are parsed and reported as before."""
    try:
        args, rest = build_parser(commands=False).parse_known_args(argv)
    except _NotTheWindow:
        rest = argv
    if rest:
        return build_parser().parse_args(argv)
    args.command = None
    return args


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; `commands=False`: the window's options only (see parse_arguments)."""
    cli_messages.install()
    if not commands:
        parser: argparse.ArgumentParser = _WindowParser(prog="workstation", add_help=False)
    else:
        parser = _Parser(prog="workstation", description="托育机构登记备案工作站")
    parser.add_argument("--version", action="version", version=f"workstation {__version__}", help="显示程序版本号并退出")
    parser.add_argument("--db", metavar="PATH", help="数据库文件（默认在用户数据文件夹）")
    parser.add_argument("--lang", choices=("zh", "en"), help="界面语言（默认：系统设置中为本机选定的语言，未选时为中文）")
    parser.add_argument("--screenshot", metavar="PNG", help=argparse.SUPPRESS)
    parser.add_argument("--quit-after-show", action="store_true", help=argparse.SUPPRESS)
    # Two lines on stdin, user name then password, instead of the login dialog (scripted starts:
    # bench, screenshots). On a database without accounts they create the first administrator.
    parser.add_argument("--login-stdin", action="store_true", help=argparse.SUPPRESS)
    if commands:
        _add_commands(parser)
    cli_identity.add_arguments(parser)
    return parser


def _add_commands(parser: argparse.ArgumentParser) -> None:
    from workstation import (
        cli_audit,
        cli_calendar,
        cli_encryption,
        cli_inspections,
        cli_migrate,
        cli_server,
        cli_transfer,
    )

    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", help="生成演示辖区数据（新数据库不需登录）")
    demo.add_argument("--nurseries", type=_positive_int, default=200)
    demo.add_argument("--seed", type=int, default=1)

    init = sub.add_parser("init", help="不经图形界面初始化辖区")
    init.add_argument("--division-code", required=True)
    init.add_argument("--name", required=True)
    init.add_argument("--population", type=int)
    init.add_argument("--street", action="append", default=[], metavar="CODE:NAME")

    cli_transfer.add_import_parser(sub)
    _add_backup_parsers(sub)
    cli_transfer.add_export_parser(sub, _iso_date)
    cli_calendar.add_parser(sub, _iso_date)
    cli_audit.add_parser(sub)
    cli_inspections.add_parser(sub)
    sub.add_parser("check", help="检查数据库完整性与结构版本（不需登录）")
    sub.add_parser("selfcheck", help="在临时数据库上自检（用于安装包，不需登录）")
    cli_server.add_parser(sub)
    cli_migrate.add_parser(sub)
    users = sub.add_parser("users", help="用户账号").add_subparsers(dest="users_verb", metavar="VERB", required=True)
    admin = users.add_parser("create-admin", help="在还没有账号的数据库上创建首个系统管理员并加密数据库（--user 用户名；先输入密码两次，再输入辖区恢复口令两次；--password-stdin 时第一行为密码、第二行为恢复口令）")
    admin.add_argument("--display-name", default="", metavar="NAME", help="姓名（默认同用户名）")
    cli_encryption.add_parsers(sub)


def _add_backup_parsers(sub: argparse._SubParsersAction) -> None:
    backup = sub.add_parser("backup", help="备份数据库和附件（工作站运行时也可备份）")
    backup.add_argument("--out", required=True, metavar="FILE", help="备份文件（.wsbackup），或存放备份的文件夹")
    restore = sub.add_parser("restore", help="从备份恢复（先校验；被替换的数据库另存保留）")
    restore.add_argument("file", metavar="FILE", help="备份文件（.wsbackup）")
    restore.add_argument("--verify-only", action="store_true", help="只校验备份，不恢复")
    restore.add_argument("--recovery", action="store_true",
                         help="新电脑上没有密钥文件时：用辖区恢复口令恢复加密辖区的备份，并为 --user 指定的系统管理员"
                              "设置新密码（加 --password-stdin 时标准输入第一行为恢复口令，第二行为新密码）")


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期“{text}”应写成 YYYY-MM-DD") from None


def _positive_int(text: str) -> int:
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("应为正整数")
    return value


def run(argv: list[str]) -> int:
    os.umask(0o077)  # every file this program (or SQLite) makes is its user's alone: 0600 files, 0700 folders
    args = parse_arguments(argv)
    command = args.command or "gui"
    handler: Callable[[argparse.Namespace], int] = COMMANDS[command]
    try:
        return handler(args)
    except KeyboardInterrupt:
        print("已取消。", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:  # the output went to a pipe whose reader stopped (`| head`): not an error
        sys.stdout = None  # type: ignore[assignment]  # nothing more to flush at exit
        return EXIT_OK
    except Exception as exc:
        return _report(exc)


def _report(exc: Exception) -> int:
    from workstation.db.errors import translate_db_error
    from workstation.domain.errors import DomainError

    translated = translate_db_error(exc)
    if isinstance(exc, DomainError) or translated is not None:
        print(f"错误：{(translated or exc).message}", file=sys.stderr)  # type: ignore[union-attr]
        return EXIT_ERROR
    from workstation.logs import log_exception

    where = log_exception(exc)
    print(f"内部错误：{type(exc).__name__}: {exc}（详情见日志 {where}）", file=sys.stderr)
    return EXIT_INTERNAL


def _db_path(args: argparse.Namespace) -> str:
    if args.db:
        return args.db
    from workstation.paths import default_db_path

    return str(default_db_path())


@contextmanager
def _signed_in(args: argparse.Namespace) -> Iterator[tuple[Database, Actor]]:
    """The open database and the account that signed in with --user (refused without one)."""
    from workstation.db.session import open_database

    db_path = _db_path(args)
    cli_identity.existing_database(db_path)
    key, password = cli_identity.unlock(args, db_path)  # (None, None) on a plain database
    db = open_database(db_path, key)
    try:
        cli_alarm = _module("cli_alarm")
        cli_alarm.refuse_on_alarm(db)  # before the sign-in writes its row onto a trail in doubt
        yield db, cli_identity.sign_in(args, db, password)
        cli_alarm.anchor_after(db)
    finally:
        db.close()


def _signed_in_actor(args: argparse.Namespace) -> Actor:
    """Sign in and close the database again (backup and restore work on the file themselves)."""
    with _signed_in(args) as (_db, actor):
        return actor


def _cmd_gui(args: argparse.Namespace) -> int:
    if getattr(args, "login_stdin", False):
        lines = sys.stdin.read().splitlines()
        if len(lines) < 2:
            print("错误：--login-stdin 需要从标准输入读入两行：用户名、密码。", file=sys.stderr)
            return EXIT_ERROR
        args.credentials = (lines[0], lines[1])
        from workstation.sign_in_ahead import begin
        args.sign_in_ahead = begin(_db_path(args), args.credentials)  # its scrypt runs while Qt loads
    from workstation.app import run_gui
    return run_gui(_db_path(args), args)


def _cmd_demo(args: argparse.Namespace) -> int:
    from workstation.db.session import open_database
    from workstation.demo import DemoService
    from workstation.services.accounts import AuthService
    from workstation.services.common.context import Actor

    key, password = cli_identity.unlock(args, _db_path(args))
    db = open_database(_db_path(args), key)
    try:
        # A database without accounts is a new demo district; one with accounts needs a sign-in (DEMO_DATA)
        actor = (cli_identity.sign_in(args, db, password) if AuthService(db.factory).has_users()
                 else Actor("system:demo", "演示数据生成", "SYSTEM"))
        result = DemoService(db.factory, actor).generate(
            args.nurseries, seed=args.seed, progress=_stderr_progress("生成演示数据")
        )
    finally:
        db.close()
    print(f"已生成演示辖区“{result.district_name}”：{result.nurseries} 家托育机构，{result.streets} 个街道（乡镇）。")
    return EXIT_OK


def _cmd_init(args: argparse.Namespace) -> int:
    from workstation.domain.errors import ValidationError
    from workstation.services.district import DistrictService

    streets = []
    for item in args.street:
        code, sep, name = item.partition(":")
        if not sep:
            raise ValidationError(f"街道参数“{item}”应写成 代码:名称。", "street")
        streets.append((code, name))
    with _signed_in(args) as (db, actor):
        settings = DistrictService(db.factory, actor).initialize(
            args.division_code, args.name, streets, resident_population=args.population
        )
    print(f"已初始化辖区：{settings.name}（{settings.division_code}），街道（乡镇）{len(settings.streets)} 个。")
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from workstation.db.server_dump import is_server
    from workstation.services.audit import check_database, check_server

    location = _db_path(args)
    if is_server(location):
        report = check_server(location)
    else:
        keyless = None if args.user else _module("cli_alarm").keyless_check(location)
        if keyless is not None:  # encrypted, no account: nothing inside can be read
            print("\n".join(keyless))
            return EXIT_PROBLEM
        key = None
        if args.user and cli_identity.is_encrypted(location):  # an encrypted file is read with its key
            from workstation.db.sqlite.cipher import use_district_key

            key = cli_identity.unlock(args, location)[0]
            use_district_key(Path(location).expanduser(), key)
        report = check_database(Path(location), key)  # with the key: MACs, checkpoints, keyed record hashes
    for line in report.lines():
        print(line)
    return EXIT_OK if report.ok else EXIT_PROBLEM


def _cmd_selfcheck(args: argparse.Namespace) -> int:
    from workstation.services.audit import self_check

    for line in self_check():
        print(line)
    return EXIT_OK


def _cmd_backup(args: argparse.Namespace) -> int:
    from workstation.services.backup import backup

    out = Path(args.out)
    _refuse_output(args, str(out / "backup.wsbackup" if out.is_dir() else out))  # before signing in writes
    actor = _signed_in_actor(args)
    # backup() refuses an --out that is the database or belongs to it (also when --out is a folder)
    result = backup(_db_path(args), args.out, actor=actor, progress=_stderr_progress("备份（%）"))
    manifest = result.manifest
    print(f"已备份到：{result.path}")
    print(f"大小 {result.file_size / 1e6:.1f} MB；数据库结构版本 {manifest.schema_revision}；附件 {manifest.attachments} 个。")
    for sha in manifest.damaged:
        print(f"警告：附件 {sha} 内容与名称不符（已损坏），未放入备份。", file=sys.stderr)
    for problem in result.missing:
        print(f"警告：{problem}备份中没有这个附件。", file=sys.stderr)
    return EXIT_PROBLEM if manifest.damaged or result.missing else EXIT_OK


def _cmd_restore(args: argparse.Namespace) -> int:
    from workstation.db.server_dump import safe_location
    from workstation.services.backup import BackupInvalid, restore, verify
    from workstation.services.common.context import Actor

    progress = _stderr_progress("校验（%）" if args.verify_only else "恢复（%）")
    try:
        if args.recovery and not args.verify_only:
            return _module("cli_encryption").restore_with_recovery(args, _db_path(args), progress)
        if args.verify_only:
            manifest = verify(args.file, _db_path(args), progress=progress).manifest
            print(f"备份校验通过：{args.file}（{manifest.created_at} 备份，附件 {manifest.attachments} 个）。")
            return EXIT_OK
        # Restoring onto a computer without the database asks no account: there is nothing to protect yet
        actor = (_signed_in_actor(args) if _database_exists(_db_path(args))
                 else Actor("system:restore", "恢复到新数据库", "SYSTEM"))
        result = restore(args.file, _db_path(args), actor=actor, progress=progress)
    except BackupInvalid as exc:
        newline = "\n" if getattr(progress, "open", False) else ""
        print(f"{newline}备份未通过校验：{exc.message}", file=sys.stderr)
        return EXIT_PROBLEM
    print(f"已从备份恢复：{safe_location(result.database)}（备份时间 {result.manifest.created_at}）。")
    if result.replaced is not None:
        print(f"原数据库已另存为：{result.replaced}")
    if result.warning():
        print(result.warning(), file=sys.stderr)
    return EXIT_OK


def _cmd_users(args: argparse.Namespace) -> int:
    from workstation.db.session import open_database

    if cli_identity.is_encrypted(_db_path(args)):  # a sealed district has its administrator
        raise cli_identity.SignInRequired("这个数据库已有用户账号，不能再创建首个管理员；"
                                          "新账号请由系统管理员在“系统设置 → 用户管理”中添加。")
    db = open_database(_db_path(args))
    try:
        actor, db = cli_identity.create_admin(args, db)
    finally:
        db.close()
    print(f"已创建首个系统管理员：{actor.username}。现在可以用 --user {actor.username} 登录。")
    print("数据库已加密；请把辖区恢复口令抄写在纸上，密封后存放在单位保险柜。")
    return EXIT_OK


def _database_exists(db_path: str) -> bool:
    return "://" in db_path or Path(db_path).expanduser().is_file()


def _refuse_output(args: argparse.Namespace, out: str, inputs: list[str] | tuple[str, ...] = ()) -> None:
    """ValidationError when `out` is the database, one of its side files, in its attachments folder, or an input."""
    from workstation.db.output_paths import check_output_path

    check_output_path(out, databases=[_db_path(args)], inputs=inputs)


def _stderr_progress(label: str) -> Callable[[int, int], None]:
    in_percent = label.endswith("（%）")  # finer reports (a server backup's millionths) shown as percent, once each

    def report(done: int, total: int) -> None:
        if in_percent and total > 100:
            done, total = done * 100 // total, 100
            if (done, total) == getattr(report, "last", None):
                return
        report.last = (done, total)  # type: ignore[attr-defined]
        end = "\n" if done >= total else "\r"
        report.open = done < total  # type: ignore[attr-defined]  # a line to end before an error message
        print(f"{label}：{done}/{total}", end=end, file=sys.stderr, flush=True)

    return report


def _module(name: str):  # a command's module (cli_*), loaded when that command runs
    from importlib import import_module

    return import_module(f"workstation.{name}")


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "gui": _cmd_gui,
    "demo": _cmd_demo,
    "init": _cmd_init,
    "import": lambda args: _module("cli_transfer").import_command(args, _signed_in, _refuse_output, _stderr_progress),
    "backup": _cmd_backup,
    "restore": _cmd_restore,
    "export": lambda args: _module("cli_transfer").export_command(args, _signed_in, _refuse_output, _stderr_progress),
    "calendar": lambda args: _module("cli_calendar").command(args, _db_path(args), _signed_in),
    "audit": lambda args: _module("cli_audit").command(args, _refuse_output, _signed_in),
    "inspections": lambda args: _module("cli_inspections").command(args, _signed_in),
    "users": _cmd_users,
    "check": _cmd_check,
    "selfcheck": _cmd_selfcheck,
    "migrate-to-postgres": lambda args: _module("cli_server").command(args, _signed_in, _stderr_progress),
    "migrate": lambda args: _module("cli_migrate").command(args, _db_path(args)),
    "encrypt-database": lambda args: _module("cli_encryption").encrypt(args, _db_path(args)),
    "recover": lambda args: _module("cli_encryption").recover(args, _db_path(args)),
}
