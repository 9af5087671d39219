"""The lifetime ban list: refused at intake (legal representative) and at staff entry, naming the
decision; adding a ban reports existing matches; lifting needs a decision and is audited."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest
from sqlalchemy import select
from staff_support import add_nursery, resident_id, staff_draft

from workstation.db.orm.audit import AuditEntry
from workstation.domain.enums import ClassType, InstitutionKind, LegalNature
from workstation.domain.errors import ConflictError, PermissionDenied, ValidationError
from workstation.domain.nursery import ClassDraft, NurseryDraft
from workstation.domain.staff import BanDraft, StaffDraft, StaffRole
from workstation.services.common.context import Actor
from workstation.services.registry.intake import IntakeRejected, IntakeService
from workstation.services.staff.bans import BanService
from workstation.services.staff.service import StaffService

TODAY = dt.date(2026, 12, 4)
BANNED = resident_id(666, "19850505")
MANAGER = Actor("manager", "王科长", "MANAGER")
CLERK = Actor("clerk", "李登记", "CLERK")


def ban_draft(id_no: str = BANNED, **changes) -> BanDraft:
    base = BanDraft(id_no, "钱某某", "虐待被看护婴幼儿，终身禁止从事托育服务", "九卫禁〔2026〕3号",
                    dt.date(2026, 10, 9), "九龙坡区卫生健康委员会")
    return dataclasses.replace(base, **changes)


@pytest.fixture
def bans(district) -> BanService:
    return BanService(district.factory, MANAGER, today=lambda: TODAY)


@pytest.fixture
def staff(district) -> StaffService:
    return StaffService(district.factory, CLERK, today=lambda: TODAY)


def nursery_draft(**changes) -> NurseryDraft:
    base = NurseryDraft(
        name="小星星托育服务有限公司", legal_nature=LegalNature.FOR_PROFIT, kind=InstitutionKind.STANDALONE,
        street_code="500107001", address="杨家坪正街8号", legal_rep_name="钱某某",
        business_scope="3岁以下婴幼儿照护服务", places_total=40,
        classes=(ClassDraft(ClassType.TODDLER_YOUNG, "小一班", 15, 12, 3),))
    return dataclasses.replace(base, **changes)


def test_banned_legal_representative_is_refused_at_intake_naming_the_decision(district, bans):
    intake = IntakeService(district.factory, CLERK, today=lambda: TODAY)
    record = intake.create(nursery_draft(legal_rep_id_no=resident_id(1)))
    bans.add(ban_draft())
    with pytest.raises(IntakeRejected) as info:
        intake.create(nursery_draft(name="另一家托育园", address="谢家湾正街1号", legal_rep_id_no=BANNED))
    assert info.value.findings[0].code == "R-BAN"
    assert "九卫禁〔2026〕3号" in info.value.message and "法定代表人" in info.value.message
    with pytest.raises(IntakeRejected, match="九卫禁〔2026〕3号"):  # an edit too, typed in lower case with spaces
        intake.update(record.id, record.version,
                      nursery_draft(legal_rep_id_no=" " + BANNED.lower() + " "))
    assert IntakeService(district.factory, MANAGER).get(record.id).draft.legal_rep_id_no == resident_id(1)


def test_banned_id_is_refused_at_staff_entry_naming_the_decision(district, bans, staff):
    nursery = add_nursery(district.factory)
    bans.add(ban_draft())
    with pytest.raises(ValidationError) as info:
        staff.add(nursery, StaffDraft("钱某某", BANNED, StaffRole.CAREGIVER, dt.date(2026, 11, 1)))
    assert info.value.field == "id_no"
    assert "九卫禁〔2026〕3号" in info.value.message and "九龙坡区卫生健康委员会" in info.value.message
    assert staff.roster(nursery) == []
    member = staff.add(nursery, staff_draft("孙某", 2)).member
    with pytest.raises(ValidationError, match="九卫禁〔2026〕3号"):  # nor can an edit put the ID on a record
        staff.update(member.id, member.version, dataclasses.replace(staff_draft("孙某", 2), id_no=BANNED))


def test_adding_a_ban_reports_existing_matches(district, bans, staff):
    first = add_nursery(district.factory, name="甲托育园", legal_rep_id=BANNED)
    second = add_nursery(district.factory, name="乙托育园")
    staff.add(second, dataclasses.replace(staff_draft("钱某某", 0), id_no=BANNED))
    staff.add(second, staff_draft("无关者", 3))
    added = bans.add(ban_draft())
    assert [(m.nursery_id, m.nursery_name, m.as_what, m.name) for m in added.matches] == [
        (first, "甲托育园", "法定代表人", "王法人"), (second, "乙托育园", "保育人员", "钱某某")]
    assert bans.add(ban_draft(id_no=resident_id(4))).matches == ()


def test_lifting_needs_a_decision_and_is_audited(district, bans, staff):
    ban = bans.add(ban_draft()).ban
    with pytest.raises(ValidationError, match="文号"):
        bans.lift(ban.id, "  ", "复议撤销", TODAY)
    with pytest.raises(ValidationError, match="理由"):
        bans.lift(ban.id, "九卫解〔2026〕1号", "", TODAY)
    assert bans.bans()[0].in_force
    lifted = bans.lift(ban.id, "九卫解〔2026〕1号", "行政复议撤销原决定", TODAY)
    assert (lifted.lifted_on, lifted.lift_decision_no) == (TODAY, "九卫解〔2026〕1号")
    assert [b.id for b in bans.bans()] == [ban.id]  # kept, never deleted
    with pytest.raises(ConflictError):
        bans.lift(ban.id, "九卫解〔2026〕2号", "再次解除", TODAY)
    with district.factory() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.entity == "staff_ban",
                                                         AuditEntry.action == "update")).one()
    assert entry.actor == "manager" and "九卫解〔2026〕1号" in entry.reason
    assert json.loads(entry.changes)["lift_decision_no"] == [None, "九卫解〔2026〕1号"]
    nursery = add_nursery(district.factory)
    assert staff.add(nursery, dataclasses.replace(staff_draft("钱某某", 0), id_no=BANNED)).member.name == "钱某某"


def test_only_managers_record_or_lift_bans_and_ids_are_masked_for_others(district, bans):
    with pytest.raises(PermissionDenied):
        BanService(district.factory, CLERK, today=lambda: TODAY).add(ban_draft())
    ban = bans.add(ban_draft()).ban
    assert ban.id_no == BANNED
    with pytest.raises(PermissionDenied):
        BanService(district.factory, CLERK, today=lambda: TODAY).lift(ban.id, "文号", "理由", TODAY)
    seen = BanService(district.factory, CLERK, today=lambda: TODAY).bans()[0].id_no
    assert seen == BANNED[:6] + "*" * 8 + BANNED[-4:]


def test_roster_ids_are_masked_unless_the_role_may_see_full_personal_data(district, staff):
    nursery = add_nursery(district.factory)
    staff.add(nursery, staff_draft("孙某", 2))
    full = resident_id(2)
    assert [r.id_no for r in staff.roster(nursery)] == [full[:6] + "********" + full[-4:]]
    manager_view = StaffService(district.factory, MANAGER, today=lambda: TODAY).roster(nursery)
    assert [r.id_no for r in manager_view] == [full]
