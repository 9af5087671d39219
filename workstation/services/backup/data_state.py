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
# Only a restore after the newest change can have put the present data in place (and the walk stays short).
_LAST_RESTORE = text("SELECT details FROM audit_log WHERE action = 'restore' AND seq > :after ORDER BY seq DESC LIMIT 1")


def current(db_location: str | Path) -> str:
    """The stamp of the data now in the database ("" when it cannot be read: then a backup is made)."""
    return _read(db_location)[0]


def backed_up(db_location: str | Path, backups: Iterable[Path], district_key: bytes | None) -> bool:
    """Whether a good backup of the data's present state exists: one of `backups` (newest first) whose
    manifest is signed by the district and names the state, or the backup the database was last restored from."""
    state, restored = _read(db_location)
    if not state:
        return False
    if restored == state:
        return True
    return any(_state_of(path, district_key) == state for path in backups)


def _read(db_location: str | Path) -> tuple[str, str]:
    """(the present stamp, the stamp the last restore recorded), on one connection (an encrypted file's key
    derivation is paid once)."""
    engine = make_engine(db_location)
    try:
        with engine.connect() as conn:
            revision = conn.execute(_REVISION).scalar()
            newest = conn.execute(_NEWEST_CHANGE).first()
            details = conn.execute(_LAST_RESTORE, {"after": newest.seq if newest is not None else 0}).scalar()
    except (SQLAlchemyError, StorageError):  # e.g. unreadable: the old rule, a backup
        return "", ""
    finally:
        engine.dispose()
    state = f"{revision}:{newest.seq}:{newest.hash}" if newest is not None else f"{revision}:0:"
    try:
        restored = str(json.loads(details or "{}").get("data_state", ""))
    except (ValueError, AttributeError):
        restored = ""
    return state, restored


def _state_of(path: Path, district_key: bytes | None) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            manifest = read_manifest(archive)
        authenticity.check_manifest(manifest, district_key)
    except (OSError, zipfile.BadZipFile, StorageError, ValueError, EOFError):
        return ""  # not a good backup: it counts for nothing
    return manifest.data_state
