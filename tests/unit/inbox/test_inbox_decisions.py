"""Issue #18: every decision on an inbox item (accept, merge field by field, reject with a reason, defer,
bulk accept of clean rows, the auto-accept setting) and what it leaves in the registry, the timeline
and the audit log."""

from __future__ import annotations

import pytest
from inbox_support import TODAY, mixed_file
from sqlalchemy import func, select

from workstation.context import AppContext
from workstation.db.orm import Nursery
from workstation.db.orm.audit import AuditEntry
from workstation.domain.enums import RegistrationOrganKind
from workstation.domain.errors import ConflictError, PermissionDenied, ValidationError
from workstation.domain.inbox import Decision, ItemClass, OrganLevel
from workstation.domain.workstation_settings import WorkstationSettings
from workstation.services.common.context import Actor

MARKET = RegistrationOrganKind.MARKET_REGULATION


@pytest.fixture
def ctx(district, actor):
    return AppContext(district, actor, today=lambda: TODAY)


@pytest.fixture
def batch(ctx, district, tmp_path):
    path, ids = mixed_file(district, tmp_path)
    received = ctx.inbox.receive(path, MARKET, OrganLevel.DISTRICT)
    return received.batch.id, ids


def item(ctx, batch_id, kind):
    return ctx.inbox.items(batch_id, 0, 10, classes=[kind])[0]


def nursery(db, **where):
    with db.factory() as s:
        return s.scalars(select(Nursery).filter_by(**where)).first()


def test_accepting_a_new_row_creates_the_nursery_through_intake(ctx, district, batch):
    batch_id, _ = batch
    new = item(ctx, batch_id, ItemClass.NEW)
    done = ctx.inbox.accept(new.id)
    created = nursery(district, uscc=new.uscc)
    assert done.decision == Decision.ACCEPTED and created is not None and created.legal_rep_name == "法人1"
    assert created.created_by == "tester"
    timeline = [str(e.text) for e in ctx.timeline.timeline(created.id)]
    assert any(t.startswith("由区县市场监督管理部门推送，tester确认") for t in timeline)


def test_merge_takes_only_the_chosen_fields(ctx, district, batch):
    batch_id, ids = batch
    differs = item(ctx, batch_id, ItemClass.DIFFERS)
    ctx.inbox.merge(differs.id, ["legal_rep_name", "business_scope"])
    changed = nursery(district, id=ids["differ"])
    assert (changed.legal_rep_name, changed.business_scope) == ("新法人", "托育服务")
    assert changed.address == "重庆市九龙坡区九龙滨江路21号"  # kept the registry's value
    text = [str(e.text) for e in ctx.timeline.timeline(ids["differ"])]
    assert any("采用推送的法定代表人（负责人）、经营范围" in t for t in text)


def test_accepting_a_differing_row_takes_every_differing_field(ctx, district, batch):
    batch_id, ids = batch
    ctx.inbox.accept(item(ctx, batch_id, ItemClass.DIFFERS).id)
    assert nursery(district, id=ids["differ"]).address == "重庆市九龙坡区科城路9号"


def test_reject_needs_a_reason_and_defer_keeps_the_item_waiting(ctx, district, batch):
    batch_id, _ = batch
    new = item(ctx, batch_id, ItemClass.NEW)
    with pytest.raises(ValidationError, match="驳回必须填写理由"):
        ctx.inbox.reject(new.id, "  ")
    assert ctx.inbox.reject(new.id, "不在本辖区").reason == "不在本辖区"
    assert nursery(district, uscc=new.uscc) is None
    with pytest.raises(ConflictError, match="已由tester处理"):
        ctx.inbox.accept(new.id)
    similar = item(ctx, batch_id, ItemClass.SIMILAR)
    assert ctx.inbox.defer(similar.id).decision == Decision.DEFERRED
    assert ctx.inbox.batch(batch_id).waiting == 5  # the deferred one still waits


def test_invalid_rows_cannot_be_accepted(ctx, batch):
    batch_id, _ = batch
    with pytest.raises(ValidationError, match="无效"):
        ctx.inbox.accept(item(ctx, batch_id, ItemClass.INVALID).id)


def test_bulk_accept_takes_only_clean_rows(ctx, district, batch):
    batch_id, _ = batch
    accepted, refused = ctx.inbox.accept_clean(batch_id)
    assert (accepted, refused) == (3, [])  # two new and one matching
    decided = {i.item_class: i.decision for i in ctx.inbox.items(batch_id, 0, 10)}
    assert decided[ItemClass.DIFFERS] == decided[ItemClass.SIMILAR] == decided[ItemClass.INVALID] == Decision.PENDING
    with district.factory() as s:
        assert s.scalar(select(func.count()).select_from(Nursery)) == 5


def test_each_decision_is_audited_with_its_reason(ctx, district, batch):
    batch_id, _ = batch
    ctx.inbox.reject(item(ctx, batch_id, ItemClass.MATCHES).id, "重复推送")
    with district.factory() as s:
        last = s.scalars(select(AuditEntry).where(AuditEntry.entity == "inbox_item").order_by(AuditEntry.seq.desc())).first()
    assert last.actor == "tester" and "推送收件箱：已驳回（重复推送）" in last.reason


def test_auto_accept_setting_accepts_new_rows_without_findings(ctx, district, tmp_path):
    ctx.settings.save(WorkstationSettings(inbox_auto_accept_new=True))
    path, _ = mixed_file(district, tmp_path)
    received = ctx.inbox.receive(path, MARKET, OrganLevel.CITY)
    assert received.auto_accepted == 2 and "自动接受 2 行" in received.summary()
    decisions = {i.row_number: i.decision for i in ctx.inbox.items(received.batch.id, 0, 10)}
    assert decisions == {2: Decision.AUTO_ACCEPTED, 3: Decision.AUTO_ACCEPTED, 4: Decision.PENDING,
                         5: Decision.PENDING, 6: Decision.PENDING, 7: Decision.PENDING}


def test_auto_accept_is_off_by_default(ctx, district, tmp_path):
    path, _ = mixed_file(district, tmp_path)
    assert ctx.inbox.receive(path, MARKET, OrganLevel.CITY).auto_accepted == 0


def test_inspectors_may_not_decide(district, batch):
    batch_id, _ = batch
    inspector = AppContext(district, Actor(username="insp", display_name="检查员", role="INSPECTOR"),
                           today=lambda: TODAY)
    new = inspector.inbox.items(batch_id, 0, 10, classes=[ItemClass.NEW])[0]  # may look
    with pytest.raises(PermissionDenied):
        inspector.inbox.accept(new.id)
    with pytest.raises(PermissionDenied):
        inspector.inbox.reject(new.id, "理由")


def test_a_similar_row_is_compared_with_the_similar_nursery_and_accepting_it_says_they_differ(ctx, district,
                                                                                             batch):
    batch_id, ids = batch
    similar = item(ctx, batch_id, ItemClass.SIMILAR)
    rows = {c.field: c for c in ctx.inbox.compare(similar.id)}
    assert rows["name"].registry == rows["name"].pushed == "金色童年托育中心"
    created = ctx.inbox.accept(similar.id).decision
    assert created == Decision.ACCEPTED
    new = nursery(district, uscc=similar.uscc)
    texts = [str(e.text) for e in ctx.timeline.timeline(new.id)]
    assert any("与“金色童年托育中心”比对：不是同一机构" in t for t in texts)
