"""Database checks: file integrity, schema revision, the audit chain, the attachments the records name;
a self-check for installed bundles."""

from __future__ import annotations

import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from sqlalchemy import Connection, String, inspect, select, type_coerce

from workstation.db.attachment_refs import attachment_problems, attachment_refs, file_blobs
from workstation.db.restore_switch import finish_pending
from workstation.db.schema_version import HEAD
from workstation.db.sqlite_file import integrity_problems, read_revision
from workstation.domain.errors import StorageError


@dataclass
class CheckReport:
    path: Path
    revision: str | None = None
    problems: list[str] = field(default_factory=list)
    audit: ChainReport | None = None
    notes: list[str] = field(default_factory=list)
    attachments: int = 0  # attachment records checked

    @property
    def ok(self) -> bool:
        return not self.problems

    def lines(self) -> list[str]:
        if self.ok:
            lines = [f"数据库检查通过：{self.path}", f"完整性：正常；结构版本：{self.revision}（最新）"]
            if self.audit is not None:
                lines.append(f"审计链：完整，共 {self.audit.rows} 条记录。")
            lines.append(f"附件：记录中的 {self.attachments} 个附件都在，内容与哈希一致。" if self.attachments
                         else "附件：数据库中没有附件记录。")
            return lines + self.notes
        return [f"数据库检查发现问题：{self.path}"] + [f"  - {p}" for p in self.problems] + self.notes


@dataclass(frozen=True)
class ChainReport:
    """Result of walking the audit chain: rows verified, and the first broken row if any."""

    rows: int
    broken_seq: int | None = None
    problem: str = ""
    unkeyed: int = 0  # rows from before the district had a key (plain SHA-256)
    unverified: int = 0  # keyed rows whose MAC could not be checked (no key given)

    @property
    def ok(self) -> bool:
        return not self.problem

    def describe(self) -> str:
        if self.ok:
            return f"审计链完整，共 {self.rows} 条记录。" + "".join(self.notes())
        return f"审计链在第 {self.broken_seq} 条记录处断开：{self.problem}"

    def notes(self) -> list[str]:
        notes = []
        if self.unkeyed:
            notes.append(f"其中 {self.unkeyed} 条写于设置辖区密钥之前，未受密钥保护（只能发现无意的损坏）。")
        if self.unverified:
            notes.append(f"其中 {self.unverified} 条受辖区密钥保护，本次未提供密钥，只核对了编号与链接（登录后可完整校验）。")
        return notes


def verify_chain(conn: Connection, key: bytes | None | Literal["engine"] = "engine") -> ChainReport:
    """Walk the audit rows in seq order and check numbering, links, hashes or MACs, and the head.

    `key`: the audit sub-key (default: the one attached to the connection's engine, if any).
    """
    from workstation.db.audit_mac import audit_key
    from workstation.db.orm.audit import GENESIS, AuditEntry, AuditHead

    if key == "engine":
        key = audit_key(conn.engine)
    log, head = AuditEntry.__table__, AuditHead.__table__
    columns = [type_coerce(c, String).label("at") if c.name == "at" else c for c in log.c]
    prev_seq, prev_hash, count, unkeyed, unverified, keyed_seen = 0, GENESIS, 0, 0, 0, 0
    rows = conn.execution_options(yield_per=1000).execute(select(*columns).order_by(log.c.seq))
    for row in rows.mappings():
        problem = _row_problem(row, prev_seq, prev_hash, key)
        if not problem and not row["keyed"] and keyed_seen:
            problem = (f"这条记录未受密钥保护，却排在受密钥保护的第 {keyed_seen} 条之后："
                       "其后的记录被去掉密钥后重新计算过（伪造）。")
        if problem:
            return ChainReport(count, row["seq"], problem, unkeyed, unverified)
        keyed_seen = row["seq"] if row["keyed"] else keyed_seen
        unkeyed += not row["keyed"]
        unverified += bool(row["keyed"]) and key is None
        prev_seq, prev_hash, count = row["seq"], row["hash"], count + 1
    last = conn.execute(select(head.c.seq, head.c.hash).where(head.c.id == 1)).first()
    if last is None or (last.seq, last.hash) != (prev_seq, prev_hash):
        shown = "缺失" if last is None else f"记为第 {last.seq} 条"
        return ChainReport(count, prev_seq + 1, f"链头（audit_head）{shown}，而审计记录只到第 {prev_seq} 条且哈希不符："
                                                "末尾的记录被删除，或链头被改动。", unkeyed, unverified)
    return ChainReport(count, unkeyed=unkeyed, unverified=unverified)


def _row_problem(row: Mapping, prev_seq: int, prev_hash: str, key: bytes | None = None) -> str:
    from workstation.db.orm.audit import chain_hash

    seq = row["seq"]
    if seq != prev_seq + 1:
        return f"序号不连续：第 {prev_seq} 条之后是第 {seq} 条，中间的记录被删除或改号。"
    if row["prev_hash"] != prev_hash:
        return (f"与第 {prev_seq} 条记录的链接断开：本条记下的前一哈希为 {row['prev_hash'][:16]}…，"
                f"第 {prev_seq} 条的哈希为 {prev_hash[:16]}…；两条之一写入后被改动过。")
    if row["keyed"] and key is None:
        return ""  # the MAC needs the key: numbering and links only
    try:
        computed = chain_hash(row["prev_hash"], row, key if row["keyed"] else None)
    except (ValueError, TypeError):
        return f"时间字段“{row['at']}”无法解析：这条记录写入后被改动过。"
    if computed != row["hash"]:
        who = f"{row['at']} {row['actor']} {row['action']} {row['entity']} {row['entity_id']}".strip()
        kind = "与辖区密钥计算的校验值（MAC）不符" if row["keyed"] else "内容与哈希不符"
        return (f"{kind}（存储的值 {row['hash'][:16]}…，按内容重算为 {computed[:16]}…）："
                f"这条记录（{who}）写入后被改动或重新计算过。")
    return ""


def check_audit_file(path: Path, district_key: bytes | None = None) -> ChainReport | None:
    """Verify the audit chain of a SQLite file read-only; None when it has no audit tables yet."""
    report = CheckReport(path)
    _audit_checks(report, district_key)
    return report.audit


def _audit_checks(report: CheckReport, district_key: bytes | None) -> None:
    """The chain, the external checkpoints and the business records' state hashes, read-only."""
    from workstation.db.audit_checkpoints import verify as verify_checkpoints
    from workstation.db.audit_hooks import read_only_engine
    from workstation.db.audit_mac import audit_key, records_key
    from workstation.db.district_keys import attach_district_key, key_for_file
    from workstation.services.audit.enrolment_check import derived_problems
    from workstation.services.audit.records_check import verify_records

    engine = read_only_engine(report.path)
    district_key = district_key or key_for_file(report.path)
    if district_key is not None:
        attach_district_key(engine, district_key)
    try:
        with engine.connect() as conn:
            report.problems += derived_problems(conn)
            if not inspect(conn).has_table("audit_log"):
                return
            report.audit = verify_chain(conn)
            if not report.audit.ok:
                report.problems.append(report.audit.describe())
            report.notes += report.audit.notes()
            if (key := audit_key(engine)) is not None:
                report.problems += verify_checkpoints(conn, key)
            records = verify_records(conn, records_key(engine))
            report.problems += records.problems
            report.notes += records.notes()
    finally:
        engine.dispose()


def check_database(path: Path, district_key: bytes | None = None) -> CheckReport:
    """Check a database file without changing it: SQLite integrity, schema at head, the audit chain and
    every attachment the records name. A restore that was interrupted is finished first (restore_switch).
    With `district_key` the audit MACs, the external checkpoints and keyed record hashes are verified too."""
    report = CheckReport(path)
    try:
        if (replaced := finish_pending(path)) is not False:
            aside = f"原数据库已另存为：{replaced}" if replaced is not None else "原位置没有数据库"
            report.notes.append(f"注意：上次恢复在中途被中断，已把它完成（{aside}）。")
    except StorageError as exc:
        report.problems.append(exc.message)
        return report
    if not path.exists():
        report.problems.append("数据库文件不存在。")
        return report
    try:
        report.problems += integrity_problems(path)
        report.revision = read_revision(path)
    except StorageError as exc:
        report.problems.append(exc.message)
        return report
    except Exception as exc:  # sqlite3 errors on damaged files
        report.problems.append(f"无法读取数据库：{exc}")
        return report
    if report.revision is None:
        report.problems.append("没有结构版本记录：这不是本工作站的数据库，或尚未初始化。")
        return report
    if report.revision != HEAD:
        report.problems.append(f"结构版本为 {report.revision}，本程序的最新版本为 {HEAD}。")
    _check_audit(report, district_key)
    _check_attachments(report)
    return report


def _check_attachments(report: CheckReport) -> None:
    try:
        refs = attachment_refs(report.path)
        blobs = file_blobs(report.path)
        if blobs is None:  # a file before revision 20261204_0021: its revision is reported already
            return
        problems = attachment_problems(refs, blobs)
    except Exception as exc:  # a damaged file can fail in many ways; say so instead of crashing
        report.problems.append(f"无法检查附件：{exc}")
        return
    report.attachments = len(refs)
    report.problems += problems


def _check_audit(report: CheckReport, district_key: bytes | None) -> None:
    try:
        _audit_checks(report, district_key)
    except Exception as exc:  # a damaged file can fail in many ways; say so instead of crashing
        report.problems.append(f"无法校验审计链：{exc}")


def self_check() -> list[str]:
    """Migrate a temporary database to head and check it (used to verify an installed bundle)."""
    from workstation.db.session import open_database

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "selfcheck.db"
        db = open_database(path)
        db.close()
        report = check_database(path)
        if not report.ok:
            raise StorageError("自检失败：" + "；".join(report.problems))
        return [f"自检通过：临时数据库已迁移到结构版本 {report.revision}。"]
