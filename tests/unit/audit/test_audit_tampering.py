"""Issue #17's attacks on the audit trail and the records, each found by `check` with the district key:
the chain is keyed, anchored by checkpoints outside the database folder, and the main records carry the
hash of their audited state."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from workstation.db.audit_checkpoints import log_path, write_checkpoint
from workstation.db.district_keys import attach_district_key, detach_district_key
from workstation.db.orm.audit import GENESIS, AuditEntry, chain_hash
from workstation.domain.enums import ClassType, InstitutionKind, LegalNature
from workstation.domain.errors import StorageError
from workstation.domain.keys import AUDIT, derive
from workstation.domain.nursery import ClassDraft, NurseryDraft
from workstation.domain.permissions import Role
from workstation.services.accounts import UserService
from workstation.services.audit.checks import check_database
from workstation.services.common.context import Actor
from workstation.services.registry.intake import IntakeService

pytestmark = pytest.mark.sqlite_only("edits the SQLite file with sqlite3 and checks it with check_database(path)")

KEY = bytes(range(32))
TODAY = dt.date(2026, 12, 4)
CLERK = Actor("clerk1", "张登记", "CLERK")


def draft(**changes) -> NurseryDraft:
    base = NurseryDraft(
        name="小星星托育服务有限公司", legal_nature=LegalNature.FOR_PROFIT, kind=InstitutionKind.STANDALONE,
        uscc="91500107MA01ABCD53", registered_at=dt.date(2025, 3, 1), street_code="500107001",
        address="杨家坪正街8号", business_scope="3岁以下婴幼儿照护服务", places_total=15, legal_rep_id_no="",
        classes=(ClassDraft(ClassType.TODDLER_YOUNG, "小一班", 15, 12, 3),))
    return dataclasses.replace(base, **changes)


@pytest.fixture
def keyed(district, actor):
    """The district with its key attached, a clerk account, one nursery and a checkpoint (as at sign-in)."""
    attach_district_key(district.engine, KEY)
    UserService(district.factory, actor).create("clerk1", "张登记", Role.CLERK, "Kz7#pq-clerk-2026")
    intake = IntakeService(district.factory, CLERK, today=lambda: TODAY)
    record = intake.create(draft())
    intake.update(record.id, record.version, draft(address="杨家坪正街10号"))
    assert write_checkpoint(district.engine, "sign-in") is not None
    return district


def path_of(db) -> Path:
    return Path(db.location)


def tamper(db, *statements: tuple[str, tuple]) -> None:
    db.close()
    with sqlite3.connect(path_of(db)) as conn:
        for sql, params in statements:
            conn.execute(sql, params)


def audit_rows(db) -> list[dict]:
    with sqlite3.connect(path_of(db)) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute("SELECT * FROM audit_log ORDER BY seq")]


def problems(db) -> list[str]:
    report = check_database(path_of(db), district_key=KEY)
    assert not report.ok
    return report.problems


def test_an_untouched_keyed_database_passes_check_with_its_checkpoints(keyed):
    rows = audit_rows(keyed)
    first = next(i for i, r in enumerate(rows) if r["keyed"])  # the district was set up before the key
    assert all(r["keyed"] for r in rows[first:]) and rows[-1]["record_hash"]
    keyed.close()
    report = check_database(path_of(keyed), district_key=KEY)
    assert report.ok, report.problems
    assert log_path(_district_uuid(keyed), derive(KEY, AUDIT)).stat().st_mode & 0o777 == 0o600


def test_keyed_chain_values_are_macs_not_plain_hashes(keyed):
    row = audit_rows(keyed)[-1]
    assert row["hash"] != chain_hash(row["prev_hash"], row)  # SHA-256 without the key does not reproduce it


def test_deleting_the_last_rows_and_rewinding_the_head_is_found(keyed):
    rows = audit_rows(keyed)
    last, kept = rows[-1]["seq"], rows[-4]
    tamper(keyed, ("DELETE FROM audit_log WHERE seq > ?", (kept["seq"],)),
           ("UPDATE audit_head SET seq = ?, hash = ?", (kept["seq"], kept["hash"])))
    found = problems(keyed)
    assert any("审计链被回退" in p and f"第 {kept['seq'] + 1}–{last} 条记录缺失" in p for p in found), found


def test_renumbering_and_rehashing_without_the_key_is_found(keyed):
    rows = audit_rows(keyed)
    victim = rows[-3]["seq"]  # delete one row, renumber the rest and recompute every value after it
    forged, prev = [], rows[victim - 2]["hash"]
    for row in rows[victim:]:
        row = {**row, "seq": row["seq"] - 1, "prev_hash": prev}
        prev = row["hash"] = chain_hash(prev, row)
        forged.append(row)
    statements = [("DELETE FROM audit_log WHERE seq >= ?", (victim,))]
    statements += [("INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, entity_uuid, nursery_id, changes,"
                    " details, reason, prev_hash, hash, keyed, record_hash) VALUES"
                    " (:seq, :at, :actor, :action, :entity, :entity_id, :entity_uuid, :nursery_id, :changes,"
                    " :details, :reason, :prev_hash, :hash, :keyed, :record_hash)", r) for r in forged]
    statements.append(("UPDATE audit_head SET seq = ?, hash = ?", (forged[-1]["seq"], prev)))
    tamper(keyed, *statements)
    found = problems(keyed)
    assert any(f"第 {victim} 条记录处断开" in p and "辖区密钥" in p for p in found), found


def test_stripping_the_key_from_the_whole_chain_is_found_by_the_checkpoint(keyed):
    rows, prev, statements = audit_rows(keyed), GENESIS, []
    for row in rows:
        row = {**row, "keyed": 0, "prev_hash": prev}
        prev = row["hash"] = chain_hash(prev, row)
        statements.append(("UPDATE audit_log SET keyed = 0, prev_hash = ?, hash = ? WHERE seq = ?",
                           (row["prev_hash"], row["hash"], row["seq"])))
    statements.append(("UPDATE audit_head SET hash = ?", (prev,)))
    tamper(keyed, *statements)
    found = problems(keyed)
    assert any("链值与外部检查点不符" in p and f"第 {rows[-1]['seq']} 条" in p for p in found), found


def test_wiping_every_row_is_found(keyed):
    last = audit_rows(keyed)[-1]["seq"]
    tamper(keyed, ("DELETE FROM audit_log", ()), ("UPDATE audit_head SET seq = 0, hash = ?", (GENESIS,)))
    found = problems(keyed)
    assert any("审计记录已被全部删除" in p and f"第 1–{last} 条记录缺失" in p for p in found), found


def test_a_deleted_head_is_an_alarm_and_never_rebuilt(keyed):
    tamper(keyed, ("DELETE FROM audit_head", ()))
    from workstation.db.session import open_database

    db = open_database(path_of(keyed))
    attach_district_key(db.engine, KEY)
    try:
        with pytest.raises(StorageError, match="审计链头（audit_head）缺失"):
            IntakeService(db.factory, CLERK, today=lambda: TODAY).create(draft(uscc="91500107MA01ABCE3X", name="乙"))
        with sqlite3.connect(path_of(keyed)) as conn:
            assert conn.execute("SELECT count(*) FROM audit_head").fetchone()[0] == 0
    finally:
        db.close()
    assert any("链头（audit_head）缺失" in p for p in problems(keyed))


def test_a_clerk_promoted_to_admin_with_sqlite_is_named(keyed):
    tamper(keyed, ("UPDATE user_account SET role = 'ADMIN' WHERE username = 'clerk1'", ()))
    found = problems(keyed)
    assert any(p.startswith("用户账号") and "clerk1" in p and "被直接修改" in p for p in found), found


def test_a_nursery_edited_with_sqlite_is_named(keyed):
    tamper(keyed, ("UPDATE nursery SET places_total = 150, address = '别处'", ()))
    found = problems(keyed)
    assert [p for p in found if p.startswith("托育机构")] == [
        f"托育机构（记录号 {_nursery_id(keyed)}，小星星托育服务有限公司）的内容与第 {_last_nursery_seq(keyed)} 条审计记录"
        "写下的状态哈希不符：该记录在程序之外被直接修改过。"]


def test_an_account_inserted_or_deleted_with_sqlite_is_named(keyed):
    tamper(keyed, ("INSERT INTO user_account (username, display_name, role, password_hash, active, failed_attempts,"
                   " uuid, created_at, created_by, updated_at, updated_by, version)"
                   " SELECT 'mallory', 'M', 'ADMIN', password_hash, 1, 0, 'u-mallory', created_at, '', updated_at,"
                   " '', 1 FROM user_account WHERE username = 'clerk1'", ()),
           ("DELETE FROM nursery_class", ()), ("DELETE FROM nursery", ()))
    found = problems(keyed)
    assert any("mallory" in p and "没有任何审计记录" in p for p in found), found
    assert any(p.startswith("托育机构") and "被直接删除" in p for p in found), found


def test_a_legitimate_change_after_the_checkpoint_still_passes(keyed):
    UserService(keyed.factory, Actor("tester", "测试员", "SYSTEM")).set_role("clerk1", Role.ADMIN)
    keyed.close()
    report = check_database(path_of(keyed), district_key=KEY)
    assert report.ok, report.problems


def test_without_the_key_check_counts_the_keyed_rows_it_could_not_verify(keyed):
    detach_district_key(keyed.engine)  # as `workstation check` without signing in
    keyed.close()
    report = check_database(path_of(keyed))
    assert report.ok and any("受辖区密钥保护" in n for n in report.notes)


def test_rows_from_before_keys_are_counted_as_unprotected(district):
    attach_district_key(district.engine, KEY)
    IntakeService(district.factory, CLERK, today=lambda: TODAY).create(draft())
    district.close()
    report = check_database(path_of(district), district_key=KEY)
    assert report.ok and any("未受密钥保护" in n for n in report.notes)  # the district's set-up rows


def _district_uuid(db) -> str:
    with sqlite3.connect(path_of(db)) as conn:
        return conn.execute("SELECT uuid FROM district").fetchone()[0]


def _nursery_id(db) -> int:
    with sqlite3.connect(path_of(db)) as conn:
        return conn.execute("SELECT id FROM nursery").fetchone()[0]


def _last_nursery_seq(db) -> int:
    from workstation.db.session import open_database

    db = open_database(path_of(db))
    try:
        with db.factory() as session:
            return session.scalar(select(AuditEntry.seq).where(AuditEntry.entity == "nursery")
                                  .order_by(AuditEntry.seq.desc()).limit(1))
    finally:
        db.close()
