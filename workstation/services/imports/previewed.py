"""The dry run's checked rows, kept for the commit that follows it (the clerk previews, then commits).

Reading and validating a 10,000-row push file costs more than writing it; a commit right after its
preview reuses what the preview found instead of doing it all again. It may only when nothing the
plan rests on has moved since: the file holds the same bytes (SHA-256, and it did not change while
the preview read it), the database is at the same data version (the audit chain's head, which
every change from any desk or the command line moves; read again inside the commit's transaction,
after its write lock), and it is the same day. Otherwise the commit reads and validates again.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.db.orm.audit import AuditHead
from workstation.services.imports.reader import Table


@dataclass(frozen=True)
class FileState:
    """What a file held when it was read: its bytes' digest, and its size and change time."""

    path: Path
    sha256: str
    size: int
    mtime_ns: int

    @classmethod
    def of(cls, path: Path) -> FileState:
        before = os.stat(path)
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        return cls(path.resolve(), digest, before.st_size, before.st_mtime_ns)

    def unchanged_since(self) -> bool:
        """The file still has the size and change time it had when hashed (not rewritten meanwhile)."""
        try:
            now = os.stat(self.path)
        except OSError:
            return False
        return (now.st_size, now.st_mtime_ns) == (self.size, self.mtime_ns)


@dataclass(frozen=True)
class Previewed:
    """A dry run's table and plan, with what they were checked against."""

    file: FileState
    version: tuple[int, str]
    today: dt.date
    table: Table
    plan: Any  # registrations._Plan

    def fits(self, file: FileState, version: tuple[int, str] | None, today: dt.date) -> bool:
        return (file.path, file.sha256) == (self.file.path, self.file.sha256) \
            and version == self.version and today == self.today


def data_version(session: Session) -> tuple[int, str] | None:
    """The audit chain's head: it moves with every change written to the district."""
    head = session.execute(select(AuditHead.seq, AuditHead.hash).where(AuditHead.id == 1)).first()
    return (head.seq, head.hash) if head is not None else None
