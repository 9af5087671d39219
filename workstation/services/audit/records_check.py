"""`check`'s look at the business records: each current row of the main tables against the record hash of its
latest audit row. A row edited, added or deleted outside the program (e.g. with sqlite3) is named.

The hashes are of the engine-neutral state (db/record_state.py), so a district moved to a server by
`migrate-to-postgres` keeps verifying. A server's rows hashed before that form existed (from the driver's own
values) are accepted in that form too: it is as much a function of the row as the neutral one.

A row whose latest audit row has no record hash (written before hashes existed, or after a bulk statement
that recorded one summary row for the table) cannot be judged and is only counted.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Connection, select

from workstation.db.audit_mac import HASHED_ENTITIES, audited_columns, current_states, record_hash
from workstation.db.orm.audit import AuditEntry
from workstation.db.record_state import canonical, encoders

_NAMES = {"nursery": "name", "user_account": "username", "filing_application": "nursery_id",
          "inspection": "nursery_id", "finding": "inspection_id"}
_LABELS = {"nursery": "托育机构", "user_account": "用户账号", "filing_application": "备案申请",
           "inspection": "监督检查", "finding": "整改事项"}


@dataclass
class RecordsReport:
    checked: int = 0
    unprotected: int = 0  # rows whose latest audit row carries no hash
    unverified: int = 0  # keyed hashes that could not be checked without the key
    problems: list[str] = field(default_factory=list)

    def notes(self) -> list[str]:
        notes = [f"业务记录：核对了 {self.checked} 条记录的状态哈希。"]
        if self.unprotected:
            notes.append(f"另有 {self.unprotected} 条记录的最近一次审计没有状态哈希（早于本功能或批量写入），未能核对。")
        if self.unverified:
            notes.append(f"另有 {self.unverified} 条记录的状态哈希受辖区密钥保护，本次未提供密钥，未核对（登录后可核对）。")
        return notes


def verify_records(conn: Connection, key: bytes | None) -> RecordsReport:
    """Recompute the state hash of every row of the main tables (`key`: the RECORDS sub-key or None)."""
    report = RecordsReport()
    for entity in HASHED_ENTITIES:
        _verify_table(conn, entity, key, report)
    return report


def _verify_table(conn: Connection, entity: str, key: bytes | None, report: RecordsReport) -> None:
    log = AuditEntry.__table__
    latest: dict[str, tuple[int, str, str | None, bool]] = {}
    rows = conn.execution_options(yield_per=5000).execute(
        select(log.c.entity_id, log.c.seq, log.c.action, log.c.record_hash, log.c.keyed)
        .where(log.c.entity == entity).order_by(log.c.seq))
    bulk, first_hashed = 0, None  # rows created after hashing began must have been audited
    for entity_id, seq, action, digest, keyed in rows:
        if entity_id:
            latest[entity_id] = (seq, action, digest, bool(keyed))
            if digest is not None and action in ("create", "import") and entity_id.isdigit():
                first_hashed = min(int(entity_id), first_hashed or int(entity_id))
        else:  # a bulk statement's summary row: every earlier hash of the table may be stale
            bulk = seq
    table, names = audited_columns(entity)
    label, shown = _LABELS[entity], names.index(_NAMES[entity])
    encoding = encoders(table, names, conn.dialect.name)
    seen = set()
    for entity_id, raw in current_states(conn, entity, raw=True):
        state = canonical(raw, encoding)
        seen.add(entity_id)
        who = f"{label}（记录号 {entity_id}，{state[shown]}）"
        entry = latest.get(entity_id)
        if entry is None:
            if bulk or first_hashed is None or int(entity_id) < first_hashed:
                report.unprotected += 1
            else:
                report.problems.append(f"{who}没有任何审计记录：它是在程序之外直接写入数据库的。")
            continue
        seq, action, digest, keyed = entry
        if digest is None or seq < bulk:
            report.unprotected += 1
            continue
        if keyed and key is None:
            report.unverified += 1
            continue
        report.checked += 1
        used = key if keyed else None
        if record_hash(entity, entity_id, state, used) != digest and (
                encoding is None or record_hash(entity, entity_id, tuple(raw), used) != digest):
            report.problems.append(f"{who}的内容与第 {seq} 条审计记录写下的状态哈希不符：该记录在程序之外被直接修改过。")
    for entity_id, (seq, action, digest, _keyed) in latest.items():
        if entity_id not in seen and digest is not None and seq > bulk and action not in ("delete", "gone"):
            report.problems.append(f"{label}（记录号 {entity_id}）在第 {seq} 条审计记录之后没有删除记录，"
                                   "却已不在数据库中：它在程序之外被直接删除。")
