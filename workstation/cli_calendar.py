"""`workstation calendar show|import|export`: the working-day calendar on the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXIT_OK, EXIT_PROBLEM, EXIT_ERROR = 0, 1, 2
WEEKDAYS = "一二三四五六日"


def add_parser(sub: argparse._SubParsersAction, iso_date) -> None:
    calendar = sub.add_parser("calendar", help="工作日历：查看、导入、导出年度节假日安排")
    verbs = calendar.add_subparsers(dest="calendar_verb", metavar="VERB", required=True)
    show = verbs.add_parser("show", help="列出一年的放假和调休上班日期及来源")
    show.add_argument("year", type=int)
    imp = verbs.add_parser("import", help="从 .csv 或 .xlsx（日期、类型、说明）录入一年的安排")
    imp.add_argument("file")
    imp.add_argument("--source", required=True, help="依据，如“国务院办公厅关于2027年部分节假日安排的通知（国办发明电〔…〕…号）”")
    imp.add_argument("--source-date", type=iso_date, help="通知发布日期 YYYY-MM-DD")
    imp.add_argument("--year", type=int, help="文件所属年份（不填则按文件中的日期）")
    exp = verbs.add_parser("export", help="导出一年的安排（.csv 或 .xlsx），供其他区县导入")
    exp.add_argument("year", type=int)
    exp.add_argument("--out", required=True)


def command(args: argparse.Namespace, db_path: str, signed_in) -> int:
    """`signed_in(args)`: the open database and the account of --user (cli._signed_in)."""
    from workstation.context import AppContext
    from workstation.services.calendar import ArrangementRefused

    if args.calendar_verb == "export":
        from workstation.db.output_paths import check_output_path

        check_output_path(args.out, databases=[db_path])  # before the database is opened
    with signed_in(args) as (db, actor):
        service = AppContext(db, actor).calendar
        if args.calendar_verb == "show":
            return _show(service, args.year)
        if args.calendar_verb == "export":
            count = service.export_year(args.year, Path(args.out))
            print(f"已导出{args.year}年的{count}个放假和调休上班日期：{args.out}")
            return EXIT_OK
        try:
            change = service.import_file(Path(args.file), args.source, args.source_date, args.year)
        except ArrangementRefused as exc:
            print(f"未导入，{Path(args.file).name} 有{len(exc.problems)}处问题，数据库未作任何改动：", file=sys.stderr)
            for problem in exc.problems:
                print(f"  {problem.text()}", file=sys.stderr)
            return EXIT_PROBLEM
        if change.gaps:  # told, not refused: some years truly have no make-up day
            print(f"提示：{change.gaps.text(change.year.year)}", file=sys.stderr)
        print(f"已录入{change.year.year}年的节假日安排（{len(change.year.entries)}个日期）。{change.summary()}")
        for moved in change.moved:
            print(f"  {moved.nursery_name} {moved.what}：{moved.old.isoformat()} → {moved.new.isoformat()}")
        for moved in change.unapplied:
            print(f"  未改动（已确定）：{moved.nursery_name} {moved.what} {moved.old.isoformat()}，"
                  f"按新日历应为 {moved.new.isoformat()}")
        return EXIT_OK


def _show(service, year: int) -> int:
    from workstation.domain.workdays import PROVISIONAL_RULE, library_version

    view = service.year(year)
    if view.built_in:
        origin = f"内置日历（{library_version()}）" + (f"，另有{len(view.entries)}天录入" if view.entries else "")
    elif view.entries:
        origin = "录入：" + "；".join(view.sources)
    else:
        origin = f"尚未录入，{PROVISIONAL_RULE}（暂定）"
    print(f"{year}年工作日历 · 来源：{origin}")
    print(f"全年工作日 {view.working_days} 天")
    for day, kind, note in service.arrangement(year):
        weekday = WEEKDAYS[day.weekday()]
        print(f"{day.isoformat()} 周{weekday} {kind.zh}{' ' + note if note else ''}")
    return EXIT_OK

