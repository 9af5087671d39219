"""The checks of authenticity.py for a server database's backup: the dump's tables, its audit chain and the
manifest's checkpoint are read from the dump into temporary tables of the target server (rolled back), so
a forged or partial dump is refused before pg_restore replaces anything; the audit rows a restore drops
are exported first."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from workstation.db.district_keys import attach_district_key
from workstation.db.engine import make_engine
from workstation.db.orm.audit import AuditEntry
from workstation.db.server_dump import dump_tables, safe_location, shadow_audit_tables
from workstation.domain.errors import StorageError
from workstation.services.backup import authenticity
from workstation.services.backup.bundle import SERVER_DUMP, Manifest


def check_dump(url: str, dump_file: Path, manifest: Manifest, district_key: bytes | None) -> None:
    """Refuse (BackupInvalid) a dump that is not a whole workstation database or, with the key, whose chain
    or checkpoint does not verify; the server database at `url` is only read."""
    authenticity.refuse_incomplete(dump_tables(dump_file), SERVER_DUMP)
    engine = make_engine(url)
    if district_key is not None:
        attach_district_key(engine, district_key)
    try:
        with engine.connect() as conn, conn.begin() as transaction:
            shadow_audit_tables(conn, dump_file)
            authenticity.check_chain_of_copy(conn, manifest, district_key, SERVER_DUMP)
            transaction.rollback()
    except DBAPIError as exc:
        raise StorageError(f"无法在服务器数据库“{safe_location(url)}”上校验备份："
                           f"{' '.join(str(exc.orig).split())[:300]}；未作任何改动。") from exc
    finally:
        engine.dispose()


def export_newer_rows(url: str, manifest: Manifest, folder: Path, stem: str,
                      now: dt.datetime | None = None) -> authenticity.ExportedRows | None:
    """The audit rows of the server database after the backup's checkpoint (all after its newest row
    when it has none), written to `folder` before the restore replaces them."""
    after = (manifest.checkpoint or {}).get("seq")
    log = AuditEntry.__table__
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            if not isinstance(after, int):
                return None  # an unkeyed backup names no point in the chain: the restore's trail counts nothing
            rows = [dict(r._mapping) for r in conn.execute(select(log).where(log.c.seq > after).order_by(log.c.seq))]
    finally:
        engine.dispose()
    return authenticity.write_newer_rows(rows, folder, stem, now)
