"""Where an interrupted restore leaves its journal and staged copy (kept light: the start-up reader
asks `restore_pending` before anything heavier is loaded; db/restore_switch.py does the switch)."""

from __future__ import annotations

from pathlib import Path

from workstation.db.attachment_folder import attachments_dir

JOURNAL_SUFFIX = ".restore-pending"
STAGED_SUFFIX = ".restore-new"


def journal_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + JOURNAL_SUFFIX)


def staged_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + STAGED_SUFFIX)


def restore_pending(db_path: Path) -> bool:
    """True when a restore was interrupted and its switch is still to be finished (or undone)."""
    return journal_path(db_path).exists() or staged_path(db_path).exists() or attachments_dir(
        staged_path(db_path)).exists()
