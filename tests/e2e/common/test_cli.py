"""The headless CLI as a user runs it: exit codes and messages, never a traceback."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest
from cli_support import add_accounts, cli, new_district

from workstation import __version__
from workstation.db.migrate import HEAD


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_version(tmp_path):
    result = cli("--version", env_home=tmp_path)
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_init_then_check(tmp_path):
    db = tmp_path / "d.db"
    result = new_district(db, tmp_path, "500107001:杨家坪街道")
    assert result.returncode == 0, result.stderr
    assert "九龙坡区" in result.stdout
    check = cli("--db", str(db), "check", env_home=tmp_path)
    assert check.returncode == 0, check.stdout
    assert HEAD in check.stdout


def test_init_with_bad_code_fails_cleanly(tmp_path):
    add_accounts(tmp_path / "d.db")
    result = cli("--db", str(tmp_path / "d.db"), "init", "--division-code", "5001", "--name", "x", env_home=tmp_path,
                 user="admin")
    assert result.returncode == 2
    assert "行政区划代码" in result.stderr
    assert "Traceback" not in result.stderr


def test_init_twice_is_refused(tmp_path):
    args = ("--db", str(tmp_path / "d.db"), "init", "--division-code", "500107", "--name", "九龙坡区")
    assert new_district(tmp_path / "d.db", tmp_path).returncode == 0
    again = cli(*args, env_home=tmp_path, user="admin")
    assert again.returncode == 2
    assert "已设置辖区" in again.stderr


def test_bad_arguments_exit_2_with_message(tmp_path):
    result = cli("demo", "--nurseries", "-3", env_home=tmp_path)
    assert result.returncode == 2
    assert "参数错误" in result.stderr


def test_demo_then_check(tmp_path):
    db = tmp_path / "demo.db"
    result = cli("--db", str(db), "demo", "--nurseries", "1000", "--seed", "1", env_home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "1000" in result.stdout
    check = cli("--db", str(db), "check", env_home=tmp_path)
    assert check.returncode == 0, check.stdout + check.stderr


@pytest.mark.parametrize("cut", [0.5, 0.25])
def test_check_on_truncated_file_fails_and_leaves_it(tmp_path, cut):
    db = tmp_path / "d.db"
    assert new_district(db, tmp_path).returncode == 0
    data = db.read_bytes()
    db.write_bytes(data[: int(len(data) * cut)])
    before = _sha(db)
    result = cli("--db", str(db), "check", env_home=tmp_path)
    assert result.returncode == 1
    assert "截断" in result.stdout or "损坏" in result.stdout
    assert _sha(db) == before


def test_check_on_non_sqlite_file(tmp_path):
    db = tmp_path / "notes.db"
    db.write_text("这不是数据库\n" * 100, encoding="utf-8")
    before = _sha(db)
    result = cli("--db", str(db), "check", env_home=tmp_path)
    assert result.returncode == 1
    assert "不是 SQLite" in result.stdout
    assert _sha(db) == before


def test_check_on_missing_file(tmp_path):
    result = cli("--db", str(tmp_path / "nope.db"), "check", env_home=tmp_path)
    assert result.returncode == 1
    assert not (tmp_path / "nope.db").exists()


def test_opening_non_sqlite_file_for_work_is_refused(tmp_path):
    db = tmp_path / "x.db"
    db.write_bytes(b"garbage" * 100)
    result = cli("--db", str(db), "init", "--division-code", "500107", "--name", "九龙坡区", env_home=tmp_path,
                 user="admin")
    assert result.returncode == 2
    assert "不是 SQLite" in result.stderr
    assert db.read_bytes() == b"garbage" * 100


def test_selfcheck(tmp_path):
    result = cli("selfcheck", env_home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert HEAD in result.stdout


def test_alembic_heads_matches_empty_and_demo_databases(tmp_path):
    repo = Path(__file__).resolve().parents[3]
    heads = subprocess.run([str(Path(sys.executable).with_name("alembic")), "heads"], cwd=repo,
                           capture_output=True, text=True, timeout=120)
    assert heads.returncode == 0, heads.stderr
    head = heads.stdout.split()[0]
    from workstation.db.sqlite_file import read_revision

    empty, demo = tmp_path / "empty.db", tmp_path / "demo.db"
    assert cli("--db", str(empty), "selfcheck", env_home=tmp_path).returncode == 0
    add_accounts(empty)
    assert cli("--db", str(empty), "init", "--division-code", "500107", "--name", "区", env_home=tmp_path,
               user="admin").returncode == 0
    assert cli("--db", str(demo), "demo", "--nurseries", "50", env_home=tmp_path).returncode == 0
    assert read_revision(empty) == read_revision(demo) == head
