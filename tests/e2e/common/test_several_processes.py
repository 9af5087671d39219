"""Several processes on one database are normal: two desks (the GUI's database layer, each in its
own process, kept open like the window keeps it) and command-line runs beside them. No process may
take another's -wal/-shm, no save may be reported as a corrupt database, and nothing saved is lost.
"""

from __future__ import annotations

import csv
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from cli_support import add_accounts, cli

from workstation.db.session import open_database
from workstation.demo import DemoService
from workstation.domain.codes import make_uscc
from workstation.services.common.context import Actor
from workstation.services.registry.intake import IntakeService

pytestmark = pytest.mark.slow

# One desk: the database opened as the workstation opens it (the start-up reader, then the ORM),
# held open between saves; each line on stdin is one save of the desk's nursery.
DESK = textwrap.dedent("""
    import dataclasses, sys
    from workstation.db.readers import quick_reader
    from workstation.db.session import open_database
    from workstation.domain.errors import DomainError
    from workstation.services.common.context import Actor
    from workstation.services.registry.intake import IntakeService
    reader = quick_reader(sys.argv[1])
    db = open_database(sys.argv[1])
    service, nursery = IntakeService(db.factory, Actor(username=sys.argv[3])), int(sys.argv[2])
    print("ready", flush=True)
    for line in sys.stdin:
        try:
            record = service.get(nursery)
            draft = dataclasses.replace(record.draft, address=f"{record.draft.address.split('#')[0]}#{line.strip()}")
            record = service.update(nursery, record.version, draft, overrides=record.overrides)
            print("saved", record.draft.address, flush=True)
        except DomainError as exc:
            print("error", exc.message, flush=True)
    db.close()
    if reader is not None:
        reader.close()
""")
ACTOR = Actor(username="tester")


class Desk:
    def __init__(self, script: Path, db: Path, nursery: int, user: str, home: Path) -> None:
        env = dict(os.environ, XDG_DATA_HOME=str(home / "data"), XDG_STATE_HOME=str(home / "state"))
        self.process = subprocess.Popen([sys.executable, str(script), str(db), str(nursery), user],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
        assert self.process.stdout.readline().strip() == "ready"
        self.saves = 0

    def save(self) -> str:
        self.saves += 1
        self.process.stdin.write(f"{self.saves}\n")
        self.process.stdin.flush()
        return self.process.stdout.readline().strip()

    def close(self) -> None:
        self.process.stdin.close()
        assert self.process.wait(timeout=60) == 0


def _editable(db, count: int) -> list[int]:
    service = IntakeService(db.factory, ACTOR)
    found = []
    for nursery_id in range(1, 80):
        record = service.get(nursery_id)
        try:
            service.update(nursery_id, record.version, record.draft, overrides=record.overrides)
        except Exception:
            continue
        found.append(nursery_id)
        if len(found) == count:
            return found
    raise AssertionError("no editable nurseries in the demo")


def _push(path: Path, n: int) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["名称", "统一社会信用代码", "成立日期", "住所"])
        for i in range(1, n + 1):
            writer.writerow([f"第{i}推送托育有限公司", make_uscc("91", "500107", f"MB{i:07d}"), "2024-03-05",
                             f"杨家坪街道推送{i}号"])
    return path


def test_two_desks_and_the_command_line_share_one_database(tmp_path):
    path = tmp_path / "office.db"
    db = open_database(path)
    DemoService(db.factory, ACTOR).generate(60, seed=11)
    first, second = _editable(db, 2)
    db.close()
    add_accounts(path)
    script = tmp_path / "desk.py"
    script.write_text(DESK, encoding="utf-8")
    push = _push(tmp_path / "push.csv", 25)
    desks = [Desk(script, path, first, "clerk1", tmp_path), Desk(script, path, second, "clerk2", tmp_path)]
    try:
        outcomes = [desk.save() for desk in desks]
        runs = (("import", "registrations", str(push), "--dry-run"),
                ("import", "registrations", str(push)),
                ("export", "nurseries", "--format", "xlsx", "--out", str(tmp_path / "名册.xlsx")),
                ("backup", "--out", str(tmp_path)),
                ("check",))
        for args in runs:
            user = {"import": "clerk", "export": "manager", "backup": "admin"}.get(args[0])
            result = cli("--db", str(path), *args, env_home=tmp_path, user=user)
            assert result.returncode == 0, (args, result.stderr)
            outcomes += [desk.save() for desk in desks]  # each desk saves after every command
        assert all(outcome.startswith("saved") for outcome in outcomes), outcomes
    finally:
        for desk in desks:
            desk.close()
    assert cli("--db", str(path), "check", env_home=tmp_path).returncode == 0
    conn = sqlite3.connect(path)
    try:
        addresses = dict(conn.execute("SELECT id, address FROM nursery WHERE id IN (?, ?)", (first, second)))
        imported = conn.execute("SELECT count(*) FROM inbox_item WHERE name LIKE '%推送托育有限公司'").fetchone()[0]
    finally:
        conn.close()
    # every save of both desks is there, the last one last; the import's rows wait in the inbox
    assert [addresses[first].split("#")[-1], addresses[second].split("#")[-1]] == ["6", "6"]
    assert imported == 25
    assert list(tmp_path.glob("*.wsbackup"))
