"""Issue 17: the legal representative's ID number and phones are masked in service results for roles
that may not see full personal data; a full ID shown is audited; a masked value sent back keeps the
stored one."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest
from sqlalchemy import select

from workstation.db.orm import Nursery
from workstation.db.orm.audit import AuditEntry
from workstation.domain.enums import ClassType, IdType, InstitutionKind, LegalNature
from workstation.domain.errors import PermissionDenied, ValidationError
from workstation.domain.nursery import ClassDraft, NurseryDraft
from workstation.services.common.context import Actor
from workstation.services.registry.intake import IntakeService

TODAY = dt.date(2026, 12, 4)
ID_NO = "500107199003071234"
CLERK = Actor("clerk", "李登记", "CLERK")
ADMIN = Actor("admin", "赵管理", "ADMIN")
INSPECTOR = Actor("inspector", "孙检查", "INSPECTOR")
MANAGER = Actor("manager", "王科长", "MANAGER")


def draft(**changes) -> NurseryDraft:
    base = NurseryDraft(
        name="小星星托育服务有限公司", legal_nature=LegalNature.FOR_PROFIT, kind=InstitutionKind.STANDALONE,
        street_code="500107001", address="杨家坪正街8号", legal_rep_name="钱某某", legal_rep_id_no=ID_NO,
        legal_rep_phone="+86 (139) 0013 9000", director_phone="13812345678",
        business_scope="3岁以下婴幼儿照护服务", places_total=40,
        classes=(ClassDraft(ClassType.TODDLER_YOUNG, "小一班", 15, 12, 3),))
    return dataclasses.replace(base, **changes)


def service(district, actor: Actor) -> IntakeService:
    return IntakeService(district.factory, actor, today=lambda: TODAY)


@pytest.fixture
def saved(district):
    return service(district, CLERK).create(draft())


@pytest.mark.parametrize("who", [CLERK, ADMIN, INSPECTOR], ids=["clerk", "admin", "inspector"])
def test_roles_without_full_personal_data_get_masked_ids_and_phones(district, saved, who):
    got = service(district, who).get(saved.id).draft
    assert got.legal_rep_id_no == "500107********1234"
    assert got.legal_rep_phone == "139****9000"
    assert got.director_phone == "138****5678"


def test_an_odd_length_id_is_masked_whole_for_a_clerk(district):
    record = service(district, CLERK).create(draft(legal_rep_id_type=IdType.PASSPORT, legal_rep_id_no="E9876543210"))
    shown = service(district, CLERK).get(record.id).draft.legal_rep_id_no
    assert shown == "*" * len(shown) and "3210" not in shown


def test_a_clerk_saving_the_masked_form_keeps_the_stored_numbers(district, saved):
    clerk = service(district, CLERK)
    version = clerk.get(saved.id).version
    sent = draft(legal_rep_id_no="500107********1234", legal_rep_phone="139****9000",
                 director_phone="138****5678", address="杨家坪正街9号")  # the form as the clerk saw it
    assert not [f for f in clerk.check(sent, saved.id) if f.field.startswith(("legal_rep", "director"))]
    clerk.update(saved.id, version, sent)
    with district.factory() as session:
        row = session.get(Nursery, saved.id)
        assert (row.legal_rep_id_no, row.legal_rep_phone, row.director_phone, row.address) == (
            ID_NO, "13900139000", "13812345678", "杨家坪正街9号")
    with pytest.raises(ValidationError):  # the masked form of another number is no number
        clerk.update(saved.id, version + 1, draft(legal_rep_id_no="500107********9999"))


def test_revealing_the_full_id_is_audited_without_the_number(district, saved):
    manager = service(district, MANAGER)
    got = manager.get(saved.id).draft  # the manager may see personal data: the record in full
    assert (got.legal_rep_id_no, got.legal_rep_phone, got.director_phone) == (ID_NO, "13900139000", "13812345678")
    assert manager.reveal_id_number(saved.id) == ID_NO
    with district.factory() as session:
        row = session.scalars(select(AuditEntry).where(AuditEntry.action == "view_personal_data")).one()
    assert (row.actor, row.entity, row.entity_id, row.nursery_id) == ("manager", "nursery", str(saved.id), saved.id)
    assert json.loads(row.details) == {"field": "legal_rep_id_no", "whose": "钱某某"}
    assert ID_NO not in row.details + row.changes + row.reason


@pytest.mark.parametrize("who", [CLERK, ADMIN], ids=["clerk", "admin"])
def test_roles_that_may_not_see_it_are_refused_and_nothing_is_recorded(district, saved, who):
    with pytest.raises(PermissionDenied, match="无权查看完整个人信息"):
        service(district, who).reveal_id_number(saved.id)
    with district.factory() as session:
        assert session.scalars(select(AuditEntry).where(AuditEntry.action == "view_personal_data")).first() is None
