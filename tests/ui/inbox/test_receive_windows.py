"""接收推送文件 leaves no hidden windows behind: its dialog and its progress window (one per receive
stayed alive all session before) are deleted once done."""

from __future__ import annotations

import threading

import pytest
from inbox_support import TODAY, mixed_file
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog

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


def test_accepting_a_row_shows_the_busy_cursor_while_it_works(qtbot, page, district, tmp_path):
    path, _ = mixed_file(district, tmp_path)
    page.ask_request = lambda: ReceiveRequest(path, RegistrationOrganKind.MARKET_REGULATION, OrganLevel.DISTRICT, TODAY)
    qtbot.mouseClick(page.receive_button, Qt.MouseButton.LeftButton)
    page.item_view.selectRow(0)
    service, cursors = page._service, []
    accept = service.accept

    def watched(item_id: int):
        cursor = QApplication.overrideCursor()
        cursors.append(cursor.shape() if cursor is not None else None)
        return accept(item_id)

    service.accept = watched
    page.confirm_overwrite = lambda _question: True
    qtbot.mouseClick(page.accept_button, Qt.MouseButton.LeftButton)
    assert cursors == [Qt.CursorShape.WaitCursor]
    assert QApplication.overrideCursor() is None and page.status_label.text().startswith("第")


def test_the_pinyin_dictionaries_load_beside_the_page_not_on_the_first_accept(qtbot, district, monkeypatch):
    """The first 接受 at 100k spent ~0.5 s of its ~0.8 s loading pypinyin for the new nursery's sort key."""
    import workstation.ui.inbox.inbox_page as inbox_page

    loaded = []
    monkeypatch.setattr(inbox_page, "load_dictionaries", lambda: loaded.append(threading.current_thread()))
    ctx = AppContext(district, CLERK, today=lambda: TODAY)
    page = InboxPage(ctx.inbox, ctx.unregistered, CLERK, SynchronousPool(), today=lambda: TODAY)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: bool(loaded))
    assert loaded[0] is not threading.main_thread()
