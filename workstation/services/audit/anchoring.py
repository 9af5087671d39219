"""The audit trail's alarms at sign-in and exit: a missing or rewound chain head, and a chain that no longer
holds what the signed checkpoints outside the database folder say. When all is well a new checkpoint is
written; when not, none is (a checkpoint must never vouch for a rewound trail) and the problems are shown."""

from __future__ import annotations

from sqlalchemy import Engine, select

from workstation.db.audit_checkpoints import verify, write_checkpoint
from workstation.db.audit_mac import audit_key
from workstation.db.orm.audit import AuditEntry, AuditHead


def anchor(engine: Engine, event: str) -> list[str]:
    """Check the head and the external checkpoints of `engine`'s trail; write a checkpoint when they hold."""
    key = audit_key(engine)
    problems = alarms(engine)
    if not problems and key is not None:
        try:
            write_checkpoint(engine, event)
        except OSError as exc:
            problems.append(f"无法写入审计检查点文件：{exc.strerror or exc}。")
    return problems


def alarms(engine: Engine) -> list[str]:
    """The head and the external checkpoints of `engine`'s trail checked, nothing written."""
    key = audit_key(engine)
    with engine.connect() as conn:
        problems = head_problems(conn)
        if key is not None:
            problems += verify(conn, key)
    return problems


def head_problems(conn) -> list[str]:
    """The head row must exist and name the last audit row (cheap: two indexed reads)."""
    head = conn.execute(select(AuditHead.seq, AuditHead.hash).where(AuditHead.id == 1)).first()
    last = conn.execute(select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)).first()
    if head is None:
        return ["审计链头（audit_head）缺失：数据库在程序之外被改动过，末尾的审计记录可能已被删除。"
                "程序不会重建它；请运行命令“workstation check --user 用户名”，并从可信的备份恢复。"]
    seq, value = (last.seq, last.hash) if last is not None else (0, None)
    if head.seq != seq or (last is not None and head.hash != value):
        return [f"审计链头记为第 {head.seq} 条，而审计记录只到第 {seq} 条或链值不符：审计记录在程序之外被删除或改动。"
                "请运行命令“workstation check --user 用户名”。"]
    return []
