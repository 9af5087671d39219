"""Database checks: file integrity, schema revision; a self-check for installed bundles."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from ..db.schema_version import HEAD
from ..db.sqlite_file import integrity_problems, read_revision
from ..domain.errors import StorageError


@dataclass
class CheckReport:
    path: Path
    revision: str | None = None
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def lines(self) -> list[str]:
        if self.ok:
            return [f"数据库检查通过：{self.path}", f"完整性：正常；结构版本：{self.revision}（最新）"]
        return [f"数据库检查发现问题：{self.path}"] + [f"  - {p}" for p in self.problems]


def check_database(path: Path) -> CheckReport:
    """Check a database file without changing it: SQLite integrity and schema at head."""
    report = CheckReport(path)
    if not path.exists():
        report.problems.append("数据库文件不存在。")
        return report
    try:
        report.problems += integrity_problems(path)
        report.revision = read_revision(path)
    except StorageError as exc:
        report.problems.append(exc.message)
        return report
    except Exception as exc:  # sqlite3 errors on damaged files
        report.problems.append(f"无法读取数据库：{exc}")
        return report
    if report.revision is None:
        report.problems.append("没有结构版本记录：这不是本工作站的数据库，或尚未初始化。")
    elif report.revision != HEAD:
        report.problems.append(f"结构版本为 {report.revision}，本程序的最新版本为 {HEAD}。")
    return report


def self_check() -> list[str]:
    """Migrate a temporary database to head and check it (used to verify an installed bundle)."""
    from ..db.session import open_database

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "selfcheck.db"
        db = open_database(path)
        db.close()
        report = check_database(path)
        if not report.ok:
            raise StorageError("自检失败：" + "；".join(report.problems))
        return [f"自检通过：临时数据库已迁移到结构版本 {report.revision}。"]
