"""Kill loops over every step of a restore and of a migration: the child process is ended abruptly
(os._exit, as a kill) at its N-th crash point (WORKSTATION_CRASH_AT_STEP=N), for N = 1, 2, … until it
runs to the end. After each kill and a restart, the database and the attachments folder are one whole
state: the old one or the new one, never the old database with the new files or with none.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from alembic import command
from attachment_support import put, stored
from cli_support import PASSWORD, add_accounts

from workstation.db import crash_points, migrate
from workstation.db.attachment_folder import attachments_dir
from workstation.db.engine import make_engine
from workstation.db.restore_switch import journal_path, restore_pending
from workstation.db.session import open_database
from workstation.demo import DemoService
from workstation.services.audit.checks import check_database
from workstation.services.backup.service import backup
from workstation.services.common.context import Actor

pytestmark = pytest.mark.slow
ACTOR = Actor(username="tester")
MAX_STEPS = 40  # a loop that never reaches the end is a bug, not a long test
# A migration from the first revision has a step per revision besides the copy and the commit.
MIGRATION_STEPS = len(list((Path(__file__).resolve().parents[3] / "migrations" / "versions").glob("*.py"))) + 2
OPEN = "import sys; from workstation.db.session import open_database; open_database(sys.argv[1]).close()"


def child(*args: str, home: Path, crash_at: int | None, user: str | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, XDG_DATA_HOME=str(home / "data"), XDG_STATE_HOME=str(home / "state"))
    env.pop(crash_points.ENV, None)
    if crash_at is not None:
        env[crash_points.ENV] = str(crash_at)
    signed = ("--user", user, "--password-stdin") if user else ()
    return subprocess.run([sys.executable, *args, *signed], capture_output=True, text=True, env=env, timeout=120,
                          input=f"{PASSWORD}\n")


# The administrator's sign-in before a restore writes these (a login row, the last login time): they
# are no part of the state the restore switches, which the nurseries and the attachments show.
SIGN_IN_TABLES = ("audit_log", "audit_head", "user_account")


def crashed(run: subprocess.CompletedProcess[str]) -> bool:
    assert run.returncode in (0, crash_points.EXIT_CODE), run.stderr
    return run.returncode == crash_points.EXIT_CODE


def rows(path: Path, skip: tuple[str, ...] = ()) -> dict[str, list]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables
                if t not in skip}
    finally:
        conn.close()


def schema(path: Path) -> list[tuple]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY type, name").fetchall()
    finally:
        conn.close()


def districts(path: Path) -> list[tuple]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT division_code, name FROM district").fetchall()
    finally:
        conn.close()


def files(db: Path) -> set[str]:
    """The attachments stored in the database; before revision 20261204_0021, in the folder beside it."""
    with sqlite3.connect(db) as conn:
        has_table = conn.execute("SELECT 1 FROM sqlite_master WHERE name='attachment_blob'").fetchone()
    conn.close()
    if has_table:
        return set(stored(db))
    folder = attachments_dir(db)
    return {p.parent.name + p.name for p in folder.glob("??/*")} if folder.is_dir() else set()


def copy_state(source: Path, folder: Path) -> Path:
    folder.mkdir()
    path = folder / source.name
    shutil.copyfile(source, path)
    return path


def give_evidence(path: Path, contents: list[bytes]) -> None:
    """Store `contents` as attachments and name them as evidence of the first publicity records."""
    shas = [put(path, data) for data in contents]
    with sqlite3.connect(path) as conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM fee_publicity ORDER BY id LIMIT ?", (len(shas),))]
        assert len(ids) == len(shas)
        for id_, sha in zip(ids, shas, strict=True):
            conn.execute("UPDATE fee_publicity SET evidence_sha256=?, evidence_name=? WHERE id=?",
                         (sha, f"公示照片{id_}.jpg", id_))
    conn.close()


@pytest.fixture(scope="module")
def old_and_new(tmp_path_factory) -> tuple[Path, Path, Path]:
    """(old database, new database, backup of the new one): both with attachments their records name,
    one of them shared, the others their own."""
    folder = tmp_path_factory.mktemp("states")
    old = folder / "old" / "w.db"
    old.parent.mkdir()
    db = open_database(old)
    DemoService(db.factory, ACTOR).generate(12, seed=1)
    db.close()
    add_accounts(old)
    give_evidence(old, [b"shared scan" * 100, "旧的公示照片".encode() * 200])
    new = folder / "new" / "w.db"
    new.parent.mkdir(exist_ok=True)
    shutil.copyfile(old, new)
    with sqlite3.connect(new) as conn:  # the new state differs in its rows as well as its files
        conn.execute("UPDATE nursery SET address = address || '（恢复后）'")
    conn.close()
    give_evidence(new, [b"shared scan" * 100, "新的公示照片".encode() * 200, b"\x89PNG new" * 300])
    made = backup(new, folder / "new.wsbackup", actor=ACTOR).path
    assert files(old) != files(new) and files(old) & files(new)
    return old, new, made


def test_a_restore_killed_at_any_step_leaves_one_whole_state(old_and_new, tmp_path):
    old, new, made = old_and_new
    states = {"old": (rows(old, SIGN_IN_TABLES), files(old)), "new": (rows(new, SIGN_IN_TABLES), files(new))}

    def one(n: int) -> tuple[int, str, bool]:
        db = copy_state(old, tmp_path / f"restore{n}")
        run = child("-m", "workstation", "--db", str(db), "restore", str(made), home=tmp_path, crash_at=n,
                    user="admin")
        if not crashed(run):
            return n, "done", False
        # Restart, itself killed at its first step when it has one; then a restart that runs through.
        recovery_killed = crashed(child("-m", "workstation", "--db", str(db), "check", home=tmp_path, crash_at=1))
        if n % 2:
            open_database(db).close()
        else:
            report = check_database(db)
            assert report.ok, report.problems
        assert not restore_pending(db), n
        found = (rows(db, SIGN_IN_TABLES), files(db))
        whole = [name for name, state in states.items() if found == state]
        assert len(whole) == 1, f"kill at step {n}: the database and its attachments are not one whole state"
        assert check_database(db).ok
        return n, whole[0], recovery_killed

    outcomes: list[tuple[int, str, bool]] = []
    with ThreadPoolExecutor(max_workers=3) as pool:
        for start in range(1, MAX_STEPS, 3):
            batch = list(pool.map(one, range(start, start + 3)))
            outcomes += batch
            if any(state == "done" for _, state, _ in batch):
                break
    kills = [o for o in outcomes if o[1] != "done"]
    assert outcomes[len(kills)][1] == "done" and all(o[1] == "done" for o in outcomes[len(kills):])
    # Killed before the journal: the old state stays; after it: the new one is finished.
    assert [state for _, state, _ in kills] == ["old"] * 2 + ["new"] * (len(kills) - 2)
    assert sum(killed for *_, killed in kills) >= 4  # the finishing of a restore was killed as well
    print(f"restore: {len(kills)} kills, {sum(k for *_, k in kills)} kills of the finishing step")


def test_a_migration_killed_at_any_step_and_retried_keeps_one_whole_schema(tmp_path):
    db = tmp_path / "w.db"
    engine = make_engine(db)
    with engine.begin() as conn:
        config = migrate._alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, "20261123_0001")
        conn.exec_driver_sql("INSERT INTO district (division_code, name, resident_population, approval_natures,"
                             " uuid, created_at, created_by, updated_at, updated_by, version) VALUES ('500107',"
                             " '九龙坡区', 0, '[]', 'u-1', '2026-01-01', 'a', '2026-01-01', 'a', 1)")
    engine.dispose()
    old_scan = hashlib.sha256(b"scan before the upgrade").hexdigest()  # in the folder, as versions before 0021 kept it
    (attachments_dir(db) / old_scan[:2]).mkdir(parents=True)
    (attachments_dir(db) / old_scan[:2] / old_scan[2:]).write_bytes(b"scan before the upgrade")
    old_schema, old_rows, old_files = schema(db), rows(db), files(db)
    final = tmp_path / "final" / "w.db"
    final.parent.mkdir()
    shutil.copyfile(db, final)
    open_database(final).close()
    new_schema = schema(final)

    kills = 0
    for n in range(1, MIGRATION_STEPS + 2):  # each retry runs on what the kills before it left
        run = child("-c", OPEN, str(db), home=tmp_path, crash_at=n)
        found = schema(db)
        assert found in (old_schema, new_schema), f"kill at step {n}: half a schema"
        if found == old_schema:
            assert rows(db) == old_rows, f"kill at step {n}"
        assert districts(db) == [("500107", "九龙坡区")] and files(db) == old_files
        if not crashed(run):
            break
        kills += 1
    assert found == new_schema and kills >= 10  # the copy, every revision since the first, the commit
    assert [p.name for p in tmp_path.glob("w.db.before-*.bak")] == [f"w.db.before-20261123_0001-to-{migrate.HEAD}.bak"]
    assert check_database(db).ok
    print(f"migration: {kills} kills")


@pytest.mark.parametrize(("aside", "message"), [("../../elsewhere", "无法读取"), ("other.db", "另存位置不对")])
def test_a_tampered_journal_is_refused_not_followed(old_and_new, tmp_path, aside, message):
    old, _, _ = old_and_new
    db = copy_state(old, tmp_path / "db")
    journal_path(db).write_text(json.dumps({"aside": aside, "replaces": True}), encoding="utf-8")
    shutil.copyfile(db, db.with_name(db.name + ".restore-new"))
    report = check_database(db)
    assert not report.ok and message in report.problems[0] and "恢复记录“w.db.restore-pending”" in report.problems[0]
    assert rows(db) == rows(old) and files(db) == files(old)
