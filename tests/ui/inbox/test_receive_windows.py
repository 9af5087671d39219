"""接收推送文件 leaves no hidden windows behind: its dialog and its progress window (one per receive
stayed alive all session before) are deleted once done."""

from __future__ import annotations

import pytest
from inbox_support import TODAY, mixed_file
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QProgressDialog

from workstation.context import AppContext
from workstation.domain.enums import RegistrationOrganKind
from workstation.domain.inbox import OrganLevel
from workstation.services.common.context import Actor
from workstation.ui.inbox.inbox_page import InboxPage
from workstation.ui.inbox.receive_dialog import ReceiveDialog, ReceiveRequest
from workstation.ui.tasks import SynchronousPool

CLERK = Actor("clerk", "王登记", "CLERK")


@pytest.fixture
def page(qtbot, district):
    ctx = AppContext(district, CLERK, today=lambda: TODAY)
    page = InboxPage(ctx.inbox, ctx.unregistered, CLERK, SynchronousPool(), today=lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    return page


def test_no_progress_window_remains_after_receiving(qtbot, page, district, tmp_path):
    path, _ = mixed_file(district, tmp_path)
    page.ask_request = lambda: ReceiveRequest(path, RegistrationOrganKind.MARKET_REGULATION, OrganLevel.DISTRICT, TODAY)
    for _ in range(2):
        qtbot.mouseClick(page.receive_button, Qt.MouseButton.LeftButton)
    assert page.batch_model.rowCount() == 1
    qtbot.waitUntil(lambda: not page.findChildren(QProgressDialog))


def test_the_receive_dialog_is_deleted_after_answering(qtbot, page, monkeypatch):
    monkeypatch.setattr(ReceiveDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    qtbot.mouseClick(page.receive_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.findChildren(ReceiveDialog))
