"""Backups name their engine: a server database (PostgreSQL) is dumped with pg_dump into the same
verified bundle, a bundle of one engine is never restored into the other, and the password of a
server URL reaches pg_dump only through the child's environment."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import zipfile
from pathlib import Path

import pytest

from workstation.db import server_dump
from workstation.db.backup import BackupCancelled
from workstation.services.backup import BackupInvalid, backup, restore, run_automatic
from workstation.services.backup import server as server_backup
from workstation.services.backup.rotation import default_backups_dir

URL = "postgresql+psycopg://clerk:s3cret%2Fpw@db.example:5433/district?sslmode=require"


@pytest.mark.sqlite_only("backs up and restores a SQLite file")
def test_a_backup_of_a_database_file_records_its_engine(district, actor, tmp_path):
    made = backup(district.location, tmp_path / "b.wsbackup", actor=actor)
    with zipfile.ZipFile(made.path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["engine"] == "sqlite" and made.manifest.engine == "sqlite"


@pytest.mark.sqlite_only("backs up and restores a SQLite file")
def test_a_server_backup_is_refused_by_a_database_file_and_nothing_changes(district, actor, tmp_path):
    dump = b"PGDMP not restorable here"
    manifest = {"format": "workstation-backup", "format_version": 1, "app_version": "1", "engine": "postgresql",
                "schema_revision": district.revision, "created_at": "2026-12-04T09:00:00+08:00",
                "source": "postgresql+psycopg://clerk@db.example/district", "database": "database.pgdump",
                "tables": {"nursery": 3}, "damaged_attachments": [],
                "members": {"database.pgdump": {"sha256": hashlib.sha256(dump).hexdigest(), "size": len(dump)}}}
    bundle = tmp_path / "server.wsbackup"
    with zipfile.ZipFile(bundle, "w") as archive:
        archive.writestr("database.pgdump", dump)
        archive.writestr("manifest.json", json.dumps(manifest))
    district.close()
    before = sorted((p.name, hashlib.sha256(p.read_bytes()).hexdigest()) for p in tmp_path.iterdir())
    with pytest.raises(BackupInvalid) as caught:
        restore(bundle, district.location, actor=actor)
    assert caught.value.message == ("这是服务器数据库（PostgreSQL）的备份，不能恢复到本机数据库文件（SQLite）；未作任何改动。"
                                    "请在连接该服务器数据库时恢复。")
    assert sorted((p.name, hashlib.sha256(p.read_bytes()).hexdigest()) for p in tmp_path.iterdir()) == before


def test_pg_dump_gets_the_password_in_its_environment_never_on_its_command_line(monkeypatch, tmp_path):
    seen = {}

    class Child:
        returncode = 0

        def __init__(self, argv, env, **_kwargs):
            seen.update(argv=argv, env=env)

        def communicate(self, timeout=None):
            return "", ""

    monkeypatch.setenv("PGPASSWORD", "the parent's own")
    monkeypatch.setattr(server_dump, "tool", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(server_dump.subprocess, "Popen", Child)
    server_dump.dump(URL, tmp_path / "d.pgdump")
    assert seen["argv"] == ["/usr/bin/pg_dump", "--format=custom", "--no-password", f"--file={tmp_path / 'd.pgdump'}"]
    assert not any("s3cret" in arg or "clerk" in arg for arg in seen["argv"])
    env = seen["env"]
    assert (env["PGPASSWORD"], env["PGUSER"], env["PGHOST"], env["PGPORT"], env["PGDATABASE"], env["PGSSLMODE"]) == (
        "s3cret/pw", "clerk", "db.example", "5433", "district", "require")
    server_dump.restore(URL, tmp_path / "d.pgdump")
    assert seen["argv"][1:] == ["--clean", "--if-exists", "--single-transaction", "--no-owner", "--no-password",
                                "--dbname=district", str(tmp_path / "d.pgdump")]
    assert seen["env"]["PGPASSWORD"] == "s3cret/pw"


def test_without_a_password_in_the_url_the_child_connects_as_the_program_does(monkeypatch, tmp_path):
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    monkeypatch.setenv("PGOPTIONS", "-c search_path=elsewhere")  # not ours to pass on
    env = server_dump.child_env("postgresql+psycopg://clerk@db.example/district")
    assert "PGPASSWORD" not in env and "PGOPTIONS" not in env and env["PGPASSFILE"] == str(tmp_path / "pgpass")
    monkeypatch.setenv("PGPASSWORD", "typed at the start")  # ui/common/server_password
    assert server_dump.child_env("postgresql+psycopg://clerk@db.example/district")["PGPASSWORD"] == "typed at the start"


def test_automatic_backups_of_a_server_go_to_a_folder_not_named_after_the_url(monkeypatch, tmp_path):
    folder = default_backups_dir(URL)
    assert "s3cret" not in str(folder) and "clerk" not in str(folder) and folder.name.startswith("district-")


def test_the_automatic_backup_at_start_skips_a_server_without_pg_dump_and_says_why(monkeypatch, actor, tmp_path,
                                                                                     caplog):
    monkeypatch.setattr(server_dump.shutil, "which", lambda _name: None)
    with caplog.at_level(logging.WARNING):
        assert run_automatic(URL, tmp_path / "auto", actor=actor) is None
    assert "未做自动备份：服务器数据库需要 PostgreSQL 客户端程序 pg_dump，本机未安装。" in caplog.text
    assert "s3cret" not in caplog.text


def _slow_pg_dump(tmp_path, seconds: int) -> Path:
    """A stand-in pg_dump that writes its pid, then works for `seconds` (a big district's dump)."""
    script = tmp_path / "pg_dump"
    script.write_text(f"#!/bin/sh\necho $$ > {tmp_path / 'pid'}\nexec sleep {seconds}\n")
    script.chmod(0o700)
    return script


def test_a_running_pg_dump_reports_progress_while_it_works_and_stops_at_a_cancel(monkeypatch, tmp_path):
    """The exit backup of a server ran pg_dump to its end with nothing reported: the progress dialog
    stayed blank (a black screen for 30–60 s at 100k) and its cancel did nothing."""
    monkeypatch.setattr(server_dump, "tool", lambda _name: str(_slow_pg_dump(tmp_path, 60)))
    reports: list[float] = []

    def tick(elapsed: float) -> None:
        reports.append(elapsed)
        if len(reports) == 3:
            raise BackupCancelled("备份已取消，未生成备份文件。")

    with pytest.raises(BackupCancelled):
        server_dump.dump(URL, tmp_path / "d.pgdump", tick=tick)
    assert len(reports) == 3 and reports == sorted(reports)
    pid = int((tmp_path / "pid").read_text())
    with pytest.raises(ProcessLookupError):  # stopped and reaped, not left working on the server
        os.kill(pid, 0)


def test_the_server_backup_moves_its_bar_during_the_dump_in_steps_the_dialog_shows():
    seen: list[tuple[int, int]] = []
    tick = server_backup._dumping(lambda done, total: seen.append((done, total)), lambda: False)
    for elapsed in (0.1, 0.2, 0.3, 5, 60, 600, 6000):
        tick(elapsed)
    values = [done for done, _ in seen]
    assert len({total for _, total in seen}) == 1 and values == sorted(values)
    assert len(set(values)) == len(values)  # each report changes the bar: a modal dialog repaints only on a change
    assert values[-1] < 0.6 * seen[0][1]  # the dump is at most the first 60% of the backup
    cancelled = server_backup._dumping(None, lambda: True)
    with pytest.raises(BackupCancelled):
        cancelled(1.0)


def test_the_command_line_shows_a_server_backup_s_fine_progress_as_percent_once_each(capsys):
    from workstation.cli import _stderr_progress

    report = _stderr_progress("备份（%）")
    for done, total in ((245_000, 1_000_000), (245_900, 1_000_000), (251_000, 1_000_000), (60, 100), (100, 100)):
        report(done, total)
    assert capsys.readouterr().err == "备份（%）：24/100\r备份（%）：25/100\r备份（%）：60/100\r备份（%）：100/100\n"
