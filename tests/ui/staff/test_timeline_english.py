"""Walk (English): the nursery record's 时间线 read "录入机构信息", "保育人员“唐萍”入职" in English; the lines the
registry and staff areas build are domain texts, shown in the interface language (names, decision numbers and
reasons as recorded); Chinese unchanged (test_staff_timeline)."""

from __future__ import annotations

import datetime as dt

from staff_support import add_nursery, resident_id, staff_draft

from workstation.app import attach_database, build_main_window
from workstation.domain.staff import BanDraft
from workstation.i18n.translation import install_translator
from workstation.services.common.context import Actor
from workstation.services.staff.bans import BanService
from workstation.services.staff.service import StaffService

CLERK = Actor("clerk", "王登记", "CLERK")
MANAGER = Actor("manager", "王科长", "MANAGER")
TODAY = dt.date(2026, 12, 4)


def test_timeline_in_english(qtbot, qapp, translators, district, actor):
    nursery = add_nursery(district.factory)
    staff = StaffService(district.factory, actor, today=lambda: TODAY)
    member = staff.add(nursery, staff_draft("唐萍", 7, hired_on=dt.date(2025, 3, 1))).member.id
    BanService(district.factory, MANAGER, today=lambda: TODAY).add(BanDraft(
        resident_id(7), "唐萍", "虐待被看护婴幼儿", "九卫禁〔2026〕5号", dt.date(2026, 12, 1), "九龙坡区卫生健康委员会"))
    staff.depart(member, TODAY, "禁入，解除劳动合同")

    translators.extend(install_translator(qapp, "en"))
    window = build_main_window(district, CLERK)
    qtbot.addWidget(window)
    attach_database(window, district, CLERK, today=lambda: TODAY)
    area = window.page("registry")
    area.open_record(nursery)
    record = area.record_dialog
    qtbot.addWidget(record)
    table = record.ui.timelineTable
    texts = [table.item(r, 3).text() for r in range(table.rowCount())]
    assert "Nursery information entered" in texts
    assert "Caregiver “唐萍” started" in texts, texts
    assert "Caregiver “唐萍” left: 禁入，解除劳动合同" in texts
    assert "“唐萍” put on the ban list (九龙坡区卫生健康委员会 九卫禁〔2026〕5号)" in texts
    assert not any(word in text for text in texts for word in ("录入", "入职", "离职", "列入"))
