"""A person banned while on post: an error finding naming the decision in the nursery's record and a
禁入人员在岗 line at the head of the home queue, both until the departure is recorded."""

from __future__ import annotations

import datetime as dt

from staff_support import add_nursery, resident_id, staff_draft

from workstation.domain.staff import BanDraft
from workstation.services.common.context import Actor
from workstation.services.staff.bans import BanService
from workstation.services.staff.queue import StaffQueue
from workstation.services.staff.service import StaffService

TODAY = dt.date(2026, 12, 4)
MANAGER = Actor("manager", "王科长", "MANAGER")


def test_a_ban_on_someone_on_post_is_an_error_and_heads_the_queue_until_departure(district, actor):
    staff = StaffService(district.factory, actor, today=lambda: TODAY)
    first, second = add_nursery(district.factory), add_nursery(district.factory, name="九龙坡区小星星托育园")
    member = staff.add(first, staff_draft("林晓梅", 7)).member.id
    staff.add(second, staff_draft("林晓梅", 7))
    queue = StaffQueue(district.factory, actor, today=lambda: TODAY)
    before = len(queue.items())

    BanService(district.factory, MANAGER, today=lambda: TODAY).add(BanDraft(
        resident_id(7), "林晓梅", "虐待被看护婴幼儿", "九卫禁〔2026〕5号", dt.date(2026, 12, 1), "九龙坡区卫生健康委员会"))

    for nursery in (first, second):
        banned = [f for f in staff.findings(nursery) if f.code == "R-BAN"]
        assert len(banned) == 1 and banned[0].is_error
        assert "九卫禁〔2026〕5号" in banned[0].message and "“林晓梅”" in banned[0].message
    lines = [item.text(TODAY) for item in queue.items()]
    assert len(lines) == before + 2
    assert {lines[0], lines[1]} == {f"{name}：“林晓梅”禁入人员在岗（九卫禁〔2026〕5号），请立即核查处理"
                                    for name in ("九龙坡区小海豚托育中心", "九龙坡区小星星托育园")}

    staff.depart(member, TODAY, "禁入，解除劳动合同")
    assert not [f for f in staff.findings(first) if f.code == "R-BAN"]
    assert len([item for item in queue.items() if item.banned]) == 1
