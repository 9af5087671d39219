"""Issue 17: ID numbers and phones are kept masked in new audit rows, and the audit viewer masks what
older rows hold for roles that may not see full personal data (the administrator)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

from sqlalchemy import select

from workstation.db.audit_hooks import Entry, append
from workstation.db.orm.audit import AuditEntry
from workstation.domain.enums import ClassType, InstitutionKind, LegalNature
from workstation.domain.nursery import ClassDraft, NurseryDraft
from workstation.domain.staff import StaffDraft, StaffRole
from workstation.services.audit.service import AuditFilter, AuditService
from workstation.services.common.context import Actor
from workstation.services.registry.intake import IntakeService
from workstation.services.staff.service import StaffService

TODAY = dt.date(2026, 12, 4)
OLD_ID, NEW_ID = "500107199003071234", "500107198505054325"
CLERK = Actor("clerk", "李登记", "CLERK")
ADMIN = Actor("admin", "赵管理", "ADMIN")
MANAGER = Actor("manager", "王科长", "MANAGER")


def draft(**changes) -> NurseryDraft:
    base = NurseryDraft(
        name="小星星托育服务有限公司", legal_nature=LegalNature.FOR_PROFIT, kind=InstitutionKind.STANDALONE,
        street_code="500107001", address="杨家坪正街8号", legal_rep_name="钱某某", legal_rep_id_no=OLD_ID,
        legal_rep_phone="13900139000", business_scope="3岁以下婴幼儿照护服务", places_total=40,
        classes=(ClassDraft(ClassType.TODDLER_YOUNG, "小一班", 15, 12, 3),))
    return dataclasses.replace(base, **changes)


def test_new_audit_rows_keep_id_numbers_and_phones_masked(district):
    intake = IntakeService(district.factory, CLERK, today=lambda: TODAY)
    record = intake.create(draft())
    intake.update(record.id, record.version, draft(legal_rep_id_no=NEW_ID, legal_rep_phone="+86 138 1234 5678"))
    staff = StaffService(district.factory, CLERK, today=lambda: TODAY)
    staff.add(record.id, StaffDraft("周保育", OLD_ID, StaffRole.CAREGIVER, dt.date(2025, 3, 1), phone="13700001111"))
    with district.factory() as session:
        stored = " ".join(session.scalars(select(AuditEntry.changes)))
    for clear in (OLD_ID, NEW_ID, "13900139000", "13812345678", "13700001111"):
        assert clear not in stored
    with district.factory() as session:
        update = session.scalars(select(AuditEntry).where(AuditEntry.entity == "nursery",
                                                          AuditEntry.action == "update")).one()
    assert json.loads(update.changes)["legal_rep_id_no"] == ["500107********1234", "500107********4325"]
    assert json.loads(update.changes)["legal_rep_phone"] == ["139****9000", "138****5678"]


def _old_row_in_clear(district) -> None:
    """A row as older versions wrote it: the numbers in clear."""
    with district.factory.begin() as session:
        append(session.connection(), [Entry("update", "nursery", "1", changes={
            "legal_rep_id_no": [OLD_ID, "E9876543210"], "director_phone": ["+86 (139) 0013 9000", None],
            "address": ["杨家坪正街8号", "杨家坪正街9号"]})], "clerk")


def test_the_administrator_reads_older_rows_masked(district):
    _old_row_in_clear(district)
    row = AuditService(district.factory, ADMIN).page(AuditFilter(record="nursery:1"))[0]
    changes = {c.field: (c.old, c.new) for c in row.changes}
    assert changes["legal_rep_id_no"] == ("500107********1234", "*" * 11)
    assert changes["director_phone"] == ("139****9000", None)
    assert changes["address"] == ("杨家坪正街8号", "杨家坪正街9号")
    # the manager, who may see personal data, reads them as kept
    row = AuditService(district.factory, MANAGER).page(AuditFilter(record="nursery:1"))[0]
    assert {c.field: c.old for c in row.changes}["legal_rep_id_no"] == OLD_ID
