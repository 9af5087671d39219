"""Attachment bytes (scans, photos, pushed files), stored once per SHA-256 in the database itself,
so every desk sharing the database opens the same file and an encrypted database encrypts them too."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from workstation.db.base import Base, utcnow


class AttachmentBlob(Base):
    __tablename__ = "attachment_blob"
    __audit_ignored__ = frozenset({"content"})  # the audit row names the hash and size, not the bytes

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer, nullable=False)
    content: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, nullable=False)
