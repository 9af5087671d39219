"""A typo in an output path never destroys the database: every command that writes a file refuses the
database, its side files, its attachments folder and the command's own input (exit 2, nothing changed)."""

from __future__ import annotations

import csv
import hashlib
import shutil
from pathlib import Path

import pytest
from cli_support import add_accounts, cli

REFUSED = "不能保存到"


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    home = tmp_path_factory.mktemp("output-paths")
    db = home / "c.db"
    done = cli("--db", str(db), "demo", "--nurseries", "12", "--seed", "3", env_home=home)
    assert done.returncode == 0, done.stderr
    add_accounts(db)
    return db


@pytest.fixture
def db(template, tmp_path) -> Path:
    """A copy of the demo database with an attachments folder holding one scan."""
    path = tmp_path / "work" / "c.db"
    path.parent.mkdir()
    shutil.copyfile(template, path)
    scan = path.with_name("c.db.files") / "ab" / ("cd" * 31)
    scan.parent.mkdir(parents=True)
    scan.write_bytes(b"scan")
    return path


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under `folder` (names relative to it) with its SHA-256."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def assert_refused(done, before: dict[str, str], folder: Path, says: str) -> None:
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert REFUSED in done.stderr and says in done.stderr, done.stderr
    assert snapshot(folder) == before  # the database byte for byte, and nothing written beside it


def refused_run(db: Path, *args: str, says: str, cwd: Path | None = None) -> None:
    before = snapshot(db.parent)
    user = {"import": "clerk", "backup": "admin"}.get(args[0], "manager")
    done = cli("--db", str(db) if cwd is None else db.name, *args, env_home=db.parent.parent, cwd=cwd, user=user)
    assert_refused(done, before, db.parent, says)


def test_export_over_the_database_is_refused(db):
    refused_run(db, "export", "nurseries", "--format", "xlsx", "--out", str(db), says="这是正在使用的数据库文件")


def test_the_reported_typo_with_relative_paths_is_refused(db):
    refused_run(db, "export", "nurseries", "--format", "xlsx", "--out", "c.db", cwd=db.parent,
                says="不能保存到“c.db”：这是正在使用的数据库文件。请换一个文件名。")


def test_export_over_the_write_ahead_log_is_refused(db):
    refused_run(db, "export", "nurseries", "--format", "xlsx", "--out", f"{db}-wal", says="附属文件（-wal）")


def test_export_into_the_attachments_folder_is_refused(db):
    refused_run(db, "export", "nurseries", "--out", str(db.with_name("c.db.files") / "ab" / "名册.xlsx"),
                says="附件文件夹")


@pytest.mark.parametrize("out", ["c.db", "c.db.files"])
def test_backup_over_the_database_or_into_its_attachments_is_refused(db, out):
    refused_run(db, "backup", "--out", str(db.with_name(out)), says="c.db")


def push_file(path: Path) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["名称", "统一社会信用代码", "成立日期", "住所"])
        writer.writerow(["错码托育有限公司", "91500107MA000000X", "2024-03-05", "杨家坪街道1号"])  # rejected
    return path


def test_import_report_over_the_database_is_refused_before_importing(db):
    push = push_file(db.with_name("push.csv"))
    refused_run(db, "import", "registrations", str(push), "--accept-valid", "--report", str(db),
                says="这是正在使用的数据库文件")


def test_import_report_over_its_own_input_is_refused(db):
    push = push_file(db.with_name("push.csv"))
    refused_run(db, "import", "registrations", str(push), "--report", str(push), says="这是本次要读取的文件")


@pytest.mark.parametrize(("suffix", "says"), [("", "这是正在使用的数据库文件"), ("-journal", "附属文件（-journal）")])
def test_calendar_export_over_the_database_is_refused(db, suffix, says):
    refused_run(db, "calendar", "export", "2026", "--out", f"{db}{suffix}", says=says)
