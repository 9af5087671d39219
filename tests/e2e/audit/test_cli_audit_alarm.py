"""The command line runs the sign-in alarm (#17): a signed-in command checks the audit trail's head and
the signed checkpoints outside the database folder first and does nothing on a rewound or missing head;
`check` without --user says it verified only what needs no key."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from cli_support import PASSWORD, RECOVERY, cli, new_district

from workstation.db import keyring
from workstation.db.sqlite import cipher
from workstation.domain.keys import DATABASE, derive

pytestmark = pytest.mark.sqlite_only("edits the SQLite file outside the program")


def _dump(path: Path, key: bytes | None = None) -> dict[str, list]:
    conn = cipher.connect(path, key=key) if key else sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {t: conn.execute(f'SELECT * FROM "{t}"').fetchall() for t in tables}
    finally:
        conn.close()


def test_a_command_on_a_trail_whose_last_rows_were_deleted_is_refused_and_writes_nothing(tmp_path):
    db = tmp_path / "w.db"
    assert new_district(db, tmp_path).returncode == 0
    with sqlite3.connect(db) as conn:  # the last two rows deleted, the head left as it was
        conn.execute("DELETE FROM audit_log WHERE seq > (SELECT max(seq) - 2 FROM audit_log)")
    before = _dump(db)
    done = cli("--db", str(db), "calendar", "show", "2026", env_home=tmp_path, user="admin")
    assert done.returncode != 0
    assert "审计链告警" in done.stderr and "命令未执行" in done.stderr and "workstation check" in done.stderr
    assert _dump(db) == before  # not even the sign-in's row


def test_a_consistently_rewound_trail_of_an_encrypted_district_is_caught_by_the_checkpoints(tmp_path):
    db = tmp_path / "w.db"
    assert cli("--db", str(db), "demo", "--nurseries", "3", "--seed", "2", env_home=tmp_path).returncode == 0
    made = cli("--db", str(db), "users", "create-admin", env_home=tmp_path, user="boss",
               password=f"{PASSWORD}\n{RECOVERY}")
    assert made.returncode == 0, made.stderr
    first = cli("--db", str(db), "calendar", "show", "2026", env_home=tmp_path, user="boss")
    assert first.returncode == 0, first.stderr  # leaves a checkpoint outside the database folder
    key = derive(keyring.unlock(db, "boss", PASSWORD), DATABASE)
    conn = cipher.connect(db, key=key)
    try:  # rewound with care: the head names the new last row, so only the checkpoint can tell
        conn.execute("DELETE FROM audit_log WHERE seq > (SELECT max(seq) - 2 FROM audit_log)")
        conn.execute("UPDATE audit_head SET seq = (SELECT max(seq) FROM audit_log), "
                     "hash = (SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1)")
        conn.commit()
    finally:
        conn.close()
    before = _dump(db, key)
    done = cli("--db", str(db), "calendar", "show", "2026", env_home=tmp_path, user="boss")
    assert done.returncode != 0
    assert "审计链告警" in done.stderr and "回退" in done.stderr
    assert _dump(db, key) == before


def test_check_without_an_account_says_it_verified_only_what_needs_no_key(tmp_path):
    db = tmp_path / "w.db"
    assert cli("--db", str(db), "demo", "--nurseries", "3", "--seed", "2", env_home=tmp_path).returncode == 0
    made = cli("--db", str(db), "users", "create-admin", env_home=tmp_path, user="boss",
               password=f"{PASSWORD}\n{RECOVERY}")
    assert made.returncode == 0, made.stderr
    done = cli("--db", str(db), "check", env_home=tmp_path)
    assert done.returncode == 1  # not a pass: the content was not read
    assert "只核对了不需要辖区密钥的部分" in done.stdout and "1 个账号可解锁" in done.stdout
    assert "请加 --user 用户名" in done.stdout
