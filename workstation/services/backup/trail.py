"""Backups and restores leave an audit row in the database they concern: who, when, which file and
its SHA-256. A restore also counts the audit rows of the replaced database that are newer than the
backup: they are not in the restored chain (the replaced file keeps them), which is said and recorded."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from workstation.db.attachments import sha256_file
from workstation.db.audit_checkpoints import write_checkpoint
from workstation.db.district_keys import attach_district_key
from workstation.db.engine import make_engine, make_session_factory
from workstation.db.sqlite import cipher
from workstation.services.audit import record_event
from workstation.services.common.context import Actor
from workstation.services.common.uow import writing


def record(db_path: Path, actor: Actor, action: str, details: dict[str, Any], district_key: bytes | None = None,
           checkpoint: str = "") -> None:
    """One audit row `action` on the database at `db_path` (its own short connection); with the district
    key the row is keyed and, when `checkpoint` names an event, a checkpoint of the new head is written."""
    # Not re-checked as a live account: after a restore the account may be another file's row
    who = dataclasses.replace(actor, account=False)
    engine = make_engine(db_path)
    if district_key is not None:
        attach_district_key(engine, district_key)
    try:
        with writing(make_session_factory(engine), who) as session:
            record_event(session, who, action, "database", "", details)
        if checkpoint:
            write_checkpoint(engine, checkpoint)
    finally:
        engine.dispose()


def file_details(path: Path) -> dict[str, Any]:
    return {"file": str(path), "name": path.name, "sha256": sha256_file(path), "size": path.stat().st_size}


def newer_audit_rows(replaced: Path, restored: Path) -> int:
    """Audit rows of `replaced` written after the newest row of `restored` (0 when either has none)."""
    latest = _scalar(restored, "SELECT max(at) FROM audit_log")
    if latest is None:
        return 0
    return _scalar(replaced, "SELECT count(*) FROM audit_log WHERE at > ?", (latest,)) or 0


def _scalar(path: Path, sql: str, args: tuple = ()) -> Any:
    conn = cipher.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(sql, args).fetchone()[0]
    except cipher.DatabaseError:
        return None
    finally:
        conn.close()
