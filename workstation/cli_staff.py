"""`workstation import staff --nursery CODE FILE`: a nursery's staff list, checked first, all or nothing."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

EXIT_OK, EXIT_PROBLEM = 0, 1


def add_parser(kinds: argparse._SubParsersAction) -> None:
    staff = kinds.add_parser("staff", help="导入托育机构的工作人员名单（.xlsx、.xls 或 .csv）")
    staff.add_argument("--nursery", required=True, metavar="CODE", help="机构的统一社会信用代码或记录号")
    staff.add_argument("file", metavar="FILE", help="人员名单（表头含姓名、身份证号、岗位、入职日期）")
    staff.add_argument("--dry-run", action="store_true", help="只检查并逐行报告，不写入数据库")


def run(args: argparse.Namespace, signed_in: Callable[[argparse.Namespace], Any]) -> int:
    """`signed_in(args)`: the CLI's context manager giving the open database and the signed-in actor."""
    from workstation.services.staff import StaffImporter

    with signed_in(args) as (db, actor):
        importer = StaffImporter(db.factory, actor)
        nursery_id, name = importer.find_nursery(args.nursery)
        report = importer.dry_run(nursery_id, args.file) if args.dry_run else importer.commit(nursery_id, args.file)
    print(f"{name}：{report.summary}")
    for row in report.rows:
        if row.message:
            label = "拒绝" if row.outcome == "rejected" else "提示"
            print(f"第{row.number}行 {row.name}：{label}：{row.message}", file=sys.stderr)
    if args.dry_run:
        print("试运行：未写入任何数据。")
    return EXIT_PROBLEM if report.rejected else EXIT_OK
