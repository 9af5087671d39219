"""The attachments a database names, and which of them are missing or damaged (read-only).

Records keep only an attachment's SHA-256; the bytes are rows of `attachment_blob` (attachments.py).
`check` and `backup` use `attachment_problems` so a database whose attachments went missing or were
damaged is noticed: every stored blob is hashed again.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, inspect

from workstation.db.attachments import is_sha256
from workstation.db.sqlite import cipher


@dataclass(frozen=True)
class AttachmentRef:
    sha256: str
    where: str  # which record names it, as the person reading a report knows it


def attachment_refs(db_file: Path) -> list[AttachmentRef]:
    """Every attachment named by a record of the SQLite file `db_file`, in table order."""
    conn = cipher.connect(f"{db_file.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        return _refs(tables, conn.execute, lambda column: column)
    finally:
        conn.close()


def server_attachment_refs(conn: Connection) -> list[AttachmentRef]:
    """Every attachment named by a record of the server database on `conn`, in table order."""
    return _refs(set(inspect(conn).get_table_names()), conn.exec_driver_sql, lambda column: f"{column}::text")


def _refs(tables: set[str], query: Callable[[str], Iterable], json_text: Callable[[str], str]) -> list[AttachmentRef]:
    refs: list[AttachmentRef] = []
    if "filing_material_file" in tables:
        refs += [AttachmentRef(sha, f"备案材料扫描件“{name}”（文件记录 {id_}）") for id_, sha, name in query(
            "SELECT id, sha256, file_name FROM filing_material_file ORDER BY id")]
    if "fee_publicity" in tables:
        refs += [AttachmentRef(sha, f"收费公示凭证“{name}”（公示记录 {id_}）") for id_, sha, name in query(
            "SELECT id, evidence_sha256, evidence_name FROM fee_publicity WHERE evidence_sha256 != '' ORDER BY id")]
    if "staff_credential" in tables:
        refs += [AttachmentRef(sha, f"人员证书扫描件“{name}”（证书记录 {id_}）") for id_, sha, name in query(
            "SELECT id, scan_sha256, scan_name FROM staff_credential WHERE scan_sha256 != '' ORDER BY id")]
    if "inspection_item_result" in tables:
        for inspection, position, photos in query(
                "SELECT inspection_id, position, photos FROM inspection_item_result "
                f"WHERE photos IS NOT NULL AND {json_text('photos')} NOT IN ('', '[]') ORDER BY inspection_id, position"):
            refs += [AttachmentRef(str(sha), f"现场检查照片（检查记录 {inspection} 第 {position} 项）")
                     for sha in _json_list(photos)]
    if "rectification_report" in tables:
        for id_, evidence in query(
                "SELECT id, evidence FROM rectification_report "
                f"WHERE evidence IS NOT NULL AND {json_text('evidence')} NOT IN ('', '[]') ORDER BY id"):
            refs += [AttachmentRef(str(item.get("sha256", "")), f"整改证明材料“{item.get('name', '')}”（整改报告 {id_}）")
                     for item in _json_list(evidence) if isinstance(item, dict)]
    if "inbox_batch" in tables:
        refs += [AttachmentRef(sha, f"推送文件“{name}”（推送批次 {id_}）") for id_, sha, name in query(
            "SELECT id, file_sha256, file_name FROM inbox_batch ORDER BY id")]
    return refs


@dataclass(frozen=True)
class BlobCheck:
    """What hashing every stored attachment found."""

    present: frozenset[str]
    damaged: frozenset[str]  # stored bytes that no longer hash to their key


def check_blobs(rows: Iterable[tuple[str, bytes]]) -> BlobCheck:
    """Hash the (sha256, content) rows of `attachment_blob` (from any engine)."""
    present, damaged = set(), set()
    for sha, content in rows:
        present.add(sha)
        if hashlib.sha256(content).hexdigest() != sha:
            damaged.add(sha)
    return BlobCheck(frozenset(present), frozenset(damaged))


def file_blobs(db_file: Path) -> BlobCheck | None:
    """Every attachment stored in the SQLite file `db_file`, hashed; None before the table existed."""
    conn = cipher.connect(f"{db_file.resolve().as_uri()}?mode=ro", uri=True)
    try:
        if conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='attachment_blob'").fetchone() is None:
            return None
        return check_blobs(conn.execute("SELECT sha256, content FROM attachment_blob"))
    finally:
        conn.close()


def attachment_problems(refs: list[AttachmentRef], blobs: BlobCheck) -> list[str]:
    """One line per record (of `refs`) whose attachment is missing or damaged, then one per damaged
    attachment no record names."""
    problems = [f"{ref.where}：{verdict}" for ref in refs if (verdict := _verdict(blobs, ref.sha256))]
    named = {ref.sha256 for ref in refs}
    problems += [f"数据库中的附件 {sha[:12]}… 的内容与其哈希不符（已损坏或被改动；没有记录引用它）。"
                 for sha in sorted(blobs.damaged - named)]
    return problems


def _verdict(blobs: BlobCheck, sha: str) -> str:
    if not is_sha256(sha):
        return f"附件标识“{sha[:80]}”无效（记录被改动）。"
    if sha not in blobs.present:
        return f"附件 {sha[:12]}… 不在数据库中（丢失或被删除）。"
    if sha in blobs.damaged:
        return f"附件 {sha[:12]}… 的内容与记录的哈希不符（已损坏或被改动）。"
    return ""


def _json_list(raw: object) -> list:
    try:
        value = json.loads(raw) if isinstance(raw, str | bytes) else raw
    except ValueError:
        return []
    return value if isinstance(value, list) else []
