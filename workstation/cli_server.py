"""`workstation migrate-to-postgres --from FILE.db --to URL --user ADMIN`: a district's database file
copied into an empty server database (PostgreSQL) shared by every desk of the office."""

from __future__ import annotations

import argparse
from pathlib import Path

EXIT_OK = 0


def add_parser(sub: argparse._SubParsersAction) -> None:
    move = sub.add_parser("migrate-to-postgres", help="把本机数据库文件迁移到空的服务器数据库（PostgreSQL，需系统管理员登录）")
    move.add_argument("--from", dest="source", required=True, metavar="FILE.db", help="本机数据库文件")
    move.add_argument("--to", dest="target", required=True, metavar="URL",
                      help="服务器数据库，如 postgresql+psycopg://用户名@主机/数据库名（密码放在 ~/.pgpass，不写在命令行上）")


def command(args: argparse.Namespace, signed_in, progress) -> int:
    """`signed_in(args)`: the open database and the account of --user (cli._signed_in), here the source file."""
    from workstation.db.server_dump import is_server
    from workstation.domain.errors import ValidationError
    from workstation.services.backup import migrate_to_server

    if not is_server(args.target):
        raise ValidationError("--to 应为服务器数据库的地址，例如 postgresql+psycopg://用户名@主机/数据库名。", "to")
    if not Path(args.source).expanduser().is_file():
        raise ValidationError(f"找不到本机数据库文件“{args.source}”。", "from")
    args.db = args.source  # the administrator signs in against the file being moved
    with signed_in(args) as (db, actor):
        moved = migrate_to_server(db, args.target, actor=actor, progress=progress("迁移（行）"))
    print(f"已迁移到服务器数据库：{moved.target}（{len(moved.rows)} 个数据表，共 {moved.total} 行；"
          f"审计链 {moved.audit_rows} 条记录校验通过）。")
    print(f"本机数据库文件“{args.source}”未作改动，可留作备份。各工作站改用：workstation --db {moved.target}")
    return EXIT_OK
