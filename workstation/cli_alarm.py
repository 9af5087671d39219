"""The sign-in alarm on the command line: a signed-in command first checks the audit trail's head and its
signed checkpoints outside the database folder (as the window does at sign-in) and does nothing on a
rewound or missing head; after it, a checkpoint anchors what it wrote. `check` without an account says
what it could not verify."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from workstation.domain.errors import DomainError

if TYPE_CHECKING:
    from workstation.db.session import Database


class AuditAlarm(DomainError):
    """The audit trail was changed outside the program: the command is refused before it writes."""


def refuse_on_alarm(db: Database) -> None:
    """AuditAlarm when the trail's head is missing or rewound, or it disagrees with its checkpoints."""
    from workstation.services.audit import alarms

    problems = alarms(db.engine)
    if problems:
        raise AuditAlarm("审计链告警：审计记录在程序之外被改动过，命令未执行（以免在被改动的审计链上继续写入）。\n"
                         + "\n".join(f"  - {p}" for p in problems)
                         + "\n请通知系统管理员运行“workstation check --user 用户名”查明，并从可信的备份恢复。")


def anchor_after(db: Database) -> None:
    """A checkpoint of the trail as the command left it (keyed districts; nothing when it is in doubt)."""
    from workstation.services.audit import anchor

    anchor(db.engine, "cli")


def keyless_check(location: str) -> list[str] | None:
    """For `check` without --user on an encrypted district: what was verified without the key (lines),
    None for a plain file (checked in full as before)."""
    from workstation.db import keyring
    from workstation.db.sqlite.cipher import is_encrypted_file

    path = Path(location).expanduser()
    if not keyring.has_keyring(path) or not is_encrypted_file(path):
        return None
    lines = [f"只核对了不需要辖区密钥的部分（未加 --user 登录）：{path}"]
    try:
        names = keyring.accounts(path)
    except DomainError as exc:
        lines.append(f"  - 密钥文件：{exc.message}")
    else:
        lines.append(f"  - 密钥文件：格式正常，{len(names)} 个账号可解锁；"
                     + ("含辖区恢复口令封装。" if keyring.recovery_entry(path) else "缺少辖区恢复口令封装！"))
    size = path.stat().st_size
    whole = size % 512 == 0
    lines.append(f"  - 数据库文件：已加密，{size} 字节" + ("，为整页。" if whole else "，不是整页（文件被截断或改动）！"))
    lines.append("未核对：数据库内容与完整性、结构版本、审计链的密钥校验值与外部检查点、业务记录的状态哈希、附件"
                 "（都需要辖区密钥）。请加 --user 用户名 登录后完整检查。")
    return lines
