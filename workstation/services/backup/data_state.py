"""What state of the data a backup holds, so automatic backups are made only when the data changed.

The stamp is the schema revision and the newest audit row that is not the bookkeeping of merely opening,
closing, backing up or restoring (every change of a record is chained in the audit trail in its own
transaction). A backup's manifest carries the stamp read before its copy (signed with the manifest: a
later change makes the next backup, never the reverse); a restore records the stamp of the data it put
in place, so a just-restored district counts as backed up by the backup it came from.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from workstation.db.engine import make_engine
from workstation.domain.errors import StorageError
from workstation.services.backup import authenticity
from workstation.services.backup.bundle import read_manifest

# Rows that opening and closing the program write by themselves, and the backups' and restores' own rows.
BOOKKEEPING = ("login", "logout", "login_failed", "backup", "restore")
_NEWEST_CHANGE = text("SELECT seq, hash FROM audit_log WHERE action NOT IN ("
                      + ", ".join(f"'{action}'" for action in BOOKKEEPING) + ") ORDER BY seq DESC LIMIT 1")
_REVISION = text("SELECT version_num FROM alembic_version")
_LAST_RESTORE = text("SELECT details FROM audit_log WHERE action = 'restore' ORDER BY seq DESC LIMIT 1")


def current(db_location: str | Path) -> str:
    """The stamp of the data now in the database ("" when it cannot be read: then a backup is made)."""
    engine = make_engine(db_location)
    try:
        with engine.connect() as conn:
            revision = conn.execute(_REVISION).scalar()
            newest = conn.execute(_NEWEST_CHANGE).first()
    except (SQLAlchemyError, StorageError):  # e.g. unreadable: the old rule, a backup
        return ""
    finally:
        engine.dispose()
    return f"{revision}:{newest.seq}:{newest.hash}" if newest is not None else f"{revision}:0:"


def restored(db_location: str | Path) -> str:
    """The stamp the last restore recorded for the data it put in place ("" when none)."""
    engine = make_engine(db_location)
    try:
        with engine.connect() as conn:
            details = conn.execute(_LAST_RESTORE).scalar()
    except (SQLAlchemyError, StorageError):
        return ""
    finally:
        engine.dispose()
    try:
        return str(json.loads(details or "{}").get("data_state", ""))
    except (ValueError, AttributeError):
        return ""


def backed_up(state: str, db_location: str | Path, backups: Iterable[Path], district_key: bytes | None) -> bool:
    """Whether a good backup of `state` exists: one of `backups` (newest first) whose manifest is signed
    by the district and names the state, or the backup the database was last restored from."""
    if not state:
        return False
    if restored(db_location) == state:
        return True
    for path in backups:
        if _state_of(path, district_key) == state:
            return True
    return False


def _state_of(path: Path, district_key: bytes | None) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            manifest = read_manifest(archive)
        authenticity.check_manifest(manifest, district_key)
    except (OSError, zipfile.BadZipFile, StorageError, ValueError, EOFError):
        return ""  # not a good backup: it counts for nothing
    return manifest.data_state
