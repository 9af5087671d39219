"""The audit trail's alarm at sign-in (issue #17): a deleted head or a trail rewound behind the signed
checkpoints outside the database folder is shown, never repaired; a sound trail gets a new checkpoint."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from workstation.app import attach_database, build_main_window
from workstation.db.audit_checkpoints import log_path, read_log
from workstation.db.district_keys import attach_district_key
from workstation.domain.keys import AUDIT, derive
from workstation.domain.permissions import Role
from workstation.domain.workstation_settings import WorkstationSettings
from workstation.services.accounts import UserService
from workstation.services.accounts.auth import AuthService
from workstation.services.district.settings import SettingsService
from workstation.ui.areas import AREAS
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


CLERK_PW = "Kz7#pq-clerk-2026"


def _rewind(db) -> int:
    """Delete the newest audit rows and point the head at what is left, as a tamperer would; the seq kept."""
    with sqlite3.connect(Path(db.location)) as conn:
        seq, value = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1 OFFSET 2").fetchone()
        conn.execute("DELETE FROM audit_log WHERE seq > ?", (seq,))
        conn.execute("UPDATE audit_head SET seq = ?, hash = ?", (seq, value))
    return seq


def _alarm_rows(db) -> list[tuple[str, dict]]:
    with sqlite3.connect(Path(db.location)) as conn:
        rows = conn.execute("SELECT actor, details FROM audit_log WHERE action = 'audit_alarm'").fetchall()
    return [(actor, json.loads(details)) for actor, details in rows]


def test_the_alarm_signs_out_anyone_but_the_administrator_saying_who_to_call(qtbot, district, admin):
    UserService(district.factory, admin).create("clerk", "钱登记", Role.CLERK, CLERK_PW)
    start(qtbot, district, admin).end(backup=False)
    _rewind(district)
    clerk = AuthService(district.factory).login("clerk", CLERK_PW)
    session = start(qtbot, district, clerk)
    alarm = session.audit_alarm
    assert alarm is not None and alarm.isVisible() and alarm.isModal()
    assert "第 " in alarm.text() and "请联系系统管理员" in alarm.text() and "暂停办理业务" in alarm.text()
    assert not session.is_logged_out  # until the message is read
    alarm.button(QMessageBox.StandardButton.Ok).click()
    assert session.is_logged_out  # no work on a trail in doubt: back to the login for the administrator
    assert [(actor, details["response"]) for actor, details in _alarm_rows(district)] == [("clerk", "signed_out")]


def test_the_administrator_keeps_only_the_audit_log_and_backups_while_the_alarm_stands(qtbot, district, admin):
    start(qtbot, district, admin).end(backup=False)
    seq = _rewind(district)
    session = start(qtbot, district, admin)
    window = session._window
    assert session.audit_alarm is not None and "审计日志" in session.audit_alarm.text()
    session.audit_alarm.button(QMessageBox.StandardButton.Ok).click()
    assert not session.is_logged_out and window.current_area() == "settings"
    assert [a.key for a in AREAS if not window.area_hidden(a.key)] == ["settings"]
    tabs = window.page("settings").ui.tabs
    visible = [tabs.tabText(i) for i in range(tabs.count()) if tabs.isTabVisible(i)]
    assert sorted(visible) == sorted(["审计日志", "备份与恢复"]), visible
    window.show_area("registry")  # a link or shortcut elsewhere comes straight back
    assert window.current_area() == "settings"
    tabs.setCurrentIndex(next(i for i in range(tabs.count()) if not tabs.isTabVisible(i)))
    assert tabs.tabText(tabs.currentIndex()) in ("审计日志", "备份与恢复")
    (actor, details), = _alarm_rows(district)
    assert actor == "admin" and details["response"] == "settings_only"
    assert any(f"第 {seq + 1}–" in p for p in details["problems"])
