"""Across processes and on disk: concurrent writers keep one chain, stale edits are refused, tampering is found."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from cli_support import add_accounts, cli
from sqlalchemy import select

from workstation.db.orm.audit import AuditEntry
from workstation.db.session import open_database
from workstation.domain.enums import InstitutionKind, LegalNature
from workstation.domain.errors import ConflictError
from workstation.domain.nursery import NurseryDraft
from workstation.services.audit.checks import check_audit_file
from workstation.services.audit.service import record_event
from workstation.services.common.context import Actor
from workstation.services.common.uow import writing
from workstation.services.registry.intake import IntakeService

ROOT = Path(__file__).resolve().parents[3]
MARKER = "marker-7f3a-audit-byte"

# A worker process: opens the database, waits for "go" on stdin, then writes.
WRITER = textwrap.dedent("""
    import sys, time
    from workstation.db.orm import RuleSet
    from workstation.db.session import open_database
    from workstation.services.audit.service import record_event
    from workstation.services.common.context import Actor
    from workstation.services.common.uow import writing

    name, count = sys.argv[2], int(sys.argv[3])
    db = open_database(sys.argv[1])
    actor = Actor(name, name, "SYSTEM")
    print("ready", flush=True)
    sys.stdin.readline()
    for k in range(count):
        with writing(db.factory, actor) as session:
            session.add(RuleSet(name=f"{name}-{k}"))
        with writing(db.factory, actor) as session:
            record_event(session, actor, "export", "register", k, {"by": name})
        time.sleep(0.002)  # outside any transaction: gives the other writer a turn, so they interleave
    db.close()
""")

EDITOR = textwrap.dedent("""
    import dataclasses, datetime as dt, json, sys
    from workstation.domain.errors import ConflictError
    from workstation.db.session import open_database
    from workstation.services.common.context import Actor
    from workstation.services.registry.intake import IntakeService

    name, nursery_id = sys.argv[2], int(sys.argv[3])
    db = open_database(sys.argv[1])
    service = IntakeService(db.factory, Actor(name, name, "CLERK"), today=lambda: dt.date(2026, 11, 23))
    record = service.get(nursery_id)
    print("ready", flush=True)
    sys.stdin.readline()
    draft = dataclasses.replace(record.draft, address="由" + name + "修改")
    try:
        service.update(record.id, record.version, draft)
        print(json.dumps({"saved": name}), flush=True)
    except ConflictError as exc:
        print(json.dumps({"refused": exc.message}, ensure_ascii=False), flush=True)
    db.close()
""")


def run_together(script: str, path: Path, args: list[list[str]]) -> list[str]:
    """Start one process per argument list, release them at once, return their last output lines."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    procs = [subprocess.Popen([sys.executable, "-c", script, str(path), *a], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
             for a in args]
    for proc in procs:
        assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
    for proc in procs:
        proc.stdin.write("go\n")
        proc.stdin.flush()
    outputs = []
    for proc in procs:
        out, err = proc.communicate(timeout=240)
        assert proc.returncode == 0, err
        outputs.append(out.strip())
    return outputs


@pytest.fixture
def district_file(district, db_path):
    district.close()
    return db_path


def test_two_processes_writing_at_once_leave_one_unbroken_chain(district_file):
    before = check_audit_file(district_file).rows
    run_together(WRITER, district_file, [["alpha", "25"], ["beta", "25"]])
    report = check_audit_file(district_file)
    assert report.ok, report.describe()
    assert report.rows == before + 2 * 2 * 25
    with sqlite3.connect(district_file) as conn:
        actors = [a for (a,) in conn.execute("SELECT actor FROM audit_log WHERE seq > ? ORDER BY seq", (before,))]
    assert sorted(set(actors)) == ["alpha", "beta"] and actors.count("alpha") == 50


def test_two_processes_saving_the_same_nursery_one_is_refused(district_file):
    db = open_database(district_file)
    record = IntakeService(db.factory, Actor("clerk0", "", "CLERK")).create(draft())
    db.close()
    results = [json.loads(line) for line in run_together(
        EDITOR, district_file, [["clerk1", str(record.id)], ["clerk2", str(record.id)]])]
    saved = [r["saved"] for r in results if "saved" in r]
    refused = [r["refused"] for r in results if "refused" in r]
    assert len(saved) == 1 and len(refused) == 1
    assert f"已被 {saved[0]} 于" in refused[0] and "尚未保存" in refused[0]
    db = open_database(district_file)
    try:
        assert IntakeService(db.factory, Actor("x", "", "CLERK")).get(record.id).draft.address == f"由{saved[0]}修改"
    finally:
        db.close()


def test_cli_writes_are_attributed_to_the_account_that_signed_in(tmp_path):
    db = tmp_path / "d.db"
    add_accounts(db)
    with sqlite3.connect(db) as conn:
        (last,) = conn.execute("SELECT max(seq) FROM audit_log").fetchone()
    conn.close()
    result = cli("--db", str(db), "init", "--division-code", "500107", "--name", "九龙坡区",
                 "--street", "500107001:杨家坪街道", env_home=tmp_path, user="admin")
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(db) as conn:
        done = conn.execute("SELECT actor, action FROM audit_log WHERE seq > ? ORDER BY seq", (last,)).fetchall()
    conn.close()
    assert {actor for actor, _ in done} == {"admin"} and done[0][1] == "login"
    assert len(done) > 2  # the login, then the district and its street
    check = cli("--db", str(db), "check", env_home=tmp_path)
    assert check.returncode == 0 and "审计链：完整" in check.stdout


def _with_marker(path: Path) -> int:
    db = open_database(path)
    actor = Actor("mgr", "", "MANAGER")
    with writing(db.factory, actor) as session:
        record_event(session, actor, "export", "register", "roster", {"note": MARKER})
        record_event(session, actor, "export", "register", "roster", {"note": "after"})
    with db.factory() as session:  # chained at the commit, in the order recorded
        seq = session.scalar(select(AuditEntry.seq).where(AuditEntry.details.contains(MARKER)))
    db.close()
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0
    return seq


def test_check_names_a_row_changed_with_sql(district_file, tmp_path):
    seq = _with_marker(district_file)
    with sqlite3.connect(district_file) as conn:
        conn.execute("UPDATE audit_log SET reason = '补记' WHERE seq = ?", (seq,))
    result = cli("--db", str(district_file), "check", env_home=tmp_path)
    assert result.returncode == 1
    assert f"审计链在第 {seq} 条记录处断开" in result.stdout and "内容与哈希不符" in result.stdout


def test_check_names_a_row_with_one_flipped_byte_in_the_file(district_file, tmp_path):
    seq = _with_marker(district_file)
    data = bytearray(district_file.read_bytes())
    assert data.count(MARKER.encode()) == 1
    offset = data.index(MARKER.encode()) + len("marker-")
    data[offset] ^= 0x01  # '7' becomes '6': the record stays well-formed, only its content changed
    district_file.write_bytes(bytes(data))
    result = cli("--db", str(district_file), "check", env_home=tmp_path)
    assert result.returncode == 1, result.stdout
    assert f"审计链在第 {seq} 条记录处断开" in result.stdout
    assert "完整性" not in result.stdout  # SQLite itself sees nothing wrong; only the chain does

# --- optimistic locking with separate engines (as two windows or two processes have) ---------

TODAY = dt.date(2026, 11, 23)


def draft(**changes) -> NurseryDraft:
    base = NurseryDraft(name="小星星托育服务有限公司", legal_nature=LegalNature.FOR_PROFIT,
                        kind=InstitutionKind.STANDALONE, street_code="500107001", address="杨家坪正街8号")
    return dataclasses.replace(base, **changes)


@pytest.fixture
def intake(district):
    return IntakeService(district.factory, Actor("clerk1", "张登记", "CLERK"), today=lambda: TODAY)


def test_stale_edit_from_another_engine_is_refused_naming_who(intake, district, db_path):
    record = intake.create(draft())
    other_db = open_database(db_path)  # a second window or process: its own engine and connections
    try:
        other = IntakeService(other_db.factory, Actor("clerk2", "李登记", "CLERK"), today=lambda: TODAY)
        other.update(record.id, record.version, draft(address="谢家湾正街2号"))
    finally:
        other_db.close()
    with pytest.raises(ConflictError, match="clerk2") as info:
        intake.update(record.id, record.version, draft(address="杨家坪正街9号"))
    assert "尚未保存" in info.value.message
    assert intake.get(record.id).draft.address == "谢家湾正街2号"


def test_change_slipping_in_before_the_write_is_a_conflict_not_a_crash(intake, district, db_path, monkeypatch):
    """Without the write lock (e.g. another database's isolation) the version check is the safety net."""
    from workstation.services.common import uow

    record = intake.create(draft())
    monkeypatch.setattr(uow, "lock_for_writing", lambda session: None)
    guard, done = IntakeService._guard, []

    def someone_saves_meanwhile(self, *args):
        guard(self, *args)
        if done:
            return
        done.append(True)
        other_db = open_database(db_path)
        try:
            other = IntakeService(other_db.factory, Actor("clerk2", "", "CLERK"), today=lambda: TODAY)
            other.update(record.id, record.version, draft(address="谢家湾正街2号"))
        finally:
            other_db.close()

    monkeypatch.setattr(IntakeService, "_guard", someone_saves_meanwhile)
    with pytest.raises(ConflictError, match="已被 clerk2 于"):
        intake.update(record.id, record.version, draft(address="杨家坪正街9号"))
    monkeypatch.undo()
    assert intake.get(record.id).draft.address == "谢家湾正街2号"
