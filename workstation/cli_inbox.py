"""`workstation import registrations FILE`: the push file becomes a batch of the registration inbox.

Prints the rows per class; --accept-valid then accepts the clean rows (new and matching, no findings),
each through intake like a clerk's 批量接受; --dry-run classifies without storing; --report saves the
invalid rows with their reasons. The command signs in with --user as every other command does.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from workstation.domain.enums import RegistrationOrganKind
from workstation.domain.inbox import ItemClass, OrganLevel

EXIT_OK, EXIT_PROBLEM, EXIT_ERROR = 0, 1, 2
EXIT_HELP = ("退出状态：0 已接收（或该文件已接收过），没有无效的行；1 有无效的行（已接收的行仍在推送收件箱）；"
             "2 出错，未接收（文件无法读取、推送机关不认识等）。")
SHOWN = 20  # invalid rows listed on stderr; --report saves them all
ORGANS = {"编办": RegistrationOrganKind.STAFFING_OFFICE, "民政": RegistrationOrganKind.CIVIL_AFFAIRS,
          "市场监管": RegistrationOrganKind.MARKET_REGULATION, "行政审批局": RegistrationOrganKind.ADMIN_APPROVAL}
LEVELS = {"区县": OrganLevel.DISTRICT, "市级": OrganLevel.CITY}


def organ_of(text: str) -> RegistrationOrganKind:
    organ = ORGANS.get(text.strip()) or RegistrationOrganKind.from_label(text)
    if organ is None:
        from workstation.domain.errors import ValidationError

        raise ValidationError(f"不认识的推送机关“{text}”，可用：{'、'.join(ORGANS)}。", "organ")
    return organ  # type: ignore[return-value]


def receive_registrations(args: argparse.Namespace, signed_in: Callable[[argparse.Namespace], Any],
                          progress: Callable[[str], Callable[[int, int], None]]) -> int:
    """`signed_in(args)`: the CLI's context manager giving the open database and the signed-in actor."""
    from workstation.context import AppContext

    progress = _on_lines(progress)
    organ, level = organ_of(args.organ), LEVELS[args.level]
    with signed_in(args) as (db, actor):
        inbox = AppContext(db, actor).inbox
        if args.dry_run:
            preview = inbox.preview(args.file, progress=progress("比对"))
            invalid = [(n, code, name, reason) for n, code, name, reason in preview.invalid]
            _save_report(args, preview.file_name, preview.header_row, invalid)
            print(f"共 {preview.rows} 行：{_counts(preview.counts)}。")
            print("试运行：未接收文件，未写入任何数据。")
            _print_invalid(invalid)
            return EXIT_PROBLEM if invalid else EXIT_OK
        received = inbox.receive(args.file, organ, level, progress=progress("接收"))
        batch = received.batch
        print(received.summary())
        if received.duplicate:
            return EXIT_OK
        invalid = [(i.row_number, i.uscc, i.name, i.findings) for i in inbox.invalid_rows(batch.id)]
        _save_report(args, batch.file_name, 0, invalid)
        if args.accept_valid:
            accepted, refused = inbox.accept_clean(batch.id, progress=progress("批量接受"))
            print(f"已批量接受无问题的行 {accepted} 行。")
            for line in refused[:SHOWN]:
                print(f"未能接受：{line}", file=sys.stderr)
        waiting = inbox.batch(batch.id).waiting
        print(f"批次 {batch.id}：{waiting} 行在推送收件箱（机构登记 → 推送收件箱）待处理。" if waiting
              else f"批次 {batch.id}：所有行均已处理。")
        _print_invalid(invalid)
        return EXIT_PROBLEM if invalid else EXIT_OK


def _on_lines(progress: Callable[[str], Callable[[int, int], None]]) -> Callable[[str], Callable[[int, int], None]]:
    """On a terminal the count updates in place (\\r); into a file or a pipe each report is a line of its
    own, at most one per tenth of the work, so a log reads line by line."""
    if sys.stderr.isatty():
        return progress

    def lines(label: str) -> Callable[[int, int], None]:
        shown: set[int] = set()

        def report(done: int, total: int) -> None:
            tenth = 10 if total <= 0 else min(10, done * 10 // total)
            if tenth not in shown:
                shown.add(tenth)
                print(f"{label}：{done}/{total}", file=sys.stderr, flush=True)

        return report

    return lines


def _counts(counts: dict[ItemClass, int]) -> str:
    return "，".join(f"{kind.zh} {n} 行" for kind, n in counts.items() if n) or "无数据行"


def _print_invalid(invalid: list[tuple[int, str, str, str]]) -> None:
    for number, code, name, reason in invalid[:SHOWN]:
        print(f"第{number}行 {code or '（无代码）'} {name or '（无名称）'}：无效：{reason}", file=sys.stderr)
    if len(invalid) > SHOWN:
        print(f"……另有 {len(invalid) - SHOWN} 行无效，可用 --report 另存全部。", file=sys.stderr)


def _save_report(args: argparse.Namespace, file_name: str, header_row: int,
                 invalid: list[tuple[int, str, str, str]]) -> None:
    if not args.report:
        return
    from workstation.services.imports import ImportReport, RowOutcome, RowResult, save_rejected

    rows = tuple(RowResult(number, RowOutcome.REJECTED, code, name, reason) for number, code, name, reason in invalid)
    save_rejected(ImportReport(file_name, header_row, rows, committed=False, dry_run=args.dry_run),
                  args.file, args.report)
    print(f"无效的行已另存为：{args.report}" if invalid else f"没有无效的行，报告只有表头：{args.report}")
