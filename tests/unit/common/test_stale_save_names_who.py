"""Two desks edit one record: the second save is refused naming who saved first and when (both engines)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from filing_support import Clock, add_nursery
from filing_support import service as filing_service

from workstation.db.orm import Nursery
from workstation.db.orm.accounts import User
from workstation.db.orm.filing import FilingApplication
from workstation.domain.enums import InstitutionKind, InstitutionStatus, LegalNature
from workstation.domain.errors import ConflictError
from workstation.domain.filing import FilingKind
from workstation.domain.nursery import NurseryDraft
from workstation.services.common import uow
from workstation.services.common.context import Actor
from workstation.services.filing.dto import FilingInfo
from workstation.services.registry.intake import IntakeService

TODAY = dt.date(2026, 12, 4)
ZHANG = Actor("zhangsan", "张三", "CLERK")


@pytest.fixture
def desks(district, actor):
    with district.factory.begin() as session:
        session.add(User(username="zhangsan", display_name="张三", role="CLERK", password_hash="x", active=True))
    return IntakeService(district.factory, actor, today=lambda: TODAY), \
        IntakeService(district.factory, ZHANG, today=lambda: TODAY)


def draft(**changes) -> NurseryDraft:
    base = NurseryDraft(name="小星星托育服务有限公司", legal_nature=LegalNature.FOR_PROFIT,
                        kind=InstitutionKind.STANDALONE, street_code="500107001", address="杨家坪正街8号",
                        places_total=40)
    return dataclasses.replace(base, **changes)


def when_saved(database, model, row_id: int) -> str:
    """When the newer version was saved, as the message shows it (local wall clock)."""
    with database.factory() as session:
        at = session.get(model, row_id).updated_at
    local = at.replace(tzinfo=dt.UTC).astimezone()
    return f"{local.month}月{local.day}日 {local:%H:%M}"


def test_stale_nursery_save_names_who_and_when(desks, district):
    mine, zhang = desks
    record = mine.create(draft())
    zhang.update(record.id, record.version, draft(phone="023-68881234"))
    with pytest.raises(ConflictError) as refused:
        mine.update(record.id, record.version, draft(phone="13800001111"))
    when = when_saved(district, Nursery, record.id)
    assert refused.value.message == f"该机构记录已被 张三 于 {when} 修改，请重新打开后再改；您的修改尚未保存。"
    assert mine.get(record.id).draft.phone == "023-68881234"


def test_save_overtaken_between_read_and_write_names_who(desks, district, monkeypatch):
    """The other desk commits after this save read the record (no write lock first): the version check of
    the UPDATE itself refuses it, and the message still names the other desk's user."""
    mine, zhang = desks
    record = mine.create(draft())
    monkeypatch.setattr(uow, "lock_for_writing", lambda session: None)
    guard, done = IntakeService._guard, []

    def zhang_saves_meanwhile(self, *args):
        guard(self, *args)
        if not done:
            done.append(True)
            zhang.update(record.id, record.version, draft(address="谢家湾正街2号"))

    monkeypatch.setattr(IntakeService, "_guard", zhang_saves_meanwhile)
    with pytest.raises(ConflictError) as refused:
        mine.update(record.id, record.version, draft(address="杨家坪正街9号"))
    monkeypatch.undo()
    assert done and "已被 张三 于 " in refused.value.message, refused.value.message
    assert mine.get(record.id).draft.address == "谢家湾正街2号"


def test_stale_filing_application_names_who(district, desks):
    clock = Clock(TODAY)
    mine = filing_service(district, clock)
    zhang = filing_service(district, clock, Actor("zhangsan", "张三", "SYSTEM"))
    app = mine.create(add_nursery(district.factory, status=InstitutionStatus.FILED), FilingKind.CANCELLATION)
    zhang.update_info(app.id, app.version, FilingInfo(settlement_note="幼儿已转园。"))
    with pytest.raises(ConflictError) as refused:
        mine.update_info(app.id, app.version, FilingInfo(settlement_note="员工已安置。"))
    when = when_saved(district, FilingApplication, app.id)
    assert refused.value.message.startswith(f"该备案申请已被 张三 于 {when} 修改（现为“"), refused.value.message
