"""The monthly audit digest (月度审计摘要): counts per action and per user, the month's first and last chain
values and the latest signed checkpoint, as a PDF with the embedded font and a line for the signature."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from pdf_fonts import fonts
from sqlalchemy import select, update

from workstation.db.audit_checkpoints import write_checkpoint
from workstation.db.district_keys import attach_district_key
from workstation.db.orm.audit import AuditEntry
from workstation.domain.errors import PermissionDenied, ValidationError
from workstation.exports.audit import digest_document, write_audit_digest
from workstation.exports.documents import Fields, Grid, Para
from workstation.services.audit import export_digest, monthly_digest, record_event
from workstation.services.common.context import Actor
from workstation.services.common.uow import writing

KEY = bytes(range(32))
MANAGER = Actor("mgr", "王主任", "MANAGER")


@pytest.fixture
def month_of_rows(district, actor):
    """Three exports by mgr in November 2026 (local time), one login in December; key and checkpoint."""
    attach_district_key(district.engine, KEY)
    for _ in range(3):
        with writing(district.factory, MANAGER) as session:
            record_event(session, MANAGER, "export", "register", "nurseries", {})
    with writing(district.factory, actor) as session:
        record_event(session, actor, "login", "user_account", "tester", {})
    with district.engine.begin() as conn:  # place the rows in time (the chain does not cover this test's dates)
        seqs = [s for (s,) in conn.execute(AuditEntry.__table__.select().with_only_columns(AuditEntry.seq)
                                           .order_by(AuditEntry.seq))]
        november = dt.datetime(2026, 11, 15, 12).astimezone().astimezone(dt.UTC).replace(tzinfo=None)
        conn.execute(update(AuditEntry).where(AuditEntry.seq < seqs[-1]).values(at=november))
        conn.execute(update(AuditEntry).where(AuditEntry.seq < seqs[-4]).values(at=november - dt.timedelta(days=60)))
    write_checkpoint(district.engine, "sign-in")
    return district


def test_the_digest_counts_the_month_and_names_its_chain_values_and_checkpoint(month_of_rows):
    digest = monthly_digest(month_of_rows.factory, MANAGER, "2026-11")
    assert (digest.month, digest.rows, digest.district) == ("2026-11", 3, "九龙坡区")
    assert digest.by_action == (("导出", 3),) and digest.by_user == (("mgr", 3),)
    assert digest.keyed and digest.last.seq == digest.first.seq + 2 and len(digest.last.value) == 64
    assert digest.checkpoint is not None and digest.checkpoint.seq == digest.last.seq + 1
    document = digest_document(digest)
    fields = dict(next(b for b in document.blocks if isinstance(b, Fields)).rows)
    assert fields["审计记录数"] == "3" and digest.last.value in fields["本月最后一条"]
    assert digest.checkpoint.value in fields["最近的外部检查点"]
    assert [b.rows for b in document.blocks if isinstance(b, Grid)] == [(("导出", "3"),), (("mgr", "3"),)]
    assert any(isinstance(b, Para) and "审核人（签字）" in b.text and "日期" in b.text for b in document.blocks)


def test_the_pdf_embeds_its_font_and_its_export_is_audited(month_of_rows, tmp_path):
    out = tmp_path / "摘要.pdf"
    export_digest(month_of_rows.factory, MANAGER, "2026-11", out, write_audit_digest)
    assert out.read_bytes().startswith(b"%PDF") and all(fonts(out).values())
    with month_of_rows.engine.connect() as conn:
        action, entity, details = conn.execute(
            select(AuditEntry.action, AuditEntry.entity, AuditEntry.details).order_by(AuditEntry.seq.desc())
            .limit(1)).one()
    assert (action, entity, json.loads(details)["file"]) == ("export", "audit_digest", str(out))


def test_a_clerk_may_not_and_a_bad_month_is_named(district):
    with pytest.raises(PermissionDenied):
        monthly_digest(district.factory, Actor("c", role="CLERK"), "2026-11")
    with pytest.raises(ValidationError, match="应写成 YYYY-MM"):
        monthly_digest(district.factory, MANAGER, "2026-13")


@pytest.mark.sqlite_only("records through the backup trail of a database file")
def test_backups_and_restores_are_named_in_chinese_in_the_digest(district, actor):
    """The walk found `backup` / `restore` printed as such in the PDF for the manager to sign."""
    from workstation.services.backup.trail import record

    for action in ("backup", "restore", "database_encrypted"):
        record(Path(district.location), actor, action, {})
    month = dt.date.today().strftime("%Y-%m")
    actions = dict(monthly_digest(district.factory, MANAGER, month).by_action)
    assert {"备份", "恢复", "加密数据库"} <= set(actions) and not {"backup", "restore"} & set(actions)
