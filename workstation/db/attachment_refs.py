"""The attachments a database names, and which of them are missing or damaged (read-only).

Records keep only an attachment's SHA-256; the file lives in the attachments folder (attachments.py).
`check` and `backup` use `attachment_problems` so a database whose files went missing is noticed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from workstation.db import cipher
from workstation.db.attachments import Attachments, is_sha256, sha256_file


@dataclass(frozen=True)
class AttachmentRef:
    sha256: str
    where: str  # which record names it, as the person reading a report knows it


def attachment_refs(db_file: Path) -> list[AttachmentRef]:
    """Every attachment named by a record of the SQLite file `db_file`, in table order."""
    conn = cipher.connect(f"{db_file.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        refs: list[AttachmentRef] = []
        if "filing_material_file" in tables:
            refs += [AttachmentRef(sha, f"备案材料扫描件“{name}”（文件记录 {id_}）") for id_, sha, name in conn.execute(
                "SELECT id, sha256, file_name FROM filing_material_file ORDER BY id")]
        if "fee_publicity" in tables:
            refs += [AttachmentRef(sha, f"收费公示凭证“{name}”（公示记录 {id_}）") for id_, sha, name in conn.execute(
                "SELECT id, evidence_sha256, evidence_name FROM fee_publicity WHERE evidence_sha256 != '' ORDER BY id")]
        if "staff_credential" in tables:
            refs += [AttachmentRef(sha, f"人员证书扫描件“{name}”（证书记录 {id_}）") for id_, sha, name in conn.execute(
                "SELECT id, scan_sha256, scan_name FROM staff_credential WHERE scan_sha256 != '' ORDER BY id")]
        if "inspection_item_result" in tables:
            for inspection, position, photos in conn.execute(
                    "SELECT inspection_id, position, photos FROM inspection_item_result "
                    "WHERE photos IS NOT NULL AND photos NOT IN ('', '[]') ORDER BY inspection_id, position"):
                refs += [AttachmentRef(str(sha), f"现场检查照片（检查记录 {inspection} 第 {position} 项）")
                         for sha in _json_list(photos)]
        if "rectification_report" in tables:
            for id_, evidence in conn.execute(
                    "SELECT id, evidence FROM rectification_report "
                    "WHERE evidence IS NOT NULL AND evidence NOT IN ('', '[]') ORDER BY id"):
                refs += [AttachmentRef(str(item.get("sha256", "")), f"整改证明材料“{item.get('name', '')}”（整改报告 {id_}）")
                         for item in _json_list(evidence) if isinstance(item, dict)]
        if "inbox_batch" in tables:
            refs += [AttachmentRef(sha, f"推送文件“{name}”（推送批次 {id_}）") for id_, sha, name in conn.execute(
                "SELECT id, file_sha256, file_name FROM inbox_batch ORDER BY id")]
        return refs
    finally:
        conn.close()


def attachment_problems(refs: list[AttachmentRef], store: Attachments) -> list[str]:
    """One line per record (of `refs`) whose attachment is missing from `store` or no longer hashes to its name."""
    problems, verdicts = [], {}
    for ref in refs:
        if ref.sha256 not in verdicts:
            verdicts[ref.sha256] = _verdict(store, ref.sha256)
        verdict = verdicts[ref.sha256]
        if verdict:
            problems.append(f"{ref.where}：{verdict}")
    return problems


def _verdict(store: Attachments, sha: str) -> str:
    if not is_sha256(sha):
        return f"附件标识“{sha[:80]}”无效（记录被改动）。"
    path = store.path(sha)
    if not path.is_file():
        return f"附件 {sha[:12]}… 在附件文件夹“{store.root}”中不存在（被删除或移走）。"
    try:
        actual = sha256_file(path)
    except OSError as exc:
        return f"附件 {sha[:12]}… 无法读取：{exc.strerror or exc}。"
    if actual != sha:
        return f"附件 {sha[:12]}… 的内容与记录的哈希不符（文件已损坏或被改动）。"
    return ""


def _json_list(raw: object) -> list:
    try:
        value = json.loads(raw) if isinstance(raw, str | bytes) else raw
    except ValueError:
        return []
    return value if isinstance(value, list) else []
