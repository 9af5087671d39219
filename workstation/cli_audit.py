"""`workstation audit digest`: the monthly audit digest PDF (月度审计摘要), signed in as a user who may read the trail."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_parser(sub: argparse._SubParsersAction) -> None:
    audit = sub.add_parser("audit", help="审计日志").add_subparsers(dest="audit_verb", metavar="VERB", required=True)
    digest = audit.add_parser("digest", help="生成月度审计摘要（PDF，供负责人签字存档）")
    digest.add_argument("--month", required=True, metavar="YYYY-MM", help="月份，例如 2026-11")
    digest.add_argument("--out", required=True, metavar="FILE.pdf", help="输出的 PDF 文件")


def command(args: argparse.Namespace, refuse_output, signed_in) -> int:
    """`refuse_output(args, out)` and `signed_in(args)` as in cli.py."""
    from workstation.exports.audit import write_audit_digest
    from workstation.services.audit import export_digest

    refuse_output(args, args.out)
    with signed_in(args) as (db, actor):
        digest = export_digest(db.factory, actor, args.month, Path(args.out), write_audit_digest)
    last = f"，最后一条为第 {digest.last.seq} 条" if digest.last else ""
    print(f"已生成 {digest.month} 月度审计摘要：{args.out}（{digest.rows} 条审计记录{last}）。")
    return 0
