"""A pushed branch (分公司/分园) of a registered nursery is classed as similar to it, not as a new nursery:
the tester's 重庆爱童托育服务有限公司九龙分公司 came in as 新机构 beside 重庆爱童托育服务有限公司."""

from __future__ import annotations

import pytest
from inbox_support import TODAY, add_nursery, row, write_csv

from workstation.db.attachments import Attachments
from workstation.domain.enums import RegistrationOrganKind
from workstation.domain.inbox import ItemClass, OrganLevel
from workstation.services.inbox import InboxService


@pytest.fixture
def inbox(district, actor):
    return InboxService(district.factory, actor, Attachments(district.factory), today=lambda: TODAY)


@pytest.mark.parametrize("parent, branch", [
    ("重庆爱童托育服务有限公司", "重庆爱童托育服务有限公司九龙分公司"),
    ("小星星托育园", "小星星托育园杨家坪第2分园"),
])
def test_a_branch_of_a_registered_nursery_is_similar_to_it(district, inbox, tmp_path, parent, branch):
    parent_id = add_nursery(district, 20, name=parent, address="重庆市九龙坡区黄桷坪大道20号")
    path = write_csv(tmp_path / "push.csv", [row(1, 名称=branch, 住所="重庆市九龙坡区石坪桥正街1号")])
    batch = inbox.receive(path, RegistrationOrganKind.MARKET_REGULATION, OrganLevel.DISTRICT).batch
    [item] = inbox.items(batch.id, 0, 10)
    assert (item.item_class, item.nursery_id) == (ItemClass.SIMILAR, parent_id)
    assert parent in item.findings and "名称相近" in item.findings
