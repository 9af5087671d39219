"""`workstation backup` and `workstation restore` as an administrator runs them: exit codes 0/1/2,
messages naming what failed, progress on stderr, never a traceback."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import zipfile
from pathlib import Path

import pytest
from attachment_support import lose, put, stored
from cli_support import add_accounts
from cli_support import cli as run_cli

from workstation.db.session import open_database
from workstation.demo import DemoService
from workstation.services.audit.checks import check_database
from workstation.services.backup.service import backup
from workstation.services.common.context import Actor


def cli(*args: str, env_home: Path, user: str | None = "admin") -> subprocess.CompletedProcess[str]:
    """The command signed in as `user` (`check` runs without an account)."""
    return run_cli(*args, env_home=env_home, user=None if "check" in args else user)


# A sign-in writes these (a login row, the last login time), a backup and a restore their audit rows;
# the data a restore replaces is the rest.
SIGN_IN_TABLES = ("audit_log", "audit_head", "user_account")


def dump(path: Path, skip: tuple[str, ...] = ()) -> dict[str, list]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables
                if t not in skip}
    finally:
        conn.close()


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """A demo database with 200 nurseries and two attachments, and a backup of it (made in-process)."""
    path = tmp_path_factory.mktemp("template") / "w.db"
    db = open_database(path)
    DemoService(db.factory, Actor(username="tester")).generate(200, seed=2)
    db.close()
    add_accounts(path)
    put(path, b"\xff\xd8 photo" * 3000)
    put(path, "备案材料".encode() * 500)
    backup(path, path.with_name("made.wsbackup"), actor=Actor(username="tester"))
    return path


@pytest.fixture
def db(template, tmp_path) -> Path:
    path = tmp_path / "w.db"
    shutil.copyfile(template, path)
    return path


@pytest.fixture
def made(template, tmp_path) -> Path:
    return Path(shutil.copyfile(template.with_name("made.wsbackup"), tmp_path / "b.wsbackup"))


def test_backup_delete_restore_round_trip(db, tmp_path):
    files = stored(db)
    out = tmp_path / "usb" / "w.wsbackup"
    out.parent.mkdir()
    made = cli("--db", str(db), "backup", "--out", str(out), env_home=tmp_path)
    assert made.returncode == 0, made.stderr
    before = dump(db, SIGN_IN_TABLES)
    assert str(out) in made.stdout and "附件 2 个" in made.stdout
    assert "备份（%）：100/100" in made.stderr
    db.unlink()

    restored = cli("--db", str(db), "restore", str(out), env_home=tmp_path)

    assert restored.returncode == 0, restored.stderr
    assert "已从备份恢复" in restored.stdout and "另存为" not in restored.stdout
    assert dump(db, SIGN_IN_TABLES) == before
    assert stored(db) == files and len(files) == 2
    assert check_database(db).ok


def test_restore_over_a_database_names_where_the_old_one_went(db, made, tmp_path):
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE nursery SET address = address || '（恢复前）'")
    conn.close()
    before = dump(db, SIGN_IN_TABLES)
    result = cli("--db", str(db), "restore", str(made), env_home=tmp_path)
    assert result.returncode == 0, result.stderr
    aside = next(db.parent.glob("w.db.replaced-*[0-9]"))
    assert f"原数据库已另存为：{aside}" in result.stdout
    assert dump(aside, SIGN_IN_TABLES) == before != dump(db, SIGN_IN_TABLES)


def test_check_and_backup_exit_1_naming_a_record_whose_attachment_is_gone(db, tmp_path):
    gone = put(db, b"scan that will be deleted" * 100)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE fee_publicity SET evidence_sha256=?, evidence_name='公示照片.jpg' "
                     "WHERE id=(SELECT min(id) FROM fee_publicity)", (gone,))
    conn.close()
    assert cli("--db", str(db), "check", env_home=tmp_path).returncode == 0
    lose(db, gone)
    checked = cli("--db", str(db), "check", env_home=tmp_path)
    assert checked.returncode == 1, checked.stderr
    assert "收费公示凭证“公示照片.jpg”" in checked.stdout and f"附件 {gone[:12]}… 不在数据库中" in checked.stdout
    made = cli("--db", str(db), "backup", "--out", str(tmp_path / "b.wsbackup"), env_home=tmp_path)
    assert made.returncode == 1 and (tmp_path / "b.wsbackup").is_file()
    assert "警告：收费公示凭证“公示照片.jpg”" in made.stderr and "备份中没有这个附件" in made.stderr


def test_backup_into_a_folder_picks_a_dated_name(db, tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    result = cli("--db", str(db), "backup", "--out", str(folder), env_home=tmp_path)
    assert result.returncode == 0, result.stderr
    [made] = folder.iterdir()
    assert made.name.startswith("w-备份-") and made.suffix == ".wsbackup"
    verified = cli("--db", str(db), "restore", str(made), "--verify-only", env_home=tmp_path)
    assert verified.returncode == 0 and "校验通过" in verified.stdout


def test_tampered_backup_exit_1_names_the_member_and_changes_nothing(db, made, tmp_path):
    out = made
    with zipfile.ZipFile(out) as archive:
        members = {n: archive.read(n) for n in archive.namelist()}
    photo = "database.sqlite"  # the attachments are inside it
    members[photo] = members[photo][:-1] + b"!"
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    before = dump(db, SIGN_IN_TABLES)
    result = cli("--db", str(db), "restore", str(out), env_home=tmp_path)
    assert result.returncode == 1
    assert photo in result.stderr and "校验失败" in result.stderr and "Traceback" not in result.stderr
    assert dump(db, SIGN_IN_TABLES) == before and not list(tmp_path.glob("*.replaced-*"))


def test_truncated_backup_exit_1(db, made, tmp_path):
    made.write_bytes(made.read_bytes()[:5000])
    result = cli("--db", str(db), "restore", str(made), env_home=tmp_path)
    assert result.returncode == 1 and "不是工作站备份文件" in result.stderr


@pytest.mark.parametrize("args, message", [
    (("restore", "{tmp}/nope.wsbackup"), "找不到备份文件"),
    (("backup", "--out", "{tmp}/no-such-usb/b.wsbackup"), "不存在"),
    (("backup",), "参数错误"),
])
def test_usage_and_storage_errors_exit_2(db, tmp_path, args, message):
    result = cli("--db", str(db), *(a.format(tmp=tmp_path) for a in args), env_home=tmp_path)
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr


def test_backup_of_a_missing_database_does_not_create_one(tmp_path):
    missing = tmp_path / "missing.db"
    result = cli("--db", str(missing), "backup", "--out", str(tmp_path / "b.wsbackup"), env_home=tmp_path)
    assert result.returncode == 2 and "不存在" in result.stderr
    assert not missing.exists()


def test_a_clerk_may_not_take_a_backup_nor_a_manager_restore(db, made, tmp_path):
    taken = cli("--db", str(db), "backup", "--out", str(tmp_path / "c.wsbackup"), env_home=tmp_path, user="clerk")
    assert taken.returncode == 2 and "无权备份数据" in taken.stderr
    assert not (tmp_path / "c.wsbackup").exists()
    before = dump(db, SIGN_IN_TABLES)
    restored = cli("--db", str(db), "restore", str(made), env_home=tmp_path, user="manager")
    assert restored.returncode == 2 and "无权恢复数据" in restored.stderr
    assert dump(db, SIGN_IN_TABLES) == before and not list(tmp_path.glob("*.replaced-*"))
