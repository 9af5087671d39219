"""Issue #18 acceptance: in 机构登记 → 推送收件箱 a clerk receives a file with new, matching, differing,
invalid and similar rows; accepts one, merges two fields of another, rejects one and defers one; the
registry, the nursery's timeline and the audit log show exactly those decisions."""

from __future__ import annotations

import pytest
from inbox_support import TODAY, mixed_file, uscc
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from workstation.app import attach_database, build_main_window
from workstation.db.orm import Nursery
from workstation.db.orm.audit import AuditEntry
from workstation.domain.enums import RegistrationOrganKind
from workstation.domain.inbox import Decision, ItemClass, OrganLevel
from workstation.i18n.translation import install_translator
from workstation.models.common.domain_text import shown as shown_text
from workstation.services.common.context import Actor
from workstation.ui.inbox.receive_dialog import ReceiveRequest
from workstation.ui.tasks import SynchronousPool

CLERK = Actor("clerk", "王登记", "CLERK")


@pytest.fixture
def window(qtbot, district):
    window = build_main_window(district, CLERK)
    qtbot.addWidget(window)
    attach_database(window, district, CLERK, today=lambda: TODAY)
    window.show_area("registry")
    return window


def open_inbox(window):
    area = window.page("registry")
    area.tabs.setCurrentIndex(area.inbox_tab)
    inbox = area.tabs.widget(area.inbox_tab)
    inbox._pool = SynchronousPool()
    return area, inbox


def select_class(qtbot, inbox, kind: ItemClass) -> None:
    for row in range(inbox.item_model.rowCount()):
        if inbox.item_model.item_at(row).item_class == kind:
            inbox.item_view.setFocus()
            inbox.item_view.selectRow(row)
            assert inbox.current_item().item_class == kind
            return
    raise AssertionError(f"no {kind} row")


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_receive_then_accept_merge_reject_defer(qtbot, qapp, translators, window, district, tmp_path):
    path, ids = mixed_file(district, tmp_path)
    area, inbox = open_inbox(window)
    inbox.ask_request = lambda: ReceiveRequest(path, RegistrationOrganKind.MARKET_REGULATION,
                                               OrganLevel.DISTRICT, TODAY)
    click(qtbot, inbox.receive_button)
    assert "已接收“推送.csv”共 6 行" in inbox.status_label.text()
    assert inbox.item_model.rowCount() == 6
    shown = [inbox.item_model.index(r, 1).data() for r in range(6)]
    assert shown == ["新机构", "新机构", "与登记一致", "与登记不同", "无效", "疑似重复"]

    select_class(qtbot, inbox, ItemClass.NEW)  # row 2
    click(qtbot, inbox.accept_button)

    select_class(qtbot, inbox, ItemClass.DIFFERS)
    panel = inbox.comparison
    fields = [panel.table.item(r, 0).text() for r in range(panel.table.rowCount())]
    assert panel.table.item(fields.index("法定代表人（负责人）"), 1).text() == "法人21"
    assert panel.table.item(fields.index("法定代表人（负责人）"), 2).text() == "新法人"
    panel.set_chosen("legal_rep_name", True)
    panel.table.setFocus()
    panel.table.setCurrentCell(fields.index("经营范围"), 3)
    qtbot.keyClick(panel.table, Qt.Key.Key_Space)  # the keyboard ticks the second field
    assert panel.chosen_fields() == ["legal_rep_name", "business_scope"]
    click(qtbot, inbox.merge_button)

    select_class(qtbot, inbox, ItemClass.MATCHES)
    inbox.ask_reason = lambda _label: "重复推送，登记无变化"
    click(qtbot, inbox.reject_button)

    select_class(qtbot, inbox, ItemClass.SIMILAR)
    click(qtbot, inbox.defer_button)

    decisions = [inbox.item_model.item_at(r).decision for r in range(6)]
    assert decisions == [Decision.ACCEPTED, Decision.PENDING, Decision.REJECTED, Decision.MERGED,
                         Decision.PENDING, Decision.DEFERRED]
    assert inbox.batch_model.batch_at(0).waiting == 3

    # The registry: one new nursery, two fields of one changed, nothing else.
    with district.factory() as s:
        assert s.scalar(select(func.count()).select_from(Nursery)) == 4
        created = s.scalars(select(Nursery).where(Nursery.uscc == uscc(1))).one()
        changed = s.get(Nursery, ids["differ"])
        assert s.scalars(select(Nursery).where(Nursery.uscc == uscc(2))).first() is None
        assert (changed.legal_rep_name, changed.business_scope, changed.address) == (
            "新法人", "托育服务", "重庆市九龙坡区九龙滨江路21号")
        assert s.get(Nursery, ids["match"]).version == 1 and s.get(Nursery, ids["similar"]).version == 1
    assert area.registry_page.model.total == 4  # the registry tab beside it was refreshed

    # The timelines.
    timeline = window.ui_context.app.timeline
    assert any(str(e.text).startswith("由区县市场监督管理部门推送，clerk确认") for e in timeline.timeline(created.id))
    assert any("clerk确认（采用推送的法定代表人（负责人）、经营范围）" in str(e.text)
               for e in timeline.timeline(ids["differ"]))
    assert not any("推送" in str(e.text) for e in timeline.timeline(ids["match"]))

    # The audit log: exactly four decisions, by the clerk, with their reasons.
    with district.factory() as s:
        decided = s.execute(select(AuditEntry.actor, AuditEntry.reason).where(
            AuditEntry.entity == "inbox_item", AuditEntry.action == "update").order_by(AuditEntry.seq)).all()
    assert [tuple(r) for r in decided] == [
        ("clerk", "推送收件箱：已接受"), ("clerk", "推送收件箱：已合并"),
        ("clerk", "推送收件箱：已驳回（重复推送，登记无变化）"), ("clerk", "推送收件箱：暂缓")]

    # The timeline's lines in English (the reason of a merge as recorded).
    translators.extend(install_translator(qapp, "en"))
    english = [shown_text(e.text) for e in timeline.timeline(ids["differ"])]
    assert any(line.startswith("Pushed by Market regulation (District), confirmed by clerk (采用推送的") for line in english)
    assert not any(line.startswith("由") for line in english), english
