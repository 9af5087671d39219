"""批量接受无问题的行 is offered only while the batch has rows waiting for a decision."""

from __future__ import annotations

from inbox_support import TODAY, row, write_csv
from PySide6.QtCore import Qt

from workstation.context import AppContext
from workstation.domain.enums import RegistrationOrganKind
from workstation.domain.inbox import OrganLevel
from workstation.services.common.context import Actor
from workstation.ui.inbox.inbox_page import InboxPage
from workstation.ui.inbox.receive_dialog import ReceiveRequest
from workstation.ui.tasks import SynchronousPool

CLERK = Actor("clerk", "王登记", "CLERK")


def test_bulk_accept_is_disabled_once_nothing_is_waiting(qtbot, district, tmp_path):
    ctx = AppContext(district, CLERK, today=lambda: TODAY)
    page = InboxPage(ctx.inbox, ctx.unregistered, CLERK, SynchronousPool(), today=lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    assert not page.bulk_button.isEnabled()  # no batch yet
    path = write_csv(tmp_path / "two.csv", [row(1), row(2)])
    page.ask_request = lambda: ReceiveRequest(path, RegistrationOrganKind.MARKET_REGULATION,
                                              OrganLevel.DISTRICT, TODAY)
    qtbot.mouseClick(page.receive_button, Qt.MouseButton.LeftButton)
    assert page.bulk_button.isEnabled()

    qtbot.mouseClick(page.bulk_button, Qt.MouseButton.LeftButton)
    assert page.status_label.text() == "已批量接受 2 行。"
    assert page.batch_model.batch_at(0).waiting == 0
    assert not page.bulk_button.isEnabled()  # 0 pending: nothing left to accept
