"""Backups and restore of a workstation database (one `.wsbackup` file; the attachments are in the database).

Long work in the design's shape: each function takes `progress(done, total)` (here percent,
total 100) and `is_cancelled()`, and writes through a temporary that is renamed into place, so a
cancel, a full disk or a killed process never leaves a partial backup or a half-restored database.
Automatic backups and their rotation: backup_rotation.py.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from workstation import __version__
from workstation.db.attachment_folder import attachments_dir
from workstation.db.attachment_refs import BlobCheck, attachment_problems, attachment_refs, file_blobs
from workstation.db.backup import (
    BackupCancelled,
    check_copy,
    online_copy,
    revision_is_newer,
    sqlite_file,
    storage_error,
    table_counts,
    take_over,
)
from workstation.db.backup_files import atomic_output, partial_folder
from workstation.db.district_keys import key_for_file
from workstation.db.keyring import recovery_entry
from workstation.db.output_paths import check_input_path, check_output_path
from workstation.db.restore_switch import finish_pending, switch
from workstation.db.server_dump import is_server
from workstation.db.sqlite.encrypt_file import encrypt_like
from workstation.domain.errors import StorageError
from workstation.domain.permissions import Action
from workstation.services.backup import authenticity, data_state, server, trail
from workstation.services.backup.bundle import (
    COMPRESS_LEVEL,
    DATABASE,
    MANIFEST,
    SUFFIX,
    BackupInvalid,
    Manifest,
    add_member,
    extract_member,
    read_manifest,
)
from workstation.services.common.context import Actor
from workstation.services.common.uow import require

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]

__all__ = ["BackupCancelled", "BackupInvalid", "BackupResult", "RestoreCancelled", "RestoreResult",
           "VerifiedBackup", "backup", "default_file_name", "restore", "verify"]


class RestoreCancelled(BackupCancelled):
    def __init__(self) -> None:
        super().__init__("恢复已取消，当前数据库未作任何改动。")


@dataclass(frozen=True)
class BackupResult:
    path: Path
    manifest: Manifest
    file_size: int
    missing: tuple[str, ...] = ()  # records whose attachment is missing or damaged (not in the backup)


@dataclass(frozen=True)
class VerifiedBackup:
    """A backup that passed every check: member checksums, integrity, schema revision."""

    path: Path
    manifest: Manifest


@dataclass(frozen=True)
class RestoreResult:
    database: Path | str  # a server database: its URL without the password
    replaced: Path | None  # where the database that was replaced now lies (None: there was none)
    manifest: Manifest
    newer_audit_rows: int = 0  # audit rows of the replaced database newer than the backup: only there
    exported: authenticity.ExportedRows | None = None  # those rows, written to a file before the switch

    def warning(self) -> str:
        """What the person restoring must know about audit rows the restored database lacks ("" when none)."""
        if self.exported is not None:
            return (f"注意：被替换的数据库中有 {self.exported.rows} 条审计记录晚于这份备份，恢复后的数据库中没有；"
                    f"恢复前已把它们导出到“{self.exported.path}”（SHA-256 {self.exported.sha256[:16]}…，"
                    f"已记入恢复的审计记录）；另存的原数据库“{self.replaced}”中也保留着它们。请一并保管。")
        if not self.newer_audit_rows:
            return ""
        return (f"注意：被替换的数据库中有 {self.newer_audit_rows} 条审计记录晚于这份备份，恢复后的数据库中没有；"
                f"它们保留在另存的原数据库“{self.replaced}”中，请一并保管。")


def default_file_name(db_location: str | Path, now: dt.datetime | None = None) -> str:
    if is_server(db_location):
        return server.default_file_name(str(db_location), now)
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    return f"{sqlite_file(db_location).stem}-备份-{stamp}{SUFFIX}"


def backup(db_location: str | Path, out_path: str | Path, *, actor: Actor, progress: Progress | None = None,
           is_cancelled: IsCancelled | None = None, now: dt.datetime | None = None,
           automatic: bool = False, district_key: bytes | None = None) -> BackupResult:
    """Back up the database (online: others may keep working) and its attachments into one file.

    `out_path` may be a folder (a dated file name is chosen). Raises ValidationError when `out_path`
    is the database, one of its side files or inside its attachments folder; BackupCancelled;
    StorageError (also when the database fails its integrity check: a damaged copy is never saved
    as a backup). `automatic`: the administrator's policy into the configured folder, for whoever is
    signed in; a backup someone takes (anywhere, e.g. a USB drive) needs BACKUP. Either is audited.
    With `district_key` the chain is checked against its external checkpoints first, and the manifest
    carries the backup's checkpoint and an HMAC (services/backup/authenticity.py).
    """
    if is_server(db_location):
        return server.backup_server(str(db_location), out_path, actor=actor, progress=progress,
                                    is_cancelled=is_cancelled, now=now, automatic=automatic, district_key=district_key)
    if not automatic:
        require(actor, Action.BACKUP)
    db_path = sqlite_file(db_location)
    district_key = district_key or key_for_file(db_path)
    out = Path(out_path)
    out = out / default_file_name(db_path, now) if out.is_dir() else out
    check_output_path(out, databases=[db_path])  # not only the databases this process has open
    meter = _Percent(progress)
    finish_pending(db_path)  # never back up half of an interrupted restore
    if not db_path.is_file():
        raise StorageError(f"数据库文件“{db_path}”不存在，无法备份。")
    checkpoint = authenticity.checkpoint_before_backup(db_path, district_key)
    state = data_state.current(db_path)  # before the copy: a change in between only makes the next backup
    with _storage_errors("备份"), partial_folder(db_path, "backup") as work:
        copy = work / DATABASE
        online_copy(db_path, copy, meter.phase(0, 40), is_cancelled)
        manifest = replace(_describe(copy, db_path, now), checkpoint=checkpoint, data_state=state,
                           recovery_wrap=recovery_entry(db_path) if district_key is not None else None)
        blobs = file_blobs(copy) or BlobCheck(frozenset(), frozenset())
        missing = attachment_problems(attachment_refs(copy), blobs)
        meter.report(45)
        members = _write(out, copy, sorted(blobs.damaged), manifest, meter.phase(45, 100), is_cancelled,
                         district_key)
    manifest = authenticity.sign(_with_members(manifest, *members), district_key)
    try:
        trail.record(db_path, actor, "backup", {**trail.file_details(out), "automatic": automatic,
                                                "attachments": manifest.attachments}, district_key)
    except BaseException:  # a backup nobody can trace is not kept
        out.unlink(missing_ok=True)
        raise
    return BackupResult(out, manifest, out.stat().st_size, tuple(missing))


def verify(backup_file: str | Path, db_location: str | Path, progress: Progress | None = None,
           is_cancelled: IsCancelled | None = None, district_key: bytes | None = None) -> VerifiedBackup:
    """Check a backup without touching the database at `db_location` (its folder holds the scratch copy)."""
    if is_server(db_location):
        return server.verify_server(backup_file, str(db_location), progress, district_key)
    db_path = sqlite_file(db_location)
    district_key = district_key or key_for_file(db_path)
    scratch = db_path if db_path.parent.is_dir() else Path(tempfile.gettempdir()) / db_path.name
    with _storage_errors("校验备份"), partial_folder(scratch, "verify") as work:
        manifest = _extract_verified(Path(backup_file), work, _Percent(progress).phase(0, 100), is_cancelled,
                                     district_key)
    return VerifiedBackup(Path(backup_file), manifest)


def restore(backup_file: str | Path, db_location: str | Path, *, actor: Actor, progress: Progress | None = None,
            is_cancelled: IsCancelled | None = None, now: dt.datetime | None = None,
            district_key: bytes | None = None) -> RestoreResult:
    """Replace the database and attachments with a verified backup; the current ones are kept aside.

    Everything is checked on an extracted copy first; a refused backup (BackupInvalid) or a cancel
    changes nothing. The caller must have closed its own connections to the database. With
    `district_key` the manifest's HMAC, the copy's chain and its checkpoint must verify. Audit rows of the
    replaced database newer than the backup are exported beside the automatic backups first.
    """
    if is_server(db_location):
        return server.restore_server(backup_file, str(db_location), actor=actor, progress=progress,
                                     is_cancelled=is_cancelled, now=now, district_key=district_key)
    require(actor, Action.RESTORE)
    db_path = sqlite_file(db_location)
    district_key = district_key or key_for_file(db_path)
    meter = _Percent(progress)
    with _storage_errors("恢复"):
        db_path.parent.mkdir(parents=True, exist_ok=True)  # e.g. restoring onto a new computer
    finish_pending(db_path)  # an earlier restore that was killed half-way comes first
    with _storage_errors("恢复"), partial_folder(db_path, "restore") as work:
        manifest = _extract_verified(Path(backup_file), work, meter.phase(0, 95), is_cancelled, district_key)
        if is_cancelled is not None and is_cancelled():
            raise RestoreCancelled()
        newer = trail.newer_audit_rows(db_path, work / DATABASE) if db_path.is_file() else 0
        encrypt_like(work / DATABASE, db_path)  # (a backup from before the database was encrypted)
        take_over(db_path)
        exported = (authenticity.export_newer_rows(db_path, work / DATABASE, manifest,
                                                   db_path.with_name(db_path.name + ".backups"), now)
                    if db_path.is_file() else None)
        files = work / "files"
        replaced = switch(work / DATABASE, files if files.is_dir() else None, db_path, _aside(db_path, now))
    state = data_state.current(db_path)  # the restored data: backed up by the file it came from
    trail.record(db_path, actor, "restore", {**trail.file_details(Path(backup_file)), "data_state": state,
                                             "backup_created_at": manifest.created_at,
                                             "replaced": str(replaced or ""), "newer_audit_rows": newer,
                                             **_exported_details(exported)}, district_key, checkpoint="restore")
    meter.report(100)
    return RestoreResult(db_path, replaced, manifest, newer, exported)


def _exported_details(exported: authenticity.ExportedRows | None) -> dict:
    if exported is None:
        return {}
    return {"newer_audit_export": {"file": str(exported.path), "rows": exported.rows, "sha256": exported.sha256}}


@contextmanager
def _storage_errors(doing: str) -> Iterator[None]:
    """OSError from file work (disk full, USB drive pulled, no permission) as a StorageError."""
    try:
        yield
    except OSError as exc:
        raise storage_error(exc, doing) from exc


def _describe(copy: Path, db_path: Path, now: dt.datetime | None) -> Manifest:
    try:
        # The full check: quick_check misses an index that disagrees with its table, the very damage
        # a lost -wal leaves; a backup must never carry it unnoticed.
        revision, problems = check_copy(copy)
    except StorageError as exc:  # too damaged for SQLite to check
        revision, problems = None, [exc.message]
    if problems:
        raise StorageError("数据库完整性检查未通过，未生成备份（以免用损坏的副本替换好的备份）："
                           + "；".join(p.rstrip("。") for p in problems[:3]) + "。请运行命令“workstation check --user 用户名”查明。")
    created = (now or dt.datetime.now()).astimezone().isoformat(timespec="seconds")
    return Manifest(__version__, revision, created, str(db_path.resolve()), table_counts(copy), {})


def _write(out: Path, copy: Path, damaged: list[str], manifest: Manifest, step: Progress,
           is_cancelled: IsCancelled | None, district_key: bytes | None = None) -> tuple[dict, list[str]]:
    """The bundle: the database copy (its attachments inside) and the signed manifest naming damaged ones."""
    counter = _ByteCounter(step, copy.stat().st_size, is_cancelled)
    members = {}
    with atomic_output(out) as temp:
        with zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED, compresslevel=COMPRESS_LEVEL) as archive:
            members[DATABASE] = add_member(archive, DATABASE, copy, counter)
            counter(0)  # a cancel after the last block still leaves nothing
            signed = authenticity.sign(_with_members(manifest, members, damaged), district_key)
            archive.writestr(MANIFEST, signed.to_json())
    return members, damaged


def _with_members(manifest: Manifest, members: dict, damaged: list[str]) -> Manifest:
    return replace(manifest, members=dict(members), damaged=tuple(damaged))


def _extract_verified(path: Path, work: Path, step: Progress, is_cancelled: IsCancelled | None,
                      district_key: bytes | None = None) -> Manifest:
    archive = _open_archive(path)
    with archive:
        manifest = read_manifest(archive)
        server.refuse_other_engine(manifest, "sqlite")
        authenticity.check_manifest(manifest, district_key)  # before anything is extracted
        counter = _ByteCounter(step, manifest.size, is_cancelled, RestoreCancelled)
        for name in sorted(manifest.members):
            target = work / name
            target.parent.mkdir(parents=True, exist_ok=True)
            extract_member(archive, name, manifest.members[name], target, counter)
            _fsync(target)
    try:
        revision, problems = check_copy(work / DATABASE)
    except StorageError as exc:  # SQLite cannot even read it
        raise BackupInvalid(f"备份中的数据库完整性检查未通过：{exc.message}；未作任何改动。", DATABASE) from exc
    _check_revision(manifest, revision, problems)
    authenticity.check_restored_copy(work / DATABASE, manifest, district_key)
    return manifest


def _open_archive(path: Path) -> zipfile.ZipFile:
    if not path.is_file():
        raise StorageError(f"找不到备份文件“{path}”。")
    check_input_path(path)
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise BackupInvalid(f"“{path.name}”不是工作站备份文件（不是有效的备份包，或已损坏/被截断）；未作任何改动。") from exc
    except OSError as exc:
        raise storage_error(exc, "读取备份文件") from exc


def _check_revision(manifest: Manifest, revision: str | None, problems: list[str]) -> None:
    if problems:
        raise BackupInvalid("备份中的数据库完整性检查未通过：" + "；".join(problems[:3]) + "；未作任何改动。", DATABASE)
    if revision is None:
        raise BackupInvalid("备份中的数据库没有结构版本记录，不是本工作站的数据库；未作任何改动。", DATABASE)
    if revision != manifest.schema_revision:
        raise BackupInvalid("备份中的数据库结构版本与清单不符（被改动）；未作任何改动。", DATABASE)
    if revision_is_newer(revision):
        raise BackupInvalid(f"该备份来自较新版本的工作站程序（数据库结构版本 {revision}），"
                            "请先升级本程序再恢复；未作任何改动。", DATABASE)


def _aside(db_path: Path, now: dt.datetime | None) -> Path:
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    candidate, n = db_path.with_name(f"{db_path.name}.replaced-{stamp}"), 1
    while candidate.exists() or attachments_dir(candidate).exists():
        n += 1
        candidate = db_path.with_name(f"{db_path.name}.replaced-{stamp}-{n}")
    return candidate


def _fsync(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


class _Percent:
    """Maps phases of the work onto one 0–100 scale and reports each percent once."""

    def __init__(self, progress: Progress | None) -> None:
        self._progress = progress
        self._last = -1

    def report(self, percent: int) -> None:
        if self._progress is not None and percent > self._last:
            self._last = percent
            self._progress(percent, 100)

    def phase(self, start: int, end: int) -> Progress:
        return lambda done, total: self.report(start + (end - start) * done // max(total, 1))


class _ByteCounter:
    """Counts bytes through add_member/extract_member; checks cancellation once per block."""

    def __init__(self, step: Progress, total: int, is_cancelled: IsCancelled | None,
                 cancel: type[BackupCancelled] = BackupCancelled) -> None:
        self._step, self._total, self._is_cancelled, self._cancel = step, total, is_cancelled, cancel
        self._done = 0

    def __call__(self, size: int) -> None:
        if self._is_cancelled is not None and self._is_cancelled():
            raise self._cancel()
        self._done += size
        self._step(self._done, self._total)
