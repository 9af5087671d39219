"""Attachments stored in the database (issue #20): table attachment_blob, one row per SHA-256.

Until now the bytes lived in a folder beside a SQLite file (`<db>.files/ab/cdef…`), so each desk
kept its own scans and a backup had to copy the folder. Each file of that folder whose content
still hashes to its name is copied into the table; a file that does not is left out and named in
the log (`check` then names the records missing it). The folder itself is left untouched: it is a
leftover the user may delete once satisfied.

Revision ID: 20261204_0021
Revises: 20261204_0020
Create Date: 2026-12-04

"""
import datetime as dt
import hashlib
import logging
import re
from collections.abc import Sequence
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision: str = "20261204_0021"
down_revision: str | Sequence[str] | None = "20261204_0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger("alembic.runtime.migration")
_SHA = re.compile(r"[0-9a-f]{64}")


def upgrade() -> None:
    blob = op.create_table(
        "attachment_blob",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_attachment_blob")),
    )
    folder = _old_folder()
    if folder is None or not folder.is_dir():
        return
    moved, damaged = 0, []
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    for sha, path in _stored(folder):
        content = path.read_bytes()
        if hashlib.sha256(content).hexdigest() != sha:
            damaged.append(sha)
            continue
        op.get_bind().execute(sa.insert(blob).values(sha256=sha, size=len(content), content=content, created_at=now))
        moved += 1
    log.info("附件已移入数据库：%d 个文件。原附件文件夹“%s”保持原样未动，确认无误后可自行删除。", moved, folder)
    if damaged:
        log.warning("附件文件夹中 %d 个文件的内容与文件名的哈希不符，未移入数据库：%s",
                    len(damaged), "、".join(s[:12] + "…" for s in damaged))


def downgrade() -> None:
    op.drop_table("attachment_blob")


def _old_folder() -> Path | None:
    """`<db>.files` beside a SQLite file (a server database never had one)."""
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return None
    files = [row[2] for row in bind.exec_driver_sql("PRAGMA database_list") if row[1] == "main"]
    if not files or not files[0]:
        return None  # in memory
    path = Path(files[0])
    return path.with_name(path.name + ".files")


def _stored(root: Path):
    for sub in sorted(p for p in root.iterdir() if p.is_dir() and len(p.name) == 2):
        for item in sorted(sub.iterdir()):
            if item.is_file() and _SHA.fullmatch(sub.name + item.name):
                yield sub.name + item.name, item
