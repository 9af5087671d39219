"""The demo never stamps the future: a district made in the morning shows no work done later that day,
and its office hours are local time (the database keeps UTC)."""

from __future__ import annotations

import datetime as dt
import sqlite3
import time

import pytest

from workstation.demo import DemoService
from workstation.services.common.context import Actor

pytestmark = pytest.mark.sqlite_only("reads the stamps with sqlite3")

TODAY = dt.date(2026, 12, 5)
STAMPS = {  # the columns the demo fills with a day's office hours
    "filing_event": ("at",), "filing_document_issue": ("issued_at",),
    "filing_application": ("submitted_at", "accepted_at"), "filing_material": ("checked_at",),
    "inspection": ("recorded_at",), "finding_event": ("at",), "nursery": ("filed_at",),
}


def test_no_demo_stamp_is_later_than_the_moment_the_demo_was_made(database, monkeypatch):
    from workstation.demo import stamps

    made_at = dt.datetime.combine(TODAY, dt.time(0, 30))  # just after midnight UTC: before any office hour
    monkeypatch.setattr(stamps, "utcnow", lambda: made_at)
    DemoService(database.factory, Actor("tester", "测试员", "SYSTEM"), today=TODAY).generate(120, seed=3)
    with sqlite3.connect(database.location) as conn:
        values = [dt.datetime.fromisoformat(v) for table, columns in STAMPS.items() for column in columns
                  for (v,) in conn.execute(f"SELECT {column} FROM {table} WHERE {column} IS NOT NULL")]
    assert values and max(values) <= made_at
    assert made_at in values  # work of the demo's day happened: stamped now, not later today


@pytest.fixture
def in_beijing(monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Shanghai")  # UTC+8: the office's hours are not UTC's
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_office_hours_are_local_time(monkeypatch, in_beijing):
    from workstation.demo import stamps

    monkeypatch.setattr(stamps, "utcnow", lambda: dt.datetime(2030, 1, 1))
    at = stamps.office_time(dt.date(2026, 11, 2), 10, 15)
    local = at.replace(tzinfo=dt.UTC).astimezone()
    assert (local.date(), local.hour, local.minute) == (dt.date(2026, 11, 2), 10, 15)
