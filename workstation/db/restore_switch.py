"""Restore as one switch between two whole states: the database with its attachments folder.

The verified copy is first staged beside the target (`<db>.restore-new` and its `.files` folder),
then a journal `<db>.restore-pending` is written. Without a journal the staged copy is discarded
(the old state stays); with one the switch is finished, step by step and each step idempotent,
by whoever comes next: the restore itself, the next start (`open_database`), `check` or `backup`.
So a kill at any moment leaves either the old or the new database with its own attachments.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from workstation.db import crash_points
from workstation.db.attachment_folder import attachments_dir
from workstation.db.backup import storage_error
from workstation.db.backup_files import atomic_output, fsync_dir
from workstation.db.restore_paths import (
    JOURNAL_SUFFIX,
    STAGED_SUFFIX,
    journal_path,
    restore_pending,
    staged_path,
)
from workstation.domain.errors import StorageError

__all__ = ["JOURNAL_SUFFIX", "SIDE_FILES", "STAGED_SUFFIX", "finish_pending", "journal_path", "restore_pending",
           "staged_path", "switch"]
SIDE_FILES = ("-wal", "-shm", "-journal")


def switch(staged_db: Path, staged_files: Path | None, db_path: Path, aside: Path) -> Path | None:
    """Put a verified copy (and its attachments, None: none) in place of `db_path`, keeping the current
    database and attachments under `aside`. Returns `aside` when a database was replaced, else None.
    The caller has made sure no other connection uses the database."""
    try:
        finish_pending(db_path)
        new = staged_path(db_path)
        new_files = attachments_dir(new)
        if staged_files is not None:
            os.replace(staged_files, new_files)
        else:
            new_files.mkdir()
        crash_points.step("restore: attachments staged")
        os.replace(staged_db, new)
        fsync_dir(db_path.parent)
        crash_points.step("restore: database staged")
        with atomic_output(journal_path(db_path)) as temp:
            temp.write_text(json.dumps({"aside": aside.name, "replaces": db_path.exists()}), encoding="utf-8")
        crash_points.step("restore: journal written")
    except OSError as exc:
        _discard(db_path)
        raise storage_error(exc, "恢复") from exc
    try:
        return _finish(db_path)
    except OSError as exc:
        raise StorageError(f"恢复未能完成：{exc.strerror or exc}。下次打开数据库时会自动完成恢复。") from exc


def finish_pending(db_path: Path) -> Path | None | bool:
    """Finish a switch whose journal was written, or discard a staged copy that has none.

    Returns the aside path (or None) when a switch was finished, False when there was nothing to do
    or only a staged copy was discarded. Raises StorageError when a step fails.
    """
    try:
        if journal_path(db_path).exists():
            return _finish(db_path)
        _discard(db_path)
    except OSError as exc:
        raise StorageError(f"完成上次被中断的恢复失败：{exc.strerror or exc}。请关闭其他工作站程序后重试；"
                           "数据库和附件仍是恢复前或恢复后之一的完整状态。") from exc
    return False


def _finish(db_path: Path) -> Path | None:
    journal = journal_path(db_path)
    try:
        data = json.loads(journal.read_text(encoding="utf-8"))
        aside = db_path.with_name(str(data["aside"]))
        replaces = bool(data["replaces"])
    except (ValueError, KeyError, TypeError) as exc:
        raise StorageError(f"恢复记录“{journal.name}”无法读取（被改动？），未作任何改动；请检查该文件夹。") from exc
    if aside.parent != db_path.parent or not aside.name.startswith(db_path.name):
        raise StorageError(f"恢复记录“{journal.name}”中的另存位置不对（被改动？），未作任何改动。")
    new = staged_path(db_path)
    if new.exists():  # else the last step (the database itself) is done
        for suffix in SIDE_FILES:
            if _move(db_path.with_name(db_path.name + suffix), aside.with_name(aside.name + suffix)):
                crash_points.step(f"restore: {suffix} aside")
        if db_path.exists() and not aside.exists():
            _keep_aside(db_path, aside)
            crash_points.step("restore: database kept aside")
        if attachments_dir(new).exists():
            if _move(attachments_dir(db_path), attachments_dir(aside)):
                crash_points.step("restore: attachments aside")
            if any(attachments_dir(new).iterdir()):
                os.replace(attachments_dir(new), attachments_dir(db_path))
            else:  # a backup without attachments: no folder, as before the restore of one
                attachments_dir(new).rmdir()
            crash_points.step("restore: attachments switched")
        os.replace(new, db_path)
        fsync_dir(db_path.parent)
        crash_points.step("restore: database switched")
    journal.unlink()
    fsync_dir(db_path.parent)
    return aside if replaces else None


def _discard(db_path: Path) -> None:
    """Remove a staged copy that never got its journal (the old state stays)."""
    new = staged_path(db_path)
    if attachments_dir(new).exists():
        shutil.rmtree(attachments_dir(new))
    new.unlink(missing_ok=True)


def _move(source: Path, target: Path) -> bool:
    if not source.exists():
        return False
    os.replace(source, target)
    return True


def _keep_aside(db_path: Path, aside: Path) -> None:
    """A second name for the current file (a hard link), so `db_path` is never missing; where the
    file system has no hard links (FAT USB drives) a copy, renamed into place once whole."""
    try:
        os.link(db_path, aside)
    except OSError:
        with atomic_output(aside) as temp:
            shutil.copy2(db_path, temp)
