"""Backups that prove where they come from, and restores that lose no audit rows.

With the district key: before a backup the audit chain is checked against the signed checkpoints kept
outside the database folder and a new checkpoint goes into the manifest; the manifest carries an HMAC
with the BACKUP sub-key over its content (member hashes, checkpoint…). A restore checks that MAC before
anything is extracted, then the copy's own chain and checkpoint. With or without a key, a bundle
that is not a whole workstation database (e.g. only `alembic_version`) is refused, and the audit rows
of the replaced database newer than the backup are exported to a file first.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import hmac
import json
import os
from pathlib import Path

from workstation.db.audit_checkpoints import Checkpoint, verify, write_checkpoint
from workstation.db.audit_hooks import read_only_engine
from workstation.db.backup_files import atomic_output
from workstation.db.district_keys import attach_district_key
from workstation.db.engine import make_engine
from workstation.db.orm.audit import canonical_json
from workstation.db.sqlite import cipher
from workstation.domain.errors import StorageError
from workstation.domain.keys import AUDIT, BACKUP, derive
from workstation.services.audit import verify_chain
from workstation.services.backup.bundle import DATABASE, MANIFEST, BackupInvalid, Manifest

# A restored database must hold these (a bundle of only `alembic_version` passes every checksum).
REQUIRED_TABLES = frozenset({"alembic_version", "audit_log", "audit_head", "district", "user_account", "nursery"})


def manifest_mac(manifest: Manifest, district_key: bytes) -> str:
    data = canonical_json(manifest.content()).encode("utf-8")
    return hmac.new(derive(district_key, BACKUP), data, hashlib.sha256).hexdigest()


def sign(manifest: Manifest, district_key: bytes | None) -> Manifest:
    return manifest if district_key is None else dataclasses.replace(manifest, mac=manifest_mac(manifest, district_key))


def check_manifest(manifest: Manifest, district_key: bytes | None) -> None:
    """Refuse a manifest the district's key did not sign (forged, edited, from elsewhere)."""
    if district_key is None:
        return
    if not manifest.mac:
        raise BackupInvalid("该备份没有本辖区密钥的签名（伪造的备份，或来自未设置密钥的旧版本/其他辖区），"
                            "不能恢复；未作任何改动。", MANIFEST)
    if not hmac.compare_digest(manifest.mac, manifest_mac(manifest, district_key)):
        raise BackupInvalid("备份清单的签名与本辖区密钥不符：备份在生成后被改动（例如数据被修改后重算了校验值），"
                            "或来自其他辖区；不能恢复，未作任何改动。", MANIFEST)


def checkpoint_before_backup(db_path: Path | str, district_key: bytes | None) -> dict | None:
    """Check the chain against the external checkpoints, then take the backup's checkpoint (keyed districts)."""
    if district_key is None:
        return None
    engine = make_engine(db_path)
    attach_district_key(engine, district_key)
    try:
        with engine.connect() as conn:
            problems = verify(conn, derive(district_key, AUDIT))
        if problems:
            raise StorageError("审计链与外部检查点不符，未生成备份（以免把被改动的数据当作可信备份）："
                               + "；".join(p.rstrip("。") for p in problems[:2]) + "。请运行命令“workstation check --user 用户名”查明。")
        checkpoint = write_checkpoint(engine, "backup")
    finally:
        engine.dispose()
    return None if checkpoint is None else dataclasses.asdict(checkpoint)


def check_restored_copy(copy: Path, manifest: Manifest, district_key: bytes | None) -> None:
    """The extracted database must be a whole workstation database; with a key, its chain and checkpoint verify."""
    refuse_incomplete(_tables(copy), DATABASE)
    engine = read_only_engine(copy)
    if district_key is not None:
        attach_district_key(engine, district_key)
    try:
        with engine.connect() as conn:
            check_chain_of_copy(conn, manifest, district_key, DATABASE)
    finally:
        engine.dispose()


def refuse_incomplete(tables: set[str], member: str) -> None:
    """BackupInvalid when the backup's database lacks a table every workstation database has."""
    missing = sorted(REQUIRED_TABLES - tables)
    if missing:
        raise BackupInvalid(f"备份中的数据库不完整：缺少数据表 {'、'.join(missing[:4])}"
                            f"{'等' if len(missing) > 4 else ''}（空的或被截取的备份）；不能恢复，未作任何改动。", member)


def check_chain_of_copy(conn, manifest: Manifest, district_key: bytes | None, member: str) -> None:
    """The backup's audit head is there; with a key its chain verifies and holds the manifest's checkpoint
    (`conn` reads the backup's audit tables; its engine carries the key)."""
    if conn.exec_driver_sql("SELECT count(*) FROM audit_head").scalar() != 1:
        raise BackupInvalid("备份中的数据库没有审计链头（audit_head）：备份被改动；不能恢复，未作任何改动。", member)
    if district_key is None:
        return
    chain = verify_chain(conn)
    if not chain.ok:
        raise BackupInvalid(f"备份中的审计链未通过校验：{chain.describe()} 不能恢复，未作任何改动。", member)
    if manifest.checkpoint is None:
        raise BackupInvalid("备份清单中没有审计检查点；不能恢复，未作任何改动。", MANIFEST)
    try:
        checkpoint = Checkpoint(**manifest.checkpoint)
    except TypeError as exc:
        raise BackupInvalid("备份清单中的审计检查点格式不对；未作任何改动。", MANIFEST) from exc
    key = derive(district_key, AUDIT)
    problems = [] if checkpoint.valid(key) else ["检查点的签名不符"]
    problems = problems or verify(conn, key, [checkpoint])
    if problems:
        raise BackupInvalid("备份中的审计链与其清单中的检查点不符：" + "；".join(problems[:2])
                            + " 不能恢复，未作任何改动。", member)


def _tables(path: Path) -> set[str]:
    conn = cipher.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except cipher.DatabaseError as exc:
        raise BackupInvalid(f"备份中的数据库无法读取：{exc}；未作任何改动。", DATABASE) from exc
    finally:
        conn.close()


@dataclasses.dataclass(frozen=True)
class ExportedRows:
    path: Path
    rows: int
    sha256: str


def export_newer_rows(db_path: Path, restored: Path, manifest: Manifest, folder: Path,
                      now: dt.datetime | None = None) -> ExportedRows | None:
    """Write the audit rows of the database about to be replaced that the restored one lacks (JSON lines,
    0600) into `folder`; None when there are none. Newer means after the backup's checkpoint, else after
    the restored copy's newest row."""
    after_seq = (manifest.checkpoint or {}).get("seq")
    if not isinstance(after_seq, int):
        after_seq = _scalar(restored, "SELECT max(seq) FROM audit_log") or 0
    conn = cipher.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        cursor = conn.execute("SELECT * FROM audit_log WHERE seq > ? ORDER BY seq", (after_seq,))
        names = [column[0] for column in cursor.description]
        rows = [dict(zip(names, r, strict=True)) for r in cursor]
    except cipher.DatabaseError:
        return None  # a database too damaged to read is kept aside whole by the restore
    finally:
        conn.close()
    return write_newer_rows(rows, folder, db_path.stem, now)


def write_newer_rows(rows: list[dict], folder: Path, stem: str, now: dt.datetime | None = None) -> ExportedRows | None:
    """The audit rows a restore drops, as JSON lines in a 0600 file of `folder` (None when there are none)."""
    if not rows:
        return None
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    target = folder / f"{stem}-恢复前较新的审计记录-{stamp}.jsonl"
    data = "".join(json.dumps(r, ensure_ascii=False, sort_keys=True, default=str) + "\n" for r in rows).encode("utf-8")
    with atomic_output(target) as temp:
        Path(temp).write_bytes(data)
        os.chmod(temp, 0o600)
    return ExportedRows(target, len(rows), hashlib.sha256(data).hexdigest())


def _scalar(path: Path, sql: str) -> int | None:
    conn = cipher.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchone()[0]
    except cipher.DatabaseError:
        return None
    finally:
        conn.close()
