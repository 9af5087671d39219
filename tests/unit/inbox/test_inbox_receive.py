"""Issue #18: a received file becomes a batch whose rows are classified against the registry; the same
file received twice adds nothing and says so."""

from __future__ import annotations

import pytest
from inbox_support import TODAY, mixed_file, row, write_csv
from sqlalchemy import func, select

from workstation.db.attachments import Attachments
from workstation.db.orm import Nursery
from workstation.db.orm.inbox import InboxItem
from workstation.domain.enums import RegistrationOrganKind
from workstation.domain.errors import PermissionDenied
from workstation.domain.inbox import Decision, ItemClass, OrganLevel
from workstation.services.common.context import Actor
from workstation.services.inbox import InboxService

MARKET = RegistrationOrganKind.MARKET_REGULATION


@pytest.fixture
def inbox(district, actor, tmp_path):
    return InboxService(district.factory, actor, Attachments(district.factory), today=lambda: TODAY)


def nurseries(db) -> int:
    with db.factory() as s:
        return s.scalar(select(func.count()).select_from(Nursery))


def test_each_row_is_classified_and_nothing_reaches_the_registry(district, inbox, tmp_path):
    path, ids = mixed_file(district, tmp_path)
    received = inbox.receive(path, MARKET, OrganLevel.DISTRICT)
    items = inbox.items(received.batch.id, 0, 100)
    assert [(i.row_number, i.item_class) for i in items] == [
        (2, ItemClass.NEW), (3, ItemClass.NEW), (4, ItemClass.MATCHES), (5, ItemClass.DIFFERS),
        (6, ItemClass.INVALID), (7, ItemClass.SIMILAR)]
    assert items[3].differs == ("legal_rep_name", "address", "business_scope")
    assert items[2].nursery_id == ids["match"] and items[5].nursery_id == ids["similar"]
    assert "缺少名称" in items[4].findings
    assert "金色童年托育中心" in items[5].findings
    assert all(i.decision == Decision.PENDING for i in items)
    assert nurseries(district) == 3  # nothing written to the registry
    assert received.batch.counts[ItemClass.NEW] == 2 and received.batch.rows == 6
    assert received.batch.received_by == "tester" and received.batch.organ_text == "区县市场监督管理部门"
    assert Attachments(district.factory).exists(received.batch.file_sha256)  # the file kept as evidence


def test_comparison_shows_registry_and_pushed_values_side_by_side(district, inbox, tmp_path):
    path, _ = mixed_file(district, tmp_path)
    batch = inbox.receive(path, MARKET, OrganLevel.DISTRICT).batch
    differs = inbox.items(batch.id, 0, 10, classes=[ItemClass.DIFFERS])[0]
    rows = {c.field: c for c in inbox.compare(differs.id)}
    assert (rows["legal_rep_name"].registry, rows["legal_rep_name"].pushed) == ("法人21", "新法人")
    assert rows["legal_rep_name"].differs and not rows["name"].differs


def test_the_same_file_twice_adds_nothing_and_says_so(district, inbox, tmp_path):
    path, _ = mixed_file(district, tmp_path)
    first = inbox.receive(path, MARKET, OrganLevel.DISTRICT)
    again = inbox.receive(path, MARKET, OrganLevel.CITY)
    assert again.duplicate and again.batch.id == first.batch.id
    assert "已于 2026-12-04 由 tester 接收" in again.summary() and "未重复接收" in again.summary()
    with district.factory() as s:
        assert s.scalar(select(func.count()).select_from(InboxItem)) == 6
    assert len(inbox.batches()) == 1


def test_duplicate_code_within_the_file_is_invalid(district, inbox, tmp_path):
    path = write_csv(tmp_path / "dup.csv", [row(1), row(1, 名称="别名托育有限公司")])
    items = inbox.items(inbox.receive(path, MARKET, OrganLevel.CITY).batch.id, 0, 10)
    assert items[1].item_class == ItemClass.INVALID and "与第2行重复" in items[1].findings


def test_inspectors_may_not_receive(district, tmp_path):
    inspector = Actor(username="insp", display_name="检查员", role="INSPECTOR")
    service = InboxService(district.factory, inspector, Attachments(district.factory), today=lambda: TODAY)
    path = write_csv(tmp_path / "a.csv", [row(1)])
    with pytest.raises(PermissionDenied):
        service.receive(path, MARKET, OrganLevel.DISTRICT)


def test_a_cancelled_receipt_stores_nothing_and_can_be_repeated(district, inbox, tmp_path):
    from workstation.services.imports import ImportCancelled

    path, _ = mixed_file(district, tmp_path)
    seen = []
    with pytest.raises(ImportCancelled):
        inbox.receive(path, MARKET, OrganLevel.DISTRICT, progress=lambda done, total: seen.append((done, total)),
                      is_cancelled=lambda: bool(seen))
    assert inbox.batches() == []
    assert inbox.receive(path, MARKET, OrganLevel.DISTRICT).batch.rows == 6  # not taken for a duplicate


def test_a_received_date_after_today_is_refused(district, inbox, tmp_path):
    import datetime as dt

    from workstation.domain.errors import ValidationError

    path, _ = mixed_file(district, tmp_path)
    with pytest.raises(ValidationError, match="接收日期不能晚于今天"):
        inbox.receive(path, MARKET, OrganLevel.DISTRICT, received_on=TODAY + dt.timedelta(days=1))


@pytest.mark.sqlite_only("attachments are files beside the SQLite database (in the database on PostgreSQL: pg-ops)")
def test_the_kept_file_is_one_of_the_database_s_attachments(district, inbox, tmp_path):
    from pathlib import Path

    from attachment_support import lose

    from workstation.db.attachment_refs import attachment_problems, attachment_refs, file_blobs

    path, _ = mixed_file(district, tmp_path)
    batch = inbox.receive(path, MARKET, OrganLevel.DISTRICT).batch
    refs = attachment_refs(Path(district.location))
    assert [(r.sha256, r.where) for r in refs] == [(batch.file_sha256, f"推送文件“推送.csv”（推送批次 {batch.id}）")]
    assert Attachments(district.factory).exists(batch.file_sha256)
    assert attachment_problems(refs, file_blobs(Path(district.location))) == []
    lose(district.location, batch.file_sha256)
    assert len(attachment_problems(refs, file_blobs(Path(district.location)))) == 1  # `check` and `backup` notice a lost push file
