"""Content-addressed attachments (scans, photos) in a folder beside the database.

A file is stored once under its SHA-256: `<db name>.files/ab/cdef…` (first two hex digits as a
sub-folder). Records keep only the hex digest. Writes go to a temporary file in `.tmp/` that is
renamed into place, so a crash never leaves a file whose name does not match its content.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path

from workstation.db.errors import translate_db_error
from workstation.domain.errors import StorageError, ValidationError

CHUNK = 1 << 20
_SHA = re.compile(r"[0-9a-f]{64}")
_TMP = ".tmp"


def attachments_dir(db_path: str | Path) -> Path:
    """The attachments folder of the database file at `db_path`."""
    path = Path(db_path)
    return path.with_name(path.name + ".files")


def is_sha256(text: str) -> bool:
    return bool(_SHA.fullmatch(text))


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


class Attachments:
    """The attachments folder of one database: put, locate, check."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    @classmethod
    def for_database(cls, db_path: str | Path) -> Attachments:
        return cls(attachments_dir(db_path))

    def put(self, source: bytes | Path) -> str:
        """Store bytes or a file's content; return its SHA-256 (storing the same content twice is a no-op)."""
        try:
            return self._put(source)
        except OSError as exc:
            raise _storage_error(exc, "保存附件") from exc

    def path(self, sha: str) -> Path:
        """Where the attachment `sha` lives (whether or not it exists)."""
        if not is_sha256(sha):
            raise ValidationError(f"附件标识“{sha[:80]}”无效。", "attachment")
        return self.root / sha[:2] / sha[2:]

    def exists(self, sha: str) -> bool:
        return self.path(sha).is_file()

    def read(self, sha: str) -> bytes:
        """The attachment's bytes; StorageError naming the folder or file when it is missing."""
        if not self.root.is_dir():
            raise StorageError(f"附件文件夹“{self.root}”不存在（可能被移动或删除）。请从备份恢复，数据库中的记录未受影响。")
        path = self.path(sha)
        if not path.is_file():
            raise StorageError(f"附件“{sha[:12]}…”在附件文件夹中找不到（可能被删除）。请从备份恢复。")
        return path.read_bytes()

    def verify(self, sha: str) -> bool:
        """True when the stored file exists and its content still hashes to its name."""
        path = self.path(sha)
        return path.is_file() and sha256_file(path) == sha

    def __iter__(self) -> Iterator[tuple[str, Path]]:
        """(sha, path) of every stored attachment, in name order; nothing when the folder is missing."""
        if not self.root.is_dir():
            return
        for sub in sorted(p for p in self.root.iterdir() if p.is_dir() and len(p.name) == 2):
            for item in sorted(sub.iterdir()):
                if item.is_file() and is_sha256(sub.name + item.name):
                    yield sub.name + item.name, item

    def _put(self, source: bytes | Path) -> str:
        staging = self.root / _TMP
        staging.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=staging)
        temp = Path(name)
        try:
            with os.fdopen(fd, "wb") as out:
                sha = _copy_hashing(source, out)
                out.flush()
                os.fsync(out.fileno())
            final = self.path(sha)
            if final.is_file():
                temp.unlink()
            else:
                final.parent.mkdir(exist_ok=True)
                os.replace(temp, final)
            return sha
        except BaseException:
            temp.unlink(missing_ok=True)
            raise


def _copy_hashing(source: bytes | Path, out) -> str:
    if isinstance(source, bytes | bytearray | memoryview):
        out.write(source)
        return hashlib.sha256(source).hexdigest()
    digest = hashlib.sha256()
    with Path(source).open("rb") as handle:
        for block in iter(lambda: handle.read(CHUNK), b""):
            digest.update(block)
            out.write(block)
    return digest.hexdigest()


def _storage_error(exc: OSError, doing: str) -> StorageError:
    if isinstance(exc, FileNotFoundError) and exc.filename:
        return StorageError(f"{doing}失败：找不到文件“{exc.filename}”。")
    translated = translate_db_error(exc, doing)
    if translated is not None:
        return translated
    return StorageError(f"{doing}失败：{exc.strerror or exc}。此前已保存的数据不受影响。")
