"""Content-addressed attachments (scans, photos, pushed files) stored in the database itself.

The bytes of each distinct file are one row of `attachment_blob`, keyed by their SHA-256; records
keep only the hex digest. Every desk sharing a database therefore opens the same scan, a backup of
the database holds them, and an encrypted database encrypts them. Earlier versions kept them in a
folder beside a SQLite file (`attachments_dir`); migration 20261204_0021 copied them in and left
that folder as it was.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from workstation.db.attachment_copies import write_private_copy
from workstation.db.attachment_folder import attachments_dir  # noqa: F401  (its old home)
from workstation.db.errors import translate_db_error
from workstation.db.orm.attachments import AttachmentBlob
from workstation.domain.errors import StorageError, ValidationError

CHUNK = 1 << 20
_SHA = re.compile(r"[0-9a-f]{64}")


def is_sha256(text: str) -> bool:
    return bool(_SHA.fullmatch(text))


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


class Attachments:
    """The attachments of one database: put (in the caller's transaction), read, open, verify."""

    def __init__(self, factory: sessionmaker[Session]) -> None:
        self._factory = factory

    def put(self, source: bytes | Path, session: Session | None = None) -> str:
        """Store bytes or a file's content in `session`'s transaction (None: a transaction of its own;
        never while this thread holds another write transaction); return its SHA-256 (storing the same
        content twice is a no-op). A file that cannot be read: StorageError naming it."""
        if isinstance(source, bytes | bytearray | memoryview):
            content = bytes(source)
        else:
            try:
                content = Path(source).read_bytes()
            except OSError as exc:
                raise _storage_error(exc, "保存附件") from exc
        sha = hashlib.sha256(content).hexdigest()
        if session is None:
            with self._factory.begin() as own:
                return self._insert(own, sha, content)
        return self._insert(session, sha, content)

    @staticmethod
    def _insert(session: Session, sha: str, content: bytes) -> str:
        if session.scalar(select(AttachmentBlob.sha256).where(AttachmentBlob.sha256 == sha)) is not None:
            return sha
        blob = AttachmentBlob(sha256=sha, size=len(content), content=content)
        if session.get_bind().dialect.name == "sqlite":  # one writer at a time: nobody stored it meanwhile
            session.add(blob)
            session.flush()
            return sha
        try:
            with session.begin_nested():  # another desk may store the same scan at the same moment
                session.add(blob)
        except IntegrityError:
            if session.scalar(select(AttachmentBlob.sha256).where(AttachmentBlob.sha256 == sha)) is None:
                raise
        return sha

    def read(self, sha: str) -> bytes:
        """The attachment's bytes; StorageError when the database does not hold them."""
        _check_sha(sha)
        with self._factory() as session:
            content = session.scalar(select(AttachmentBlob.content).where(AttachmentBlob.sha256 == sha))
        if content is None:
            raise StorageError(f"附件“{sha[:12]}…”不在数据库中（可能在升级前就已丢失）。请从备份恢复。")
        return content

    def exists(self, sha: str) -> bool:
        _check_sha(sha)
        with self._factory() as session:
            return session.scalar(select(AttachmentBlob.sha256).where(AttachmentBlob.sha256 == sha)) is not None

    def verify(self, sha: str) -> bool:
        """True when the database holds the attachment and its bytes still hash to `sha`."""
        try:
            return hashlib.sha256(self.read(sha)).hexdigest() == sha
        except StorageError:
            return False

    def count(self) -> int:
        with self._factory() as session:
            return session.scalar(select(func.count()).select_from(AttachmentBlob)) or 0

    def shas(self) -> list[str]:
        """The SHA-256 of every stored attachment, in order."""
        with self._factory() as session:
            return list(session.scalars(select(AttachmentBlob.sha256).order_by(AttachmentBlob.sha256)))

    def open_copy(self, sha: str, name: str) -> Path:
        """A copy of the attachment for a viewer, in this session's private temporary folder."""
        return write_private_copy(f"{sha[:12]}-{name}", self.read(sha))


def _check_sha(sha: str) -> None:
    if not is_sha256(sha):
        raise ValidationError(f"附件标识“{sha[:80]}”无效。", "attachment")


def _storage_error(exc: OSError, doing: str) -> StorageError:
    if isinstance(exc, FileNotFoundError) and exc.filename:
        return StorageError(f"{doing}失败：找不到文件“{exc.filename}”。")
    translated = translate_db_error(exc, doing)
    if translated is not None:
        return translated
    return StorageError(f"{doing}失败：{exc.strerror or exc}。此前已保存的数据不受影响。")
