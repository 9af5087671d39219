"""Workstation policy an administrator sets once for everyone: idle lock and automatic backups."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

from workstation.domain.errors import ValidationError


@dataclass(frozen=True)
class WorkstationSettings:
    idle_lock_minutes: int = 10  # at least 1: a session is never left open without a lock
    auto_backup: bool = True  # at start (once a day) and on exit
    backup_keep_daily: int = 7
    backup_keep_monthly: int = 12
    backup_folder: str = ""  # empty: a folder beside the database
    inbox_auto_accept_new: bool = False  # 推送收件箱: accept new rows with no findings without the clerk

    def validated(self) -> WorkstationSettings:
        if not 1 <= self.idle_lock_minutes <= 240:
            raise ValidationError("无操作自动锁定时间应在 1 到 240 分钟之间，不能关闭自动锁定。", "idle_lock_minutes")
        if not 1 <= self.backup_keep_daily <= 365:
            raise ValidationError("保留的每日备份数应在 1 到 365 之间。", "backup_keep_daily")
        if not 0 <= self.backup_keep_monthly <= 120:
            raise ValidationError("保留的每月备份数应在 0 到 120 之间。", "backup_keep_monthly")
        return self

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict | None) -> WorkstationSettings:
        """Known keys only, wrong types fall back to the default (a hand-edited row must not stop start-up)."""
        defaults = cls()
        values = {}
        for item in fields(cls):
            value = (data or {}).get(item.name, getattr(defaults, item.name))
            expected = type(getattr(defaults, item.name))
            values[item.name] = value if type(value) is expected else getattr(defaults, item.name)
        try:
            return cls(**values).validated()
        except ValidationError:
            return defaults


DEFAULT_SETTINGS = WorkstationSettings()
