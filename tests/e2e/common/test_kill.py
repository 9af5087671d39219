"""Tests of failure: SIGKILL a child process at random moments during an import, a backup and a loop
of edits, then reopen. Integrity holds, the import is all or nothing, no partial backup survives a
cleanup, and every edit whose commit was reported survives.

The kill schedule is random but reproducible: delays drawn by random.Random(SEED), counted from a
point in the child's own output (so kills land in the interesting window on a fast or slow machine).
"""

from __future__ import annotations

import csv
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

import pytest
from attachment_support import put
from cli_support import PASSWORD, add_accounts

from workstation.db.backup_files import clean_stale_partials, partials
from workstation.db.session import open_database
from workstation.db.sqlite_file import integrity_problems
from workstation.demo import DemoService
from workstation.domain.codes import make_uscc
from workstation.services.backup.service import verify
from workstation.services.common.context import Actor
from workstation.services.district.service import DistrictService
from workstation.services.registry.intake import IntakeService

pytestmark = pytest.mark.slow
SEED = 20261123
IMPORT_ROWS = 2000
ACTOR = Actor(username="tester")
T = TypeVar("T")
POSIX_ONLY = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")


def spawn(*args: str, home: Path, user: str | None = None) -> subprocess.Popen[bytes]:
    """`python ARGS`; with `user`, signed in as that account (`--password-stdin`, the password written at once)."""
    env = dict(os.environ, XDG_DATA_HOME=str(home / "data"), XDG_STATE_HOME=str(home / "state"))
    signed = ["--user", user, "--password-stdin"] if user else []
    proc = subprocess.Popen([sys.executable, *args, *signed], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, stdin=subprocess.PIPE, env=env)
    proc.stdin.write(f"{PASSWORD}\n".encode() if user else b"")
    proc.stdin.close()
    return proc


def read_until(stream, marker: bytes) -> bytes:
    """Read the child's output up to `marker` (or its end); returns what was read."""
    seen = b""
    while marker not in seen:
        chunk = os.read(stream.fileno(), 4096)
        if not chunk:
            break
        seen += chunk
    return seen


def kill_after(proc: subprocess.Popen[bytes], delay: float) -> bool:
    """SIGKILL the child `delay` seconds from now unless it ends first; True when it was killed."""
    try:
        proc.wait(timeout=delay)
        return False
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        return True


def fresh_copy(template: Path, folder: Path) -> Path:
    folder.mkdir()
    path = folder / template.name
    shutil.copyfile(template, path)
    return path


@pytest.fixture(scope="module")
def district_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("district") / "w.db"
    db = open_database(path)
    DistrictService(db.factory, ACTOR).initialize("500107", "九龙坡区", [("500107001", "杨家坪街道")])
    db.close()
    add_accounts(path)
    return path


@pytest.fixture(scope="module")
def push(tmp_path_factory) -> tuple[Path, list[str]]:
    path = tmp_path_factory.mktemp("push") / "push.csv"
    codes = [make_uscc("91", "500107", f"MK{i:07d}") for i in range(1, IMPORT_ROWS + 1)]
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["名称", "统一社会信用代码", "成立日期", "住所"])
        writer.writerows([f"第{i}托育有限公司", code, "2024-03-05", f"杨家坪街道{i}号"] for i, code in enumerate(codes))
    return path, codes


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> tuple[Path, int]:
    """A demo database of 1,500 nurseries with attachments, and the id of a nursery that accepts edits."""
    path = tmp_path_factory.mktemp("demo") / "w.db"
    db = open_database(path)
    DemoService(db.factory, ACTOR).generate(1500, seed=5)
    editable = next(i for i in range(1, 50) if _accepts_edit(db, i))
    db.close()
    add_accounts(path)
    rng = random.Random(SEED)
    for _ in range(20):
        put(path, rng.randbytes(100_000))
    return path, editable


def _accepts_edit(db, nursery_id: int) -> bool:
    service = IntakeService(db.factory, ACTOR)
    record = service.get(nursery_id)
    try:
        service.check(record.draft, nursery_id)
        service.update(nursery_id, record.version, record.draft, overrides=record.overrides)
        return True
    except Exception:
        return False


def _imported(path: Path, codes: list[str]) -> tuple[int, int]:
    conn = sqlite3.connect(path)
    try:
        marks = ",".join("?" * len(codes))
        # The import receives the file into the registration inbox: its rows and its batch, or nothing.
        rows = conn.execute(f"SELECT count(*) FROM inbox_item WHERE uscc IN ({marks})", codes).fetchone()[0]
        return rows, conn.execute("SELECT count(*) FROM inbox_batch").fetchone()[0]
    finally:
        conn.close()


def run_kills(count: int, seed: int, one: Callable[[int, random.Random], T]) -> list[T]:
    """Run `count` kill rounds, three at a time (a child's time is mostly its own start-up)."""
    rngs = [random.Random(f"{seed}:{n}") for n in range(count)]
    with ThreadPoolExecutor(max_workers=3) as pool:
        return list(pool.map(one, range(count), rngs))


@POSIX_ONLY
def test_killed_import_is_all_or_nothing(district_db, push, tmp_path):
    file, codes = push
    anchor = f"{IMPORT_ROWS}/{IMPORT_ROWS}".encode()  # the last progress report before the write phase

    def start(n: int) -> tuple[Path, subprocess.Popen[bytes]]:
        db = fresh_copy(district_db, tmp_path / f"import{n}")
        proc = spawn("-m", "workstation", "--db", str(db), "import", "registrations", str(file), home=tmp_path,
                     user="clerk")
        read_until(proc.stderr, anchor)
        return db, proc

    # Scale the kill schedule to this machine: one uninterrupted run measures anchor -> exit.
    db, proc = start(99)
    began = time.monotonic()
    proc.wait()
    write_phase = time.monotonic() - began
    assert _imported(db, codes) == (IMPORT_ROWS, 1)

    def one(n: int, rng: random.Random) -> int:
        db, proc = start(n)
        killed = kill_after(proc, rng.uniform(0.02, 1.2 * write_phase))
        assert integrity_problems(db) == [], f"kill {n}"
        rows, batches = _imported(db, codes)
        assert (rows, batches) in ((0, 0), (IMPORT_ROWS, 1)), f"kill {n}: {rows} rows, {batches} batches"
        assert killed or rows == IMPORT_ROWS
        return rows

    outcomes = run_kills(7, SEED, one)
    print(f"imports present after kill: {sum(1 for r in outcomes if r)}/{len(outcomes)} "
          f"(write phase {write_phase:.2f} s)")


@POSIX_ONLY
def test_killed_backup_leaves_only_complete_backups(demo_db, tmp_path):
    template, _ = demo_db

    def one(n: int, rng: random.Random) -> bool:
        db = fresh_copy(template, tmp_path / f"backup{n}")
        out = tmp_path / f"usb{n}"
        out.mkdir()
        proc = spawn("-m", "workstation", "--db", str(db), "backup", "--out", str(out / "b.wsbackup"), home=tmp_path,
                     user="admin")
        read_until(proc.stderr, rng.choice([b"1/100", b"45/100"]))  # copying, or zipping
        killed = kill_after(proc, rng.uniform(0.02, 0.4))
        for entry in out.iterdir():  # the final name only ever holds a complete backup
            assert entry.name == "b.wsbackup" or entry in partials(out), entry
        if (out / "b.wsbackup").exists():
            verify(out / "b.wsbackup", db)
        clean_stale_partials(out)
        clean_stale_partials(db.parent)
        assert partials(out) == [] and partials(db.parent) == []
        assert integrity_problems(db) == []
        return killed

    killed = run_kills(6, SEED + 1, one)
    print(f"backups killed before completion: {sum(killed)}/{len(killed)}")


EDIT_LOOP = textwrap.dedent("""
    import dataclasses, sys
    from workstation.db.session import open_database
    from workstation.services.common.context import Actor
    from workstation.services.registry.intake import IntakeService
    db = open_database(sys.argv[1])
    service, nursery = IntakeService(db.factory, Actor(username="editor")), int(sys.argv[2])
    record = service.get(nursery)
    print("start", record.version, 0, flush=True)
    for edit in range(1, 10**6):
        draft = dataclasses.replace(record.draft, address=f"{record.draft.address.split('#')[0]}#{edit}")
        record = service.update(nursery, record.version, draft, overrides=record.overrides)
        print("saved", record.version, edit, flush=True)
""")


@POSIX_ONLY
def test_every_reported_edit_survives_a_kill(demo_db, tmp_path):
    template, nursery = demo_db
    script = tmp_path / "edit_loop.py"
    script.write_text(EDIT_LOOP, encoding="utf-8")

    def one(n: int, rng: random.Random) -> int:
        db = fresh_copy(template, tmp_path / f"edit{n}")
        proc = spawn(str(script), str(db), str(nursery), home=tmp_path)
        seen = read_until(proc.stdout, b"start")
        assert kill_after(proc, rng.uniform(0.02, 0.4)), proc.stderr.read().decode()
        lines = [line.split() for line in (seen + proc.stdout.read()).decode().splitlines(keepends=True)
                 if line.endswith("\n")]  # a line cut by the kill does not count as reported
        version, edit = int(lines[-1][1]), int(lines[-1][2])  # the last commit the child reported
        assert integrity_problems(db) == []
        database = open_database(db)
        record = IntakeService(database.factory, ACTOR).get(nursery)
        database.close()
        found = int(record.draft.address.split("#")[1]) if "#" in record.draft.address else 0
        assert found in (edit, edit + 1), f"kill {n}: edit {edit} was reported, the database has edit {found}"
        assert record.version >= version
        return edit

    saved = run_kills(7, SEED + 2, one)
    print(f"edits reported before the kills: {saved}")
