"""`workstation inspections verify-draw --id N`: a stored 双随机 draw re-computed from its frozen population,
public value and fingerprint, answered 一致 or 不一致 with the reasons (recorded as a view)."""

from __future__ import annotations

import argparse

EXIT_OK, EXIT_PROBLEM = 0, 1


def add_parser(sub: argparse._SubParsersAction) -> None:
    verbs = sub.add_parser("inspections", help="监督检查").add_subparsers(
        dest="inspections_verb", metavar="VERB", required=True)
    verify = verbs.add_parser("verify-draw", help="复核一次双随机抽取：按冻结的抽取范围、公开数值和范围校验值重新计算，"
                                                  "回答一致或不一致及原因（退出码 0 一致，1 不一致）")
    verify.add_argument("--id", required=True, type=int, metavar="N", help="抽查记录编号")


def command(args: argparse.Namespace, signed_in) -> int:
    """`signed_in(args)` as in cli.py."""
    from workstation.exports.inspections import method_text
    from workstation.services.inspections import verify_draw

    with signed_in(args) as (db, actor):
        check = verify_draw(db.factory, actor, args.id)
    print(f"抽查记录编号：{check.draw_id}")
    print(method_text(check.method))  # the method in the PDF's words, not its stored tag
    print(f"冻结时间：{_time(check.frozen_at)}；开奖时间：{_time(check.drawn_at)}")
    print(f"抽取范围：{check.population_size} 家，范围校验值 {check.fingerprint}")
    if check.public_value:
        print(f"公开数值：{check.public_value}（见证人：{check.witness or '—'}）")
    print(f"随机种子：记录 {check.seed}")
    print(f"          重算 {check.recomputed_seed}")
    print(f"抽中对象：{check.picks} 个")
    if check.consistent:
        print("结论：一致（范围、种子和抽取结果都可由冻结的记录重新算出）。")
        return EXIT_OK
    print("结论：不一致")
    for reason in check.reasons:
        print(f"  - {reason}")
    return EXIT_PROBLEM


def _time(moment) -> str:
    if moment is None:
        return "—"
    import datetime as dt

    return moment.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M")
