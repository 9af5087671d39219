"""Backup, verify and restore of a server (PostgreSQL) database: pg_dump's custom format inside the
same verified `.wsbackup` bundle as a SQLite file, the engine named in the manifest. The attachments
are rows of the database, so the dump holds them. service.py sends a server URL here."""

from __future__ import annotations

import datetime as dt
import hashlib
import tempfile
import zipfile
from dataclasses import replace
from pathlib import Path

from sqlalchemy import func, inspect, select, table, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from workstation import __version__
from workstation.db import server_dump
from workstation.db.attachment_refs import check_blobs
from workstation.db.backup import BackupCancelled, revision_is_newer
from workstation.db.backup_files import atomic_output
from workstation.db.district_keys import key_for_location
from workstation.db.engine import make_engine
from workstation.db.output_paths import check_input_path, check_output_path
from workstation.domain.errors import StorageError
from workstation.domain.permissions import Action
from workstation.services.backup import authenticity, data_state, server_authenticity, trail
from workstation.services.backup.bundle import (
    COMPRESS_LEVEL,
    ENGINES,
    MANIFEST,
    SERVER_DUMP,
    SUFFIX,
    BackupInvalid,
    Manifest,
    add_member,
    extract_member,
    read_manifest,
)
from workstation.services.common.context import Actor
from workstation.services.common.uow import require

ENGINE = "postgresql"
_FINE = 1_000_000  # progress units while pg_dump runs
_DUMP_SHARE = 590_000  # the dump is at most the first 59% of the backup


def default_file_name(url: str, now: dt.datetime | None = None) -> str:
    """A dated file name from the database's name only (never the URL's user or password)."""
    return f"{_db_name(url)}-备份-{(now or dt.datetime.now()):%Y%m%d-%H%M%S}{SUFFIX}"


def server_backups_dir(url: str) -> Path:
    """This user's folder for automatic backups of the server database at `url`: named after the
    database and a digest of host, port and name, never the URL text (it may hold a password)."""
    from workstation.paths import user_data_dir

    parsed = make_url(url)
    where = hashlib.sha256(f"{parsed.host}:{parsed.port}/{parsed.database}".encode()).hexdigest()[:12]
    return user_data_dir() / "server-backups" / f"{_db_name(url)}-{where}"


def _db_name(url: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in (make_url(url).database or "server"))


def backup_server(url: str, out_path: str | Path, *, actor: Actor, progress=None, is_cancelled=None,
                  now: dt.datetime | None = None, automatic: bool = False, district_key: bytes | None = None):
    """With the district key (given, or unlocked for this server database) the chain is checked against
    its external checkpoints first, and the manifest carries the backup's checkpoint and an HMAC."""
    from workstation.services.backup.service import BackupResult

    if not automatic:
        require(actor, Action.BACKUP)
    out = Path(out_path)
    out = out / default_file_name(url, now) if out.is_dir() else out
    check_output_path(out)
    _step(progress, 0)
    district_key = district_key or key_for_location(url)
    checkpoint = authenticity.checkpoint_before_backup(url, district_key)
    state = data_state.current(url)  # before the dump: a change in between only makes the next backup
    revision, tables, damaged = _describe(url)
    with tempfile.TemporaryDirectory(prefix="workstation-pgdump-") as work:
        dump_file = Path(work) / SERVER_DUMP
        server_dump.dump(url, dump_file, tick=_dumping(progress, is_cancelled))
        _cancel_point(is_cancelled)
        _step(progress, 60)
        created = (now or dt.datetime.now()).astimezone().isoformat(timespec="seconds")
        manifest = Manifest(__version__, revision, created, server_dump.safe_location(url), tables, {},
                            tuple(sorted(damaged)), engine=ENGINE, checkpoint=checkpoint,
                            data_state=state)
        with atomic_output(out) as temp:
            with zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED, compresslevel=COMPRESS_LEVEL) as archive:
                member = add_member(archive, SERVER_DUMP, dump_file)
                _cancel_point(is_cancelled)
                manifest = authenticity.sign(replace(manifest, members={SERVER_DUMP: member}), district_key)
                archive.writestr(MANIFEST, manifest.to_json())
    try:
        trail.record(url, actor, "backup", {**trail.file_details(out), "automatic": automatic,
                                            "attachments": manifest.attachments, "engine": ENGINE}, district_key)
    except BaseException:
        out.unlink(missing_ok=True)
        raise
    _step(progress, 100)
    return BackupResult(out, manifest, out.stat().st_size, ())


def verify_server(backup_file: str | Path, url: str, progress=None, district_key: bytes | None = None):
    from workstation.services.backup.service import VerifiedBackup

    with tempfile.TemporaryDirectory(prefix="workstation-pgdump-") as work:
        manifest = _extract_verified(Path(backup_file), Path(work), url, district_key or key_for_location(url))
    _step(progress, 100)
    return VerifiedBackup(Path(backup_file), manifest)


def restore_server(backup_file: str | Path, url: str, *, actor: Actor, progress=None, is_cancelled=None,
                   now: dt.datetime | None = None, district_key: bytes | None = None):
    """Replace the server database's content with a verified backup of a server database, in one
    transaction (pg_restore --single-transaction: a failure leaves it as it was). With the district key
    the manifest's HMAC, the dump's chain and its checkpoint must verify first; the audit rows newer than
    the backup are exported to this user's folder of the server's backups, and a checkpoint starts anew."""
    from workstation.services.backup.service import RestoreCancelled, RestoreResult

    require(actor, Action.RESTORE)
    district_key = district_key or key_for_location(url)
    with tempfile.TemporaryDirectory(prefix="workstation-pgdump-") as work:
        manifest = _extract_verified(Path(backup_file), Path(work), url, district_key)
        _step(progress, 50)
        if is_cancelled is not None and is_cancelled():
            raise RestoreCancelled()
        exported = server_authenticity.export_newer_rows(url, manifest, server_backups_dir(url), _db_name(url), now)
        server_dump.restore(url, Path(work) / SERVER_DUMP)
    details = {} if exported is None else {"newer_audit_export": {"file": str(exported.path), "rows": exported.rows,
                                                                   "sha256": exported.sha256}}
    state = data_state.current(url)  # the restored data: backed up by the file it came from
    trail.record(url, actor, "restore", {**trail.file_details(Path(backup_file)), "data_state": state,
                                         "backup_created_at": manifest.created_at, "engine": ENGINE, **details},
                 district_key, checkpoint="restore")
    _step(progress, 100)
    return RestoreResult(server_dump.safe_location(url), None, manifest,
                         exported.rows if exported else 0, exported)


def refuse_other_engine(manifest: Manifest, target: str) -> None:
    """BackupInvalid when the bundle holds the other engine's database than `target` ("sqlite"/"postgresql")."""
    if manifest.engine == target:
        return
    advice = ("把本机数据库文件迁到服务器请用 workstation migrate-to-postgres。" if target == ENGINE
              else "请在连接该服务器数据库时恢复。")
    raise BackupInvalid(f"这是{ENGINES[manifest.engine]}的备份，不能恢复到{ENGINES[target]}；未作任何改动。{advice}",
                        MANIFEST)


def _extract_verified(path: Path, work: Path, url: str, district_key: bytes | None) -> Manifest:
    if not path.is_file():
        raise StorageError(f"找不到备份文件“{path}”。")
    check_input_path(path)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise BackupInvalid(f"“{path.name}”不是工作站备份文件（不是有效的备份包，或已损坏/被截断）；未作任何改动。") from exc
    with archive:
        manifest = read_manifest(archive)
        refuse_other_engine(manifest, ENGINE)
        authenticity.check_manifest(manifest, district_key)  # before anything is extracted
        if set(manifest.members) != {SERVER_DUMP}:
            raise BackupInvalid("服务器数据库的备份只应含数据库转储（成员不符，可能被改动）；未作任何改动。", MANIFEST)
        extract_member(archive, SERVER_DUMP, manifest.members[SERVER_DUMP], work / SERVER_DUMP)
    try:
        server_dump.check_dump(work / SERVER_DUMP)
    except StorageError as exc:
        raise BackupInvalid(f"{exc.message}；未作任何改动。", SERVER_DUMP) from exc
    if revision_is_newer(manifest.schema_revision):
        raise BackupInvalid(f"该备份来自较新版本的工作站程序（数据库结构版本 {manifest.schema_revision}），"
                            "请先升级本程序再恢复；未作任何改动。", SERVER_DUMP)
    server_authenticity.check_dump(url, work / SERVER_DUMP, manifest, district_key)
    return manifest


def _describe(url: str) -> tuple[str | None, dict[str, int], set[str]]:
    """Schema revision, rows per table and damaged attachments of the server database."""
    engine = make_engine(url)
    try:
        return _read_description(engine)
    except DBAPIError as exc:
        raise StorageError(f"无法连接服务器数据库“{server_dump.safe_location(url)}”：{' '.join(str(exc.orig).split())[:300]}"
                           "；未生成备份。") from exc
    finally:
        engine.dispose()


def _read_description(engine) -> tuple[str | None, dict[str, int], set[str]]:
    with engine.connect() as conn:
        names = sorted(inspect(conn).get_table_names())
        revision = (conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
                    if "alembic_version" in names else None)
        tables = {n: conn.execute(select(func.count()).select_from(table(n))).scalar_one() for n in names}
        damaged = (check_blobs(conn.execute(text("SELECT sha256, content FROM attachment_blob"))).damaged
                   if "attachment_blob" in names else frozenset())
    return revision, tables, set(damaged)


def _cancel_point(is_cancelled) -> None:
    if is_cancelled is not None and is_cancelled():
        raise BackupCancelled("备份已取消，未生成备份文件。")


def _dumping(progress, is_cancelled):
    """What pg_dump's caller does while it runs: honour a cancel, and move the bar (pg_dump reports no
    progress: the bar creeps towards 59% in millionths, half-way after a minute, so each report of the
    first hour changes it and a modal dialog repaints, which it does only on a change)."""
    def tick(elapsed: float) -> None:
        _cancel_point(is_cancelled)
        if progress is not None:
            progress(int(_DUMP_SHARE * elapsed / (elapsed + 60)), _FINE)
    return tick


def _step(progress, percent: int) -> None:
    if progress is not None:
        progress(percent, 100)
