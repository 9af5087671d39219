"""Command-line parsing and headless commands. Heavy modules are imported only when needed."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__

if TYPE_CHECKING:
    from .services.imports import ImportReport

EXIT_OK, EXIT_PROBLEM, EXIT_ERROR, EXIT_INTERNAL = 0, 1, 2, 70
_SHOWN_REJECTIONS = 20  # rejected rows listed on stderr by `import`; --report saves them all


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"参数错误：{message}", file=sys.stderr)
        raise SystemExit(EXIT_ERROR)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="workstation", description="托育机构登记备案工作站")
    parser.add_argument("--version", action="version", version=f"workstation {__version__}")
    parser.add_argument("--db", metavar="PATH", help="数据库文件（默认在用户数据文件夹）")
    parser.add_argument("--lang", choices=("zh", "en"), default="zh", help="界面语言")
    parser.add_argument("--screenshot", metavar="PNG", help=argparse.SUPPRESS)
    parser.add_argument("--quit-after-show", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", help="生成演示辖区数据")
    demo.add_argument("--nurseries", type=_positive_int, default=200)
    demo.add_argument("--seed", type=int, default=1)

    init = sub.add_parser("init", help="不经图形界面初始化辖区")
    init.add_argument("--division-code", required=True)
    init.add_argument("--name", required=True)
    init.add_argument("--population", type=int)
    init.add_argument("--street", action="append", default=[], metavar="CODE:NAME")

    _add_import_parser(sub)
    sub.add_parser("check", help="检查数据库完整性与结构版本")
    sub.add_parser("selfcheck", help="在临时数据库上自检（用于安装包）")
    return parser


def _add_import_parser(sub: argparse._SubParsersAction) -> None:
    kinds = sub.add_parser("import", help="导入数据文件").add_subparsers(
        dest="import_kind", metavar="KIND", required=True)
    reg = kinds.add_parser("registrations", help="导入登记机关推送的登记信息（.xlsx 或 .csv）")
    reg.add_argument("file", metavar="FILE", help="推送文件（.xlsx 或 .csv）")
    reg.add_argument("--dry-run", action="store_true", help="只检查并逐行报告，不写入数据库")
    reg.add_argument("--accept-valid", action="store_true", help="写入有效行，其余行只报告（默认：有任何一行被拒绝就全部不写入）")
    reg.add_argument("--report", metavar="OUT.xlsx", help="把被拒绝的行连同错误原因另存为 .xlsx")


def _positive_int(text: str) -> int:
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("应为正整数")
    return value


def run(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    command = args.command or "gui"
    handler: Callable[[argparse.Namespace], int] = COMMANDS[command]
    try:
        return handler(args)
    except KeyboardInterrupt:
        print("已取消。", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:
        return _report(exc)


def _report(exc: Exception) -> int:
    from .domain.errors import DomainError

    if isinstance(exc, DomainError):
        print(f"错误：{exc.message}", file=sys.stderr)
        return EXIT_ERROR
    from .logs import log_exception

    where = log_exception(exc)
    print(f"内部错误：{type(exc).__name__}: {exc}（详情见日志 {where}）", file=sys.stderr)
    return EXIT_INTERNAL


def _db_path(args: argparse.Namespace) -> str:
    if args.db:
        return args.db
    from .paths import default_db_path

    return str(default_db_path())


def _cmd_gui(args: argparse.Namespace) -> int:
    from .app import run_gui

    return run_gui(_db_path(args), args)


def _cmd_demo(args: argparse.Namespace) -> int:
    from .db.session import open_database
    from .services.context import os_actor
    from .services.demo import DemoService

    db = open_database(_db_path(args))
    try:
        result = DemoService(db.factory, os_actor()).generate(
            args.nurseries, seed=args.seed, progress=_stderr_progress("生成演示数据")
        )
    finally:
        db.close()
    print(f"已生成演示辖区“{result.district_name}”：{result.nurseries} 家托育机构，{result.streets} 个街道（乡镇）。")
    return EXIT_OK


def _cmd_init(args: argparse.Namespace) -> int:
    from .db.session import open_database
    from .domain.errors import ValidationError
    from .services.context import os_actor
    from .services.district import DistrictService

    streets = []
    for item in args.street:
        code, sep, name = item.partition(":")
        if not sep:
            raise ValidationError(f"街道参数“{item}”应写成 代码:名称。", "street")
        streets.append((code, name))
    db = open_database(_db_path(args))
    try:
        settings = DistrictService(db.factory, os_actor()).initialize(
            args.division_code, args.name, streets, resident_population=args.population
        )
    finally:
        db.close()
    print(f"已初始化辖区：{settings.name}（{settings.division_code}），街道（乡镇）{len(settings.streets)} 个。")
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from .services.maintenance import check_database

    report = check_database(Path(_db_path(args)))
    for line in report.lines():
        print(line)
    return EXIT_OK if report.ok else EXIT_PROBLEM


def _cmd_selfcheck(args: argparse.Namespace) -> int:
    from .services.maintenance import self_check

    for line in self_check():
        print(line)
    return EXIT_OK


def _cmd_import(args: argparse.Namespace) -> int:
    from .db.session import open_database
    from .services.context import os_actor
    from .services.imports import RegistrationImporter, save_rejected

    db = open_database(_db_path(args))
    try:
        importer = RegistrationImporter(db.factory, os_actor())
        if args.dry_run:
            report = importer.dry_run(args.file, progress=_stderr_progress("检查"))
        else:
            report = importer.commit(args.file, accept_valid=args.accept_valid, progress=_stderr_progress("导入"))
        if args.report:
            save_rejected(report, args.file, args.report)
    finally:
        db.close()
    _print_import(report, args)
    return EXIT_PROBLEM if report.rejected else EXIT_OK


def _print_import(report: ImportReport, args: argparse.Namespace) -> None:
    print(f"{report.summary()}。")
    if report.dry_run:
        print("试运行：未写入任何数据。")
    elif report.committed:
        print("已写入数据库。" if report.accepted or report.updated else "没有需要写入的变化。")
    else:
        print("有被拒绝的行，未写入任何数据。改正后重新导入，或加 --accept-valid 只写入有效的行。")
    if args.report:
        print(f"被拒绝的行已另存为：{args.report}" if report.rejected else f"没有被拒绝的行，报告只有表头：{args.report}")
    shown = report.rejected_rows[:_SHOWN_REJECTIONS]
    for row in shown:
        print(f"第{row.row_number}行 {row.uscc or '（无代码）'} {row.name or '（无名称）'}：{row.reason}", file=sys.stderr)
    if report.rejected > len(shown):
        print(f"……另有 {report.rejected - len(shown)} 行被拒绝，可用 --report 另存全部。", file=sys.stderr)


def _stderr_progress(label: str) -> Callable[[int, int], None]:
    def report(done: int, total: int) -> None:
        end = "\n" if done >= total else "\r"
        print(f"{label}：{done}/{total}", end=end, file=sys.stderr, flush=True)

    return report


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "gui": _cmd_gui,
    "demo": _cmd_demo,
    "init": _cmd_init,
    "import": _cmd_import,
    "check": _cmd_check,
    "selfcheck": _cmd_selfcheck,
}
