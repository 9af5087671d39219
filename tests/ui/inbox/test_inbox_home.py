"""Issue #18: the home page shows 待处理推送 and 在营未登记 with their counts; an entry opens
机构登记 → 推送收件箱 at that batch (or the unregistered list)."""

from __future__ import annotations

import datetime as dt

from inbox_support import TODAY, mixed_file

from workstation.app import attach_database, build_main_window
from workstation.domain.enums import RegistrationOrganKind
from workstation.domain.inbox import FoundBy, OrganLevel
from workstation.services.common.context import Actor
from workstation.ui.inbox.home_queues import InboxHomeQueues
from workstation.ui.inbox.inbox_page import InboxPage

CLERK = Actor("clerk", "王登记", "CLERK")


def test_home_queues_count_and_open_the_inbox(qtbot, district, tmp_path):
    window = build_main_window(district, CLERK)
    qtbot.addWidget(window)
    ctx = attach_database(window, district, CLERK, today=lambda: TODAY)
    queues = window.home_page.findChild(InboxHomeQueues)
    assert queues.tree.topLevelItem(0).text(0) == "待处理推送（0）"
    path, _ = mixed_file(district, tmp_path)
    batch = ctx.app.inbox.receive(path, RegistrationOrganKind.MARKET_REGULATION, OrganLevel.DISTRICT).batch
    ctx.app.unregistered.add("小太阳看护点", "杨家坪正街12号", FoundBy.INSPECTION, dt.date(2026, 11, 30))
    ctx.events.notify("nurseries")
    assert queues.tree.topLevelItem(0).text(0) == "待处理推送（6）"
    entry = queues.tree.topLevelItem(0).child(0)
    assert entry.text(0) == "2026-12-04 区县市场监督管理部门“推送.csv”：待处理 6 行"
    assert queues.tree.topLevelItem(1).text(0) == "在营未登记（1）"
    assert queues.tree.topLevelItem(1).child(0).text(0) == "小太阳看护点 · 检查发现 · 2026-11-30"

    queues.tree.itemActivated.emit(entry, 0)
    assert window.current_area() == "registry"
    area = window.page("registry")
    inbox = area.tabs.currentWidget()
    assert isinstance(inbox, InboxPage) and inbox.current_batch_id() == batch.id
    assert inbox.item_model.rowCount() == 6
