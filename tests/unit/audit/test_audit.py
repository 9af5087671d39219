"""The audit trail: rows written with every change, the hash chain and its check, the viewer's queries."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sqlite3

import pytest
from sqlalchemy import func, select, update

from workstation.db.audit_hooks import Entry, coalesce
from workstation.db.orm import Nursery, RuleSet
from workstation.db.orm.audit import AuditEntry, AuditHead
from workstation.demo import DemoService
from workstation.domain.enums import ClassType, InstitutionKind, LegalNature, PremisesType
from workstation.domain.errors import PermissionDenied
from workstation.domain.nursery import ClassDraft, NurseryDraft, Override
from workstation.services.audit.checks import check_audit_file, check_database
from workstation.services.audit.service import AuditFilter, AuditService, record_event
from workstation.services.common.context import Actor
from workstation.services.common.uow import writing
from workstation.services.registry.intake import IntakeRejected, IntakeService

TODAY = dt.date(2026, 11, 23)
CLERK = Actor("clerk1", "张登记", "CLERK")


def draft(**changes) -> NurseryDraft:
    base = NurseryDraft(
        name="小星星托育服务有限公司", legal_nature=LegalNature.FOR_PROFIT, kind=InstitutionKind.STANDALONE,
        uscc="91500107MA01ABCD53", registered_at=dt.date(2025, 3, 1), street_code="500107001",
        address="杨家坪正街8号", business_scope="3岁以下婴幼儿照护服务", places_total=15, legal_rep_id_no="",
        classes=(ClassDraft(ClassType.TODDLER_YOUNG, "小一班", 15, 12, 3),))
    return dataclasses.replace(base, **changes)


@pytest.fixture
def intake(district):
    return IntakeService(district.factory, CLERK, today=lambda: TODAY)


def rows(db, **where) -> list[AuditEntry]:
    with db.factory() as session:
        stmt = select(AuditEntry).filter_by(**where).order_by(AuditEntry.seq)
        return list(session.scalars(stmt))


def head(db) -> tuple[int, str]:
    with db.factory() as session:
        row = session.get(AuditHead, 1)
        return row.seq, row.hash


def test_create_is_audited_with_who_what_and_values(intake, district):
    record = intake.create(draft())
    [row] = rows(district, entity="nursery")
    assert (row.actor, row.action, row.entity_id, row.entity_uuid) == ("clerk1", "create", str(record.id), record.uuid)
    assert row.nursery_id == record.id
    changes = json.loads(row.changes)
    assert changes["name"] == [None, "小星星托育服务有限公司"]
    assert changes["legal_nature"] == [None, "FOR_PROFIT"]
    [klass] = rows(district, entity="nursery_class")
    assert klass.nursery_id == record.id and json.loads(klass.changes)["enrolled"] == [None, 12]


def test_update_records_old_and_new_values_and_the_reason(intake, district):
    record = intake.create(draft())
    leased = draft(premises_type=PremisesType.LEASED, lease_end=dt.date(2028, 1, 1), address="杨家坪正街9号")
    intake.update(record.id, record.version, leased, [Override("R-LEASE", "续租合同正在签订")])
    [row] = rows(district, entity="nursery", action="update")
    changes = json.loads(row.changes)
    assert changes["address"] == ["杨家坪正街8号", "杨家坪正街9号"]
    assert changes["lease_end"] == [None, "2028-01-01"]
    assert set(changes) == {"address", "lease_end", "premises_type"}  # unchanged fields and bookkeeping left out
    assert row.reason == "R-LEASE：续租合同正在签订"
    [override] = rows(district, entity="warning_override")
    assert override.reason == row.reason and override.nursery_id == record.id


def test_refused_save_writes_no_audit_row(intake, district):
    before = head(district)
    with pytest.raises(IntakeRejected):
        intake.create(draft(classes=(ClassDraft(ClassType.INFANT, "乳儿班", 12, 12, 4),)))
    assert head(district) == before


def test_rolled_back_transaction_leaves_no_audit_row(district):
    before = head(district)
    with pytest.raises(RuntimeError), writing(district.factory, CLERK) as session:
        session.add(RuleSet(name="草稿"))
        session.flush()
        raise RuntimeError("boom")
    assert head(district) == before
    with writing(district.factory, CLERK) as session:  # and the next transaction starts clean
        session.add(RuleSet(name="正式"))
    assert [json.loads(r.changes)["name"][1] for r in rows(district, entity="rule_set")] == ["正式"]


def test_a_change_undone_in_the_same_transaction_is_no_change(district):
    with writing(district.factory, CLERK) as session:
        rule = RuleSet(name="甲")
        session.add(rule)
    before = head(district)
    with writing(district.factory, CLERK) as session:
        rule = session.get(RuleSet, rule.id)
        rule.name = "乙"
        session.flush()
        rule.name = "甲"
    assert head(district) == before


@pytest.mark.parametrize("steps, expected", [
    ([("create", {"a": [None, 1]}), ("update", {"a": [1, 2]})], [("create", {"a": [None, 2]})]),
    ([("update", {"a": [1, 2]}), ("update", {"a": [2, 1], "b": [0, 5]})], [("update", {"b": [0, 5]})]),
    ([("create", {"a": [None, 1]}), ("delete", {"a": [1, None]})], []),
    ([("delete", {"a": [1, None]}), ("create", {"a": [None, 1]})], []),
    ([("delete", {"a": [1, None]}), ("create", {"a": [None, 3]})], [("update", {"a": [1, 3]})]),
    ([("update", {"a": [1, 2]}), ("delete", {"a": [2, None]})], [("delete", {"a": [1, None]})]),
])
def test_coalesce_keeps_the_net_change_per_record(steps, expected):
    entries = [Entry(action, "t", "1", changes=changes) for action, changes in steps]
    assert [(e.action, e.changes) for e in coalesce(entries)] == expected


def test_record_event_chains_a_named_event(district):
    manager = Actor("mgr", "王科长", "MANAGER")
    with writing(district.factory, manager) as session:
        record_event(session, manager, "export", "register", "nursery_roster",
                     {"format": "xlsx", "rows": 12}, reason="年度报表")
    seq = head(district)[0]  # chained at the commit, as the transaction's last row
    [row] = rows(district, seq=seq)
    assert (row.actor, row.action, row.entity, row.reason) == ("mgr", "export", "register", "年度报表")
    assert json.loads(row.details) == {"format": "xlsx", "rows": 12}
    assert head(district) == (seq, row.hash)


def test_bulk_statements_are_recorded_as_a_summary(district, nurseries_added):
    with writing(district.factory, CLERK) as session:
        session.execute(update(Nursery).values(notes="批量备注"))
    [row] = rows(district, action="bulk_update")
    assert (row.entity, json.loads(row.details)) == ("nursery", {"rows": 2})


@pytest.mark.sqlite_only("check_audit_file reads the SQLite file (a server database's check: pg-ops)")
def test_demo_writes_one_summary_row_not_one_per_nursery(district):
    DemoService(district.factory, Actor("os:tester", "tester", "SYSTEM"), TODAY).generate(20, seed=3)
    assert [json.loads(r.details)["nurseries"] for r in rows(district, action="demo")] == [20]
    assert not rows(district, entity="nursery", action="create")
    assert not [r for r in rows(district) if r.action.startswith("bulk_")]
    assert check_audit_file(district_path(district)).ok


@pytest.mark.sqlite_only("check_audit_file reads the SQLite file (a server database's check: pg-ops)")
def test_chain_of_a_busy_database_verifies(intake, district):
    record = intake.create(draft())
    intake.update(record.id, record.version, draft(address="杨家坪正街10号"))
    report = check_audit_file(district_path(district))
    assert report.ok and report.rows == head(district)[0] > 10


def tamper(db, sql: str, *params) -> None:
    db.close()
    with sqlite3.connect(district_path(db)) as conn:
        conn.execute(sql, params)


@pytest.mark.sqlite_only("check_audit_file reads the SQLite file (a server database's check: pg-ops)")
def test_changed_value_is_found_and_named(intake, district):
    intake.create(draft())
    target = rows(district, entity="nursery")[0].seq
    tamper(district, "UPDATE audit_log SET changes = replace(changes, '小星星', '大星星') WHERE seq = ?", target)
    report = check_audit_file(district_path(district))
    assert (report.ok, report.broken_seq, report.rows) == (False, target, target - 1)
    assert "内容与哈希不符" in report.problem and "clerk1 create nursery" in report.problem


@pytest.mark.sqlite_only("check_audit_file reads the SQLite file (a server database's check: pg-ops)")
def test_a_row_rewritten_with_a_fresh_hash_breaks_the_next_link(district):
    from workstation.db.orm.audit import chain_hash

    last = head(district)[0]
    row = {c: getattr(rows(district, seq=last - 1)[0], c) for c in AuditEntry.__table__.c.keys()}
    row["actor"] = "mallory"
    tamper(district, "UPDATE audit_log SET actor = 'mallory', hash = ? WHERE seq = ?",
           chain_hash(row["prev_hash"], row), last - 1)
    report = check_audit_file(district_path(district))
    assert report.broken_seq == last and "链接断开" in report.problem


@pytest.mark.sqlite_only("check_audit_file reads the SQLite file (a server database's check: pg-ops)")
def test_deleted_row_shows_as_a_gap(district):
    tamper(district, "DELETE FROM audit_log WHERE seq = 3")
    report = check_audit_file(district_path(district))
    assert report.broken_seq == 4 and "序号不连续" in report.problem


@pytest.mark.sqlite_only("check_audit_file reads the SQLite file (a server database's check: pg-ops)")
def test_deleted_last_rows_show_at_the_head(district):
    last = head(district)[0]
    tamper(district, "DELETE FROM audit_log WHERE seq = ?", last)
    report = check_audit_file(district_path(district))
    assert report.broken_seq == last and "末尾的记录被删除" in report.problem
    full = check_database(district_path(district))
    assert not full.ok and any(f"第 {last} 条" in p for p in full.problems)


def test_viewer_filters_by_user_action_record_and_date(intake, district, actor):
    record = intake.create(draft())
    other = intake.create(draft(name="阳光宝贝托育中心", uscc="", registered_at=None, address="谢家湾正街1号"))
    viewer = AuditService(district.factory, Actor("mgr", "", "MANAGER"))
    assert viewer.count(AuditFilter(actor="clerk1")) == len(rows(district, actor="clerk1"))
    by_name = viewer.page(AuditFilter(record="阳光宝贝"))
    assert {r.nursery_id for r in by_name} == {other.id}
    by_uuid = viewer.page(AuditFilter(record=record.uuid))
    assert {r.nursery_id for r in by_uuid} == {record.id} and len(by_uuid) == 2  # nursery and its class
    assert [r.entity for r in viewer.page(AuditFilter(record=f"nursery:{record.id}"))] == ["nursery"]
    assert {r.entity for r in viewer.page(AuditFilter(record="街道（乡镇）"))} == {"street"}
    assert {r.action for r in viewer.page(AuditFilter(action="create"))} == {"create"}
    today = dt.date.today()
    assert viewer.count(AuditFilter(since=today, until=today)) == head(district)[0]
    assert viewer.count(AuditFilter(until=today - dt.timedelta(days=1))) == 0
    assert viewer.count(AuditFilter(record="100%_")) == 0  # wildcards are plain text


def test_viewer_pages_newest_first_without_overlap(district):
    viewer = AuditService(district.factory, Actor("admin", "", "ADMIN"))
    first = viewer.page(AuditFilter(), limit=5)
    second = viewer.page(AuditFilter(), before_seq=first[-1].seq, limit=5)
    seqs = [r.seq for r in first + second]
    assert seqs == sorted(seqs, reverse=True) and len(set(seqs)) == 10
    assert first[0].seq == head(district)[0]


def test_viewer_shows_field_changes(intake, district):
    record = intake.create(draft())
    intake.update(record.id, record.version, draft(address="杨家坪正街9号"))
    viewer = AuditService(district.factory, Actor("admin", "", "ADMIN"))
    [row] = viewer.page(AuditFilter(action="update", record=f"nursery:{record.id}"))
    assert (row.action_label, row.entity_label) == ("修改", "托育机构")
    assert [(c.field, c.old, c.new) for c in row.changes] == [("address", "杨家坪正街8号", "杨家坪正街9号")]


def test_viewer_requires_audit_view(district):
    with pytest.raises(PermissionDenied, match="查看审计日志"):
        AuditService(district.factory, CLERK).count(AuditFilter())


@pytest.fixture
def nurseries_added(intake):
    intake.create(draft())
    intake.create(draft(name="阳光宝贝托育中心", uscc="", registered_at=None, address="谢家湾正街1号"))


def district_path(db):
    from pathlib import Path

    return Path(db.engine.url.database)


def test_audit_rows_count_matches_head(intake, district):
    intake.create(draft())
    with district.factory() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == head(district)[0]


@pytest.mark.sqlite_only("check_audit_file reads the SQLite file (a server database's check: pg-ops)")
def test_import_writes_one_row_per_created_and_updated_nursery(intake, district, tmp_path):
    import csv

    from workstation.domain.codes import make_uscc
    from workstation.services.imports import RegistrationImporter

    codes = [make_uscc("91", "500107", f"MA{i:07d}") for i in range(4)]
    existing = intake.create(draft(uscc=codes[0], name="第0托育有限公司"))
    path = tmp_path / "push.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["名称", "统一社会信用代码", "登记机关", "成立日期", "法定代表人", "性质"])
        for i, code in enumerate(codes):
            writer.writerow([f"第{i}托育有限公司", code, "九龙坡区市场监督管理局", "2024-03-05", f"法人{i}", "有限责任公司"])
    importer = RegistrationImporter(district.factory, Actor("os:clerk", "clerk", "SYSTEM"), lambda: TODAY)
    report = importer.commit(path)
    assert (report.accepted, report.updated) == (3, 1)
    imported = rows(district, action="import", entity="nursery")
    assert len(imported) == 4 and {r.actor for r in imported} == {"os:clerk"}
    assert all(r.reason == "导入登记推送数据：push.csv" for r in imported)
    [updated] = [json.loads(r.changes) for r in imported if r.nursery_id == existing.id]
    assert updated["legal_rep_name"] == ["", "法人0"]
    new = [json.loads(r.changes) for r in imported if r.nursery_id != existing.id]
    assert sorted(c["name"][1] for c in new) == ["第1托育有限公司", "第2托育有限公司", "第3托育有限公司"]
    assert len(rows(district, entity="import_batch")) == 1
    assert not [r for r in rows(district) if r.action.startswith("bulk_")]
    assert check_audit_file(district_path(district)).ok


@pytest.mark.sqlite_only("check_audit_file reads the SQLite file (a server database's check: pg-ops)")
def test_cancelled_demo_leaves_an_intact_chain_ending_with_the_undo(database):
    from workstation.demo import DemoCancelled

    demo = DemoService(database.factory, Actor("os:tester", "tester", "SYSTEM"), TODAY)
    with pytest.raises(DemoCancelled):
        demo.generate(10, is_cancelled=lambda: True)
    last = rows(database)[-1]
    assert (last.action, last.entity) == ("delete", "district")
    assert check_audit_file(district_path(database)).ok


def test_every_audited_table_has_a_name_in_the_viewer():
    import workstation.db.orm  # noqa: F401  (registers every table)
    from workstation.db.base import Base
    from workstation.services.audit.service import ENTITY_LABELS

    missing = set(Base.metadata.tables) - set(ENTITY_LABELS) - {"audit_log", "audit_head"}
    assert not missing, f"add these tables to ENTITY_LABELS: {sorted(missing)}"
