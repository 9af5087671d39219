"""A refusal by the ban list names the person as the list records them, not as if it were the name typed."""

from __future__ import annotations

import datetime as dt

from workstation.domain.staff import BanRef, StaffRole, ban_refusal


def test_the_listed_name_is_labelled_as_the_lists():
    ban = BanRef("吴某某", "九卫禁〔2026〕2号", dt.date(2026, 12, 5), "九龙坡区卫生健康委员会")
    message = str(ban_refusal(ban, StaffRole.CAREGIVER))
    assert message == ("所填保育人员的证件号码在禁入名单中（名单所载姓名“吴某某”，九龙坡区卫生健康委员会2026-12-05作出的"
                       "九卫禁〔2026〕2号决定，终身禁入），不能登记。")
    assert "保育人员“吴某某”" not in message  # read as the person being entered (typed as 吴小某)
