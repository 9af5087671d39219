"""Automatic backups: at most one a day (the app calls this at start and on exit), and none while a good
backup of the same data exists; then rotation
keeping the last KEEP_DAILY daily backups and the first backup of each of the last KEEP_MONTHLY months.

Only files named `auto-YYYYMMDD-HHMMSS.wsbackup` are rotated; manual backups put in the same
folder are never deleted.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterable
from pathlib import Path

from workstation.db.backup import sqlite_file
from workstation.db.backup_files import clean_stale_partials
from workstation.db.district_keys import key_for_location
from workstation.db.server_dump import is_server, tool
from workstation.domain.errors import StorageError
from workstation.services.backup import data_state
from workstation.services.backup.bundle import SUFFIX
from workstation.services.backup.server import server_backups_dir
from workstation.services.backup.service import IsCancelled, Progress, backup
from workstation.services.common.context import Actor

KEEP_DAILY = 7  # the defaults, in one place; the lead may move them into settings.py
KEEP_MONTHLY = 12
log = logging.getLogger(__name__)
_AUTO = re.compile(r"auto-(\d{8}-\d{6})" + re.escape(SUFFIX))


def default_backups_dir(db_location: str | Path) -> Path:
    """Where automatic backups of a database go by default: a folder beside it; for a server database,
    a folder of this user named after the database's name (never the URL, which may hold a password)."""
    if is_server(db_location):
        return server_backups_dir(str(db_location))
    path = sqlite_file(db_location)
    return path.with_name(path.name + ".backups")


def backups_folder(db_location: str | Path, configured: str = "") -> Path:
    """Where automatic backups go: the configured folder, else default_backups_dir."""
    return Path(configured).expanduser() if configured.strip() else default_backups_dir(db_location)


def automatic_name(now: dt.datetime) -> str:
    return f"auto-{now:%Y%m%d-%H%M%S}{SUFFIX}"


def run_automatic(db_location: str | Path, backups_dir: str | Path, *, actor: Actor,
                  keep_daily: int = KEEP_DAILY, keep_monthly: int = KEEP_MONTHLY,
                  now: dt.datetime | None = None, progress: Progress | None = None,
                  is_cancelled: IsCancelled | None = None, force: bool = False,
                  district_key: bytes | None = None) -> Path | None:
    """Make today's automatic backup unless one exists (`force`: even then, as on exit, the newest of a
    day being the one kept), then rotate; return the new file or None.

    Never when a good backup of the data's present state exists (data_state.py): an automatic backup
    of a 1.2 GB district takes a minute and a half, and opening and closing changes nothing."""
    now = now or dt.datetime.now()
    if is_server(db_location) and tool("pg_dump") is None:
        log.warning("未做自动备份：服务器数据库需要 PostgreSQL 客户端程序 pg_dump，本机未安装。")
        return None
    folder = Path(backups_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(f"无法创建备份文件夹“{folder}”：{exc.strerror}") from exc
    clean_stale_partials(folder)
    made = None
    existing = automatic_backups(folder)
    if data_state.backed_up(db_location, [path for _, path in reversed(existing)],
                            district_key or key_for_location(db_location)):
        log.info("未做自动备份：数据自上次备份以来没有变化。")
    elif force or now.date() not in {stamp.date() for stamp, _ in existing}:
        made = backup(db_location, folder / automatic_name(now), actor=actor, progress=progress,
                      is_cancelled=is_cancelled, now=now, automatic=True, district_key=district_key).path
    rotate(folder, keep_daily, keep_monthly)
    return made


def forced_on_exit(db_location: str | Path) -> bool:
    """Whether the exit's automatic backup is made although the day has one (`run_automatic`'s `force`).

    A database file: yes, the day's newest state is the one kept. A server database: no. Every desk's
    exit would dump the shared database whenever any desk had changed anything (a minute at 100,000
    nurseries, the person waiting to leave); the day's first automatic backup is the desk's.
    """
    return not is_server(db_location)


def automatic_backups(folder: Path) -> list[tuple[dt.datetime, Path]]:
    """(time, path) of the automatic backups in `folder`, oldest first."""
    found = []
    for path in folder.iterdir():
        match = _AUTO.fullmatch(path.name)
        if match and path.is_file():
            try:
                found.append((dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S"), path))
            except ValueError:
                continue  # e.g. month 13: not one of ours
    return sorted(found)


def rotate(folder: Path, keep_daily: int = KEEP_DAILY, keep_monthly: int = KEEP_MONTHLY) -> list[Path]:
    """Delete automatic backups outside the policy; return the deleted files."""
    backups = automatic_backups(folder)
    keep = set(to_keep([stamp for stamp, _ in backups], keep_daily, keep_monthly))
    removed = []
    for stamp, path in backups:
        if stamp not in keep:
            try:
                path.unlink()
            except OSError:
                continue  # e.g. open in another program; tried again next time
            removed.append(path)
    return removed


def to_keep(stamps: Iterable[dt.datetime], keep_daily: int, keep_monthly: int) -> list[dt.datetime]:
    """The backups a policy keeps: the newest of each of the last `keep_daily` days, and the first
    of each of the last `keep_monthly` months."""
    ordered = sorted(set(stamps))
    newest_per_day: dict[dt.date, dt.datetime] = {}
    first_per_month: dict[tuple[int, int], dt.datetime] = {}
    for stamp in ordered:
        newest_per_day[stamp.date()] = stamp
        first_per_month.setdefault((stamp.year, stamp.month), stamp)
    days = sorted(newest_per_day)[-keep_daily:] if keep_daily > 0 else []
    months = sorted(first_per_month)[-keep_monthly:] if keep_monthly > 0 else []
    return sorted({newest_per_day[d] for d in days} | {first_per_month[m] for m in months})
