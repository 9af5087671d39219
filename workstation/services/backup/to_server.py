"""`workstation migrate-to-postgres`: a district's SQLite database copied into an empty server
database, then checked: the same rows in every table and an audit chain that still verifies."""

from __future__ import annotations

from dataclasses import dataclass

from workstation.db.copy_to_server import copy_tables, count_rows, refuse_unless_empty, settle_after_copy
from workstation.db.engine import make_engine
from workstation.db.migrate import ensure_schema
from workstation.db.server_dump import is_server, safe_location
from workstation.db.session import Database
from workstation.domain.errors import StorageError, ValidationError
from workstation.domain.permissions import Action
from workstation.services.audit import check_server
from workstation.services.backup import trail
from workstation.services.common.context import Actor
from workstation.services.common.uow import require


@dataclass(frozen=True)
class ServerMigration:
    target: str  # the server URL without its password
    rows: dict[str, int]
    audit_rows: int

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def migrate_to_server(source: Database, target_url: str, *, actor: Actor, progress=None) -> ServerMigration:
    """Copy the open SQLite database `source` into the empty server database at `target_url`."""
    require(actor, Action.RESTORE)
    if not is_server(target_url):
        raise ValidationError("--to 应为服务器数据库的地址，例如 postgresql+psycopg://用户名@主机/数据库名"
                              "（密码放在 ~/.pgpass 中，不要写在命令行上）。", "to")
    where = safe_location(target_url)
    target = make_engine(target_url)
    try:
        refuse_unless_empty(target)
        ensure_schema(target)
        copied = copy_tables(source.engine, target, progress)
        found = count_rows(target)
        settle_after_copy(target)
    finally:
        target.dispose()
    differ = [f"{name}（本机 {rows} 行，服务器 {found.get(name)} 行）" for name, rows in copied.rows.items()
              if found.get(name) != rows]
    if differ:
        raise StorageError(f"迁移后行数不一致：{'；'.join(differ[:5])}。请删除服务器上的数据库“{where}”后重试；"
                           "本机数据库未作任何改动。")
    report = check_server(target_url)
    if not report.ok:
        raise StorageError(f"迁移后检查服务器数据库未通过：{'；'.join(report.problems[:3])}。请删除该数据库后重试；"
                           "本机数据库未作任何改动。")
    trail.record(target_url, actor, "migrate_to_server",  # type: ignore[arg-type]
                 {"source": source.location, "rows": sum(copied.rows.values())})
    return ServerMigration(where, copied.rows, report.audit.rows if report.audit else 0)
