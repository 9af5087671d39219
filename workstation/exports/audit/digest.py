"""月度审计摘要: one month of the audit trail on paper (counts per action and per user, the month's first and
last row with their chain values, the latest signed checkpoint) and a line for the manager's signature.

Built from the shared document blocks, so the one PDF renderer embeds the WenQuanYi font as every document
does. The input is the audit service's AuditDigest, described here structurally (exports do not import services).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from workstation.exports.documents import Block, Document, Fields, Grid, Para, write_document_pdf


class Point(Protocol):
    seq: int
    value: str
    at: str


class Digest(Protocol):
    month: str
    district: str
    rows: int
    by_action: Sequence[tuple[str, int]]
    by_user: Sequence[tuple[str, int]]
    first: Point | None
    last: Point | None
    keyed: bool
    checkpoint: Point | None
    made_by: str
    made_at: str


def _point(point: Point | None) -> str:
    return "——" if point is None else f"第 {point.seq} 条（{point.at}）链值 {point.value}"


def digest_document(digest: Digest) -> Document:
    year, month = digest.month.split("-")
    protection = ("本月审计记录受辖区密钥保护（HMAC-SHA256）。" if digest.keyed and digest.rows
                  else "本月审计记录中有未受辖区密钥保护的记录（SHA-256）。" if digest.rows else "本月没有审计记录。")
    blocks: list[Block] = [
        Fields((("辖区", digest.district or "——"), ("期间", f"{int(year)}年{int(month)}月"),
                ("审计记录数", str(digest.rows)), ("本月第一条", _point(digest.first)),
                ("本月最后一条", _point(digest.last)), ("最近的外部检查点", _point(digest.checkpoint)))),
        Para(protection, "note"),
        Para("按操作统计", "heading"),
        Grid(("操作", "记录数"), tuple((label, str(n)) for label, n in digest.by_action) or (("——", "0"),),
             (0.7, 0.3), frozenset({1})),
        Para("按用户统计", "heading"),
        Grid(("用户", "记录数"), tuple((user, str(n)) for user, n in digest.by_user) or (("——", "0"),),
             (0.7, 0.3), frozenset({1})),
        Para("核对方法：运行命令“workstation check --user 用户名”核对审计链；本页所列链值与数据库中同一序号记录的链值应完全一致，"
             "不一致即说明审计记录在本摘要之后被改写。", "note"),
        Para("审核人（签字）：____________________　　日期：______年____月____日", "body"),
    ]
    return Document(title="月度审计摘要", number=f"期间：{digest.month}", copy_mark="",
                    addressee="", blocks=tuple(blocks), issuer=f"生成人：{digest.made_by}",
                    issued_on=f"生成时间：{digest.made_at}", file_stem=f"月度审计摘要-{digest.month}",
                    keep_end=4)  # 按用户统计 and its table, the note and the signature line on one page


def write_audit_digest(path: Path, digest: Digest) -> None:
    write_document_pdf(Path(path), digest_document(digest))
