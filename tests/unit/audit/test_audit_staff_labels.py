"""The audit viewer names the staff tables, their fields and their coded values in Chinese."""

from __future__ import annotations

import datetime as dt

from staff_support import add_nursery, staff_draft

from workstation.domain.staff import BanDraft
from workstation.services.audit import FIELD_LABELS, AuditFilter, AuditService, value_label
from workstation.services.common.context import Actor
from workstation.services.staff.bans import BanService
from workstation.services.staff.service import StaffService

TODAY = dt.date(2026, 12, 4)
MANAGER = Actor("manager", "王科长", "MANAGER")


def test_staff_rows_read_in_chinese(district, actor):
    staff = StaffService(district.factory, actor, today=lambda: TODAY)
    staff.add(add_nursery(district.factory), staff_draft("林晓梅", 7))
    bans = BanService(district.factory, MANAGER, today=lambda: TODAY)
    ban = bans.add(BanDraft(staff_draft("钱某某", 9).id_no, "钱某某", "虐待婴幼儿", "九卫禁〔2026〕1号",
                            dt.date(2026, 3, 1), "九龙坡区卫生健康委员会")).ban
    bans.lift(ban.id, "九卫解〔2026〕2号", "复议撤销", TODAY)

    rows = AuditService(district.factory, actor).page(AuditFilter(), None, 50)
    by_entity = {r.entity: r for r in rows}
    assert by_entity["staff_member"].entity_label == "工作人员"
    assert by_entity["staff_ban"].entity_label == "禁入名单"
    for row in rows:
        if row.entity.startswith("staff_"):
            for change in row.changes:
                assert change.field in FIELD_LABELS, (row.entity, change.field)
    member = by_entity["staff_member"]
    shown = {c.field: value_label("staff_member", c.field, c.new) for c in member.changes}
    assert shown["id_type"] == "居民身份证" and shown["role"] == "保育人员" and shown["employment"] == "全职"
    assert value_label("user_account", "role", "CLERK") == "登记员"  # another table's field of that name: an account role
