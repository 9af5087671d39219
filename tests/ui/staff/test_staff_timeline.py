"""A nursery's 时间线 shows its staff arrivals and departures and a ban on an ID it records."""

from __future__ import annotations

import datetime as dt

from staff_support import add_nursery, resident_id, staff_draft

from workstation.app import attach_database, build_main_window
from workstation.domain.staff import BanDraft
from workstation.services.common.context import Actor
from workstation.services.staff.bans import BanService
from workstation.services.staff.service import StaffService

CLERK = Actor("clerk", "王登记", "CLERK")
MANAGER = Actor("manager", "王科长", "MANAGER")
TODAY = dt.date(2026, 12, 4)


def test_timeline_lists_arrivals_departures_and_bans(qtbot, district, actor):
    nursery = add_nursery(district.factory)
    staff = StaffService(district.factory, actor, today=lambda: TODAY)
    member = staff.add(nursery, staff_draft("林晓梅", 7, hired_on=dt.date(2025, 3, 1))).member.id
    BanService(district.factory, MANAGER, today=lambda: TODAY).add(BanDraft(
        resident_id(7), "林晓梅", "虐待被看护婴幼儿", "九卫禁〔2026〕5号", dt.date(2026, 12, 1), "九龙坡区卫生健康委员会"))
    staff.depart(member, TODAY, "禁入，解除劳动合同")

    window = build_main_window(district, CLERK)
    qtbot.addWidget(window)
    attach_database(window, district, CLERK, today=lambda: TODAY)
    area = window.page("registry")
    area.open_record(nursery)
    record = area.record_dialog
    qtbot.addWidget(record)
    table = record.ui.timelineTable
    rows = [(table.item(r, 1).text(), table.item(r, 3).text()) for r in range(table.rowCount())]
    assert ("人员", "保育人员“林晓梅”入职") in rows
    assert ("人员", "保育人员“林晓梅”离职：禁入，解除劳动合同") in rows
    assert ("人员", "“林晓梅”列入禁入名单（九龙坡区卫生健康委员会九卫禁〔2026〕5号）") in rows
