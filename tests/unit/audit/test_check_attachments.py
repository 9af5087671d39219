"""`check` and `backup` notice attachments the records name that are missing or no longer match
their recorded hash (a restore killed half-way used to leave the database without its files)."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

import pytest
from attachment_support import damage, lose, put

from workstation.db.attachments import Attachments
from workstation.domain.fees import PublicityChannel
from workstation.services.audit.checks import check_database
from workstation.services.backup.service import backup
from workstation.services.fees import FeeService

TODAY = dt.date(2026, 12, 4)


pytestmark = pytest.mark.sqlite_only("attachments are files beside the SQLite database (in the database on PostgreSQL: pg-ops)")


@pytest.fixture
def with_evidence(demo_database, actor, tmp_path):
    """A demo district where two publicity records and one inspection photo name attachments:
    (db path, {name: sha})."""
    path = tmp_path / "w.db"
    db = demo_database(path, 8, seed=4, today=TODAY, actor=actor)
    store = Attachments(db.factory)
    fees = FeeService(db.factory, actor, store, today=lambda: TODAY)
    with sqlite3.connect(path) as conn:
        schedules = [r[0] for r in conn.execute("SELECT id FROM fee_schedule ORDER BY id LIMIT 2")]
    shas = {}
    for schedule, name, content in zip(schedules, ["公示照片.jpg", "公示截图.png"], [b"photo" * 999, b"shot" * 777],
                                       strict=True):
        file = tmp_path / name
        file.write_bytes(content)
        shas[name] = fees.record_publicity(schedule, PublicityChannel.NOTICE_BOARD, TODAY, evidence=file).evidence_sha256
    shas["现场照片"] = store.put(b"inspection photo" * 500)
    db.close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE inspection_item_result SET photos=? WHERE rowid=(SELECT min(rowid) FROM inspection_item_result)",
                     (json.dumps([shas["现场照片"]]),))
    conn.close()
    return path, shas


def test_check_passes_when_every_named_attachment_is_sound(with_evidence):
    path, _ = with_evidence
    report = check_database(path)
    assert report.ok, report.problems
    assert "附件：记录中的 3 个附件都在，内容与哈希一致。" in report.lines()


def test_check_names_every_record_whose_attachment_is_missing_or_altered(with_evidence):
    path, shas = with_evidence
    lose(path, shas["公示照片.jpg"])
    damage(path, shas["现场照片"], b"overwritten")
    report = check_database(path)
    assert not report.ok
    missing, altered = report.problems
    assert missing.startswith("收费公示凭证“公示照片.jpg”（公示记录 ") and f"附件 {shas['公示照片.jpg'][:12]}… 不在数据库中" in missing
    assert altered.startswith("现场检查照片（检查记录 ") and "内容与记录的哈希不符（已损坏或被改动）" in altered


def test_check_reports_each_record_when_every_attachment_is_gone(with_evidence):
    path, _ = with_evidence
    lose(path)
    report = check_database(path)
    assert len(report.problems) == 3 and all("不在数据库中" in p for p in report.problems)
    assert report.lines()[0].startswith("数据库检查发现问题")


def test_backup_reports_records_whose_attachment_it_could_not_include(with_evidence, actor, tmp_path):
    path, shas = with_evidence
    lose(path, shas["公示截图.png"])
    result = backup(path, tmp_path / "b.wsbackup", actor=actor)
    assert len(result.missing) == 1 and "收费公示凭证“公示截图.png”" in result.missing[0]
    assert result.manifest.attachments == 2


def test_check_hashes_every_stored_attachment_even_one_no_record_names(with_evidence, tmp_path):
    path, _ = with_evidence
    orphan = put(path, b"scan of a filing that was withdrawn")
    damage(path, orphan)
    report = check_database(path)
    assert report.problems == [f"数据库中的附件 {orphan[:12]}… 的内容与其哈希不符（已损坏或被改动；没有记录引用它）。"]
