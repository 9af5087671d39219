"""The audit trail's alarm at sign-in (issue #17): a deleted head or a trail rewound behind the signed
checkpoints outside the database folder is shown, never repaired; a sound trail gets a new checkpoint."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from workstation.app import attach_database, build_main_window
from workstation.db.audit_checkpoints import log_path, read_log
from workstation.db.district_keys import attach_district_key
from workstation.domain.keys import AUDIT, derive
from workstation.domain.workstation_settings import WorkstationSettings
from workstation.services.accounts.auth import AuthService
from workstation.services.district.settings import SettingsService
from workstation.ui.session import WorkSession
from workstation.ui.tasks import SynchronousPool

KEY = bytes(range(32))
PASSWORD = "Kz7#pq-admin-2026"


@pytest.fixture
def admin(district):
    actor = AuthService(district.factory).create_first_admin("admin", "管理员", PASSWORD)
    SettingsService(district.factory, actor).save(WorkstationSettings(auto_backup=False))
    attach_district_key(district.engine, KEY)
    return actor


def start(qtbot, db, actor) -> WorkSession:
    window = build_main_window(db, actor)
    qtbot.addWidget(window)
    attach_database(window, db, actor)
    session = WorkSession.start(window, db, actor, SynchronousPool())
    session.idle_lock.stop()
    return session


def district_uuid(db) -> str:
    with sqlite3.connect(Path(db.location)) as conn:
        return conn.execute("SELECT uuid FROM district").fetchone()[0]


def test_a_sound_trail_starts_quietly_and_is_anchored_at_sign_in_and_exit(qtbot, district, admin):
    session = start(qtbot, district, admin)
    assert session.audit_alarm is None
    session.end(backup=False)
    checkpoints, problems = read_log(district_uuid(district), derive(KEY, AUDIT))
    assert [c.event for c in checkpoints] == ["sign-in", "exit"] and not problems


def test_a_deleted_head_raises_the_alarm_at_sign_in(qtbot, district, admin):
    with sqlite3.connect(Path(district.location)) as conn:
        conn.execute("DELETE FROM audit_head")
    session = start(qtbot, district, admin)
    assert isinstance(session.audit_alarm, QMessageBox) and session.audit_alarm.isVisible()
    assert "audit_head" in session.audit_alarm.text() and "不会重建" in session.audit_alarm.text()
    with sqlite3.connect(Path(district.location)) as conn:
        assert conn.execute("SELECT count(*) FROM audit_head").fetchone()[0] == 0  # not rebuilt
    assert not log_path(district_uuid(district), derive(KEY, AUDIT)).exists()  # no checkpoint vouches for it
    session.audit_alarm.close()


def test_a_trail_rewound_behind_its_checkpoint_raises_the_alarm(qtbot, district, admin):
    start(qtbot, district, admin).end(backup=False)  # sign-in and exit checkpoints
    with sqlite3.connect(Path(district.location)) as conn:
        seq, value = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1 OFFSET 2").fetchone()
        conn.execute("DELETE FROM audit_log WHERE seq > ?", (seq,))
        conn.execute("UPDATE audit_head SET seq = ?, hash = ?", (seq, value))
    session = start(qtbot, district, admin)
    assert session.audit_alarm is not None and f"第 {seq + 1}–" in session.audit_alarm.text()
    session.audit_alarm.close()
