"""`check` of a server (PostgreSQL) database: schema revision, the audit chain, the business records' state
hashes and every attachment (named by a record, hashed again). The file checks of checks.py (SQLite integrity, an interrupted
restore) have no server counterpart: the server keeps its own storage sound."""

from __future__ import annotations

from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError

from workstation.db.attachment_refs import attachment_problems, check_blobs, server_attachment_refs
from workstation.db.audit_checkpoints import verify as verify_checkpoints
from workstation.db.audit_mac import audit_key, records_key
from workstation.db.district_keys import attach_district_key, key_for_location
from workstation.db.engine import make_engine
from workstation.db.schema_version import HEAD
from workstation.db.server_dump import safe_location
from workstation.domain.errors import StorageError
from workstation.services.audit.checks import CheckReport, verify_chain
from workstation.services.audit.enrolment_check import derived_problems
from workstation.services.audit.records_check import verify_records


def check_server(url: str, district_key: bytes | None = None) -> CheckReport:
    """Check the server database at `url` without changing it; with the district key (given, or unlocked
    for this database) also the chain's MACs and its external checkpoints."""
    report = CheckReport(safe_location(url))  # type: ignore[arg-type]  # shown, never opened as a file
    engine = make_engine(url)
    district_key = district_key or key_for_location(url)
    if district_key is not None:
        attach_district_key(engine, district_key)
    try:
        with engine.connect() as conn:
            _check(conn, report)
    except (DBAPIError, StorageError) as exc:
        detail = exc.message if isinstance(exc, StorageError) else " ".join(str(exc.orig).split())[:300]
        report.problems.append(f"无法读取服务器数据库：{detail}")
    finally:
        engine.dispose()
    return report


def _check(conn, report: CheckReport) -> None:
    tables = set(inspect(conn).get_table_names())
    if "alembic_version" in tables:
        report.revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    if report.revision is None:
        report.problems.append("没有结构版本记录：这不是本工作站的数据库，或尚未初始化。")
        return
    if report.revision != HEAD:
        report.problems.append(f"结构版本为 {report.revision}，本程序的最新版本为 {HEAD}。")
    report.problems += derived_problems(conn)
    if "audit_log" in tables:
        report.audit = verify_chain(conn)
        if not report.audit.ok:
            report.problems.append(report.audit.describe())
        report.notes += report.audit.notes()
        if (key := audit_key(conn.engine)) is not None:
            report.problems += verify_checkpoints(conn, key)
        records = verify_records(conn, records_key(conn.engine))
        report.problems += records.problems
        report.notes += records.notes()
    if "attachment_blob" in tables:
        refs = server_attachment_refs(conn)
        report.attachments = len(refs)
        report.problems += attachment_problems(
            refs, check_blobs(conn.exec_driver_sql("SELECT sha256, content FROM attachment_blob")))
