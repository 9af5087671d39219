"""The backup bundle: one `.wsbackup` file (a zip) holding the database copy, the attachments and a
manifest.json with the SHA-256 and size of every member.

Layout:  manifest.json · database.sqlite (its attachments inside, table attachment_blob); backups made
before revision 20261204_0021 also hold files/ab/cdef… (content-addressed attachments), which the
migration moves into the restored database.
Reading never trusts the file: member names are checked against a fixed pattern, sizes and
checksums against the manifest, and every failure is a BackupInvalid naming the member.
"""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from workstation.domain.errors import StorageError

FORMAT = "workstation-backup"
FORMAT_VERSION = 1
SUFFIX = ".wsbackup"
MANIFEST = "manifest.json"
DATABASE = "database.sqlite"
SERVER_DUMP = "database.pgdump"  # a PostgreSQL database: pg_dump --format=custom
ENGINES = {"sqlite": "本机数据库文件（SQLite）", "postgresql": "服务器数据库（PostgreSQL）"}
FILES = "files/"
COMPRESS_LEVEL = 1  # a 21 MB database: level 1 ≈0.2 s → 6.8 MB, level 6 ≈0.6 s → 6.0 MB
_MAX_MANIFEST = 64 << 20
_CHUNK = 1 << 20
_MEMBER = re.compile(r"database\.sqlite|database\.pgdump|files/[0-9a-f]{2}/[0-9a-f]{62}")

Step = Callable[[int], None]  # bytes just written or read; raises to cancel


class BackupInvalid(StorageError):
    """The backup file is not a usable backup (wrong file, damaged, tampered); `member` names the part."""

    def __init__(self, message: str, member: str | None = None) -> None:
        super().__init__(message)
        self.member = member


@dataclass(frozen=True)
class Member:
    sha256: str
    size: int


@dataclass(frozen=True)
class Manifest:
    app_version: str
    schema_revision: str | None
    created_at: str
    source: str
    tables: dict[str, int]
    members: dict[str, Member]
    damaged: tuple[str, ...] = ()
    engine: str = "sqlite"  # which engine's database the bundle holds (older manifests: sqlite)
    checkpoint: dict | None = None  # the audit chain's signed checkpoint taken for this backup (keyed districts)
    mac: str = ""  # HMAC with the district's backup key over content() (services/backup/authenticity.py)
    # The district key wrapped under the recovery secret (never an account's wrap): restores the
    # backup on a computer without the keyring (services/backup/recovery.py)
    recovery_wrap: dict | None = None
    data_state: str = ""  # the data's stamp when copied (services/backup/data_state.py; older backups: "")

    @property
    def attachments(self) -> int:
        """Attachments in the bundle: rows of the database's attachment_blob, or (backups made before
        revision 20261204_0021) files beside it."""
        return self.tables.get("attachment_blob", 0) + sum(1 for name in self.members if name.startswith(FILES))

    @property
    def size(self) -> int:
        return sum(m.size for m in self.members.values())

    def content(self) -> dict:
        """Everything the manifest says except its MAC (what the MAC covers)."""
        data = {"format": FORMAT, "format_version": FORMAT_VERSION, "app_version": self.app_version,
                "schema_revision": self.schema_revision, "created_at": self.created_at, "source": self.source,
                "database": SERVER_DUMP if self.engine == "postgresql" else DATABASE, "engine": self.engine,
                "tables": self.tables, "damaged_attachments": list(self.damaged),
                "members": {n: {"sha256": m.sha256, "size": m.size} for n, m in self.members.items()}}
        if self.checkpoint is not None:
            data["audit_checkpoint"] = self.checkpoint
        if self.recovery_wrap is not None:
            data["recovery_wrap"] = self.recovery_wrap
        if self.data_state:
            data["data_state"] = self.data_state
        return data

    def to_json(self) -> bytes:
        data = self.content()
        if self.mac:
            data["mac"] = self.mac
        return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")


def add_member(archive: zipfile.ZipFile, name: str, source: Path, step: Step | None = None) -> Member:
    """Stream `source` into the archive as `name`, hashing on the way."""
    digest, size = hashlib.sha256(), 0
    with source.open("rb") as handle, archive.open(name, "w", force_zip64=True) as out:
        for block in iter(lambda: handle.read(_CHUNK), b""):
            digest.update(block)
            out.write(block)
            size += len(block)
            if step is not None:
                step(len(block))
    return Member(digest.hexdigest(), size)


def read_manifest(archive: zipfile.ZipFile) -> Manifest:
    """The manifest of an open bundle, checked against the archive's member list."""
    names = archive.namelist()
    if MANIFEST not in names:
        raise BackupInvalid("该文件不是工作站备份：缺少清单 manifest.json。", MANIFEST)
    if len(set(names)) != len(names):
        raise BackupInvalid("备份文件结构异常：存在重名的成员（可能被改动）。")
    info = archive.getinfo(MANIFEST)
    if info.file_size > _MAX_MANIFEST:
        raise BackupInvalid("备份清单 manifest.json 过大，不是工作站备份。", MANIFEST)
    manifest = parse_manifest(archive.read(MANIFEST))
    _check_listing(manifest, archive)
    return manifest


def parse_manifest(raw: bytes) -> Manifest:
    """Parse manifest.json bytes; BackupInvalid for anything that is not a manifest of ours."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise BackupInvalid("备份清单 manifest.json 无法读取（不是有效的 JSON）。", MANIFEST) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BackupInvalid("该文件不是工作站备份（清单格式不符）。", MANIFEST)
    if data.get("format_version") != FORMAT_VERSION:
        raise BackupInvalid("备份格式版本不受支持，请用较新的工作站程序恢复。", MANIFEST)
    return Manifest(
        app_version=_text(data, "app_version"), schema_revision=_text(data, "schema_revision", optional=True),
        created_at=_text(data, "created_at"), source=_text(data, "source"),
        tables=_counts(data.get("tables")), members=_members(data.get("members")),
        damaged=tuple(_text_list(data.get("damaged_attachments", []))), engine=_engine(data.get("engine", "sqlite")),
        checkpoint=_checkpoint(data.get("audit_checkpoint")), mac=_text(data, "mac", optional=True) or "",
        recovery_wrap=_recovery_wrap(data.get("recovery_wrap")),
        data_state=data["data_state"] if isinstance(data.get("data_state"), str) else "",
    )


def _recovery_wrap(value: object) -> dict | None:
    if value is not None and not (isinstance(value, dict) and all(isinstance(k, str) for k in value)):
        raise BackupInvalid("备份清单中的恢复口令密钥封装格式不对。", MANIFEST)
    return value


def _engine(value: object) -> str:
    if value not in ENGINES:
        raise BackupInvalid(f"备份清单中的数据库类型“{str(value)[:40]}”不受支持。", MANIFEST)
    return str(value)


def extract_member(archive: zipfile.ZipFile, name: str, expected: Member, target: Path,
                   step: Step | None = None) -> None:
    """Extract one member to `target`, refusing it when its size or SHA-256 differs from the manifest."""
    digest, size = hashlib.sha256(), 0
    try:
        with archive.open(name) as source, target.open("wb") as out:
            for block in iter(lambda: source.read(_CHUNK), b""):
                size += len(block)
                if size > expected.size:
                    break
                digest.update(block)
                out.write(block)
                if step is not None:
                    step(len(block))
    except (zipfile.BadZipFile, EOFError, NotImplementedError, RuntimeError, ValueError) as exc:
        raise _damaged(name) from exc
    if size != expected.size or digest.hexdigest() != expected.sha256:
        raise _damaged(name)
    if name.startswith(FILES) and name[len(FILES):].replace("/", "") != expected.sha256:
        raise BackupInvalid(f"备份中的附件“{name}”内容与名称不符（被改动）；未作任何改动。", name)


def _damaged(name: str) -> BackupInvalid:
    return BackupInvalid(f"备份文件中的“{name}”校验失败（SHA-256 或大小与清单不符），"
                         "备份已损坏或被改动；未作任何改动。", name)


def _check_listing(manifest: Manifest, archive: zipfile.ZipFile) -> None:
    present = {i.filename: i for i in archive.infolist() if i.filename != MANIFEST}
    extra = sorted(present.keys() - manifest.members.keys())
    if extra:
        name = extra[0][:120]
        raise BackupInvalid(f"备份文件中有清单未列出的成员“{name}”（可能被改动）；未作任何改动。", name)
    missing = sorted(manifest.members.keys() - present.keys())
    if missing:
        raise BackupInvalid(f"备份文件缺少成员“{missing[0]}”（文件不完整或被改动）；未作任何改动。", missing[0])
    held = SERVER_DUMP if manifest.engine == "postgresql" else DATABASE
    if held not in manifest.members:
        raise BackupInvalid(f"备份中没有数据库文件 {held}。", held)
    for name, info in present.items():
        if info.file_size != manifest.members[name].size:
            raise _damaged(name)


def _text(data: dict, key: str, optional: bool = False) -> str:
    value = data.get(key)
    if value is None and optional:
        return None  # type: ignore[return-value]
    if not isinstance(value, str):
        raise BackupInvalid(f"备份清单缺少“{key}”或其格式不对。", MANIFEST)
    return value


def _checkpoint(value: object) -> dict | None:
    if value is None:
        return None
    if not isinstance(value, dict) or not all(isinstance(k, str) for k in value):
        raise BackupInvalid("备份清单中的审计检查点格式不对。", MANIFEST)
    return value


def _text_list(value: object) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise BackupInvalid("备份清单中的受损附件列表格式不对。", MANIFEST)
    return value


def _counts(value: object) -> dict[str, int]:
    if not isinstance(value, dict) or not all(isinstance(k, str) and type(v) is int for k, v in value.items()):
        raise BackupInvalid("备份清单中的数据表统计格式不对。", MANIFEST)
    return dict(value)


def _members(value: object) -> dict[str, Member]:
    if not isinstance(value, dict):
        raise BackupInvalid("备份清单中的成员列表格式不对。", MANIFEST)
    members = {}
    for name, item in value.items():
        if not _MEMBER.fullmatch(name):
            raise BackupInvalid(f"备份清单列出了不允许的成员名“{name[:120]}”。", name[:120])
        sha, size = (item.get("sha256"), item.get("size")) if isinstance(item, dict) else (None, None)
        if not isinstance(sha, str) or not re.fullmatch(r"[0-9a-f]{64}", sha) or type(size) is not int or size < 0:
            raise BackupInvalid(f"备份清单中成员“{name}”的校验值格式不对。", name)
        members[name] = Member(sha, size)
    return members
