"""批量接受无问题的行 is offered only while the batch has rows waiting for a decision."""

from __future__ import annotations

from inbox_support import TODAY, add_nursery, row, write_csv
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from workstation.context import AppContext
from workstation.domain.enums import RegistrationOrganKind
from workstation.domain.inbox import ItemClass, OrganLevel
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

    page.confirm_bulk = lambda question: True
    qtbot.mouseClick(page.bulk_button, Qt.MouseButton.LeftButton)
    assert page.status_label.text() == "已批量接受 2 行。"
    assert page.batch_model.batch_at(0).waiting == 0
    assert not page.bulk_button.isEnabled()  # 0 pending: nothing left to accept


def _page_with_batch(qtbot, district, tmp_path):
    """A received batch of two new rows, one matching row and one differing row (left out of the bulk)."""
    add_nursery(district, 20)
    add_nursery(district, 21)
    ctx = AppContext(district, CLERK, today=lambda: TODAY)
    page = InboxPage(ctx.inbox, ctx.unregistered, CLERK, SynchronousPool(), today=lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    path = write_csv(tmp_path / "four.csv", [row(1), row(2), row(20), row(21, 法定代表人="新法人")])
    page.ask_request = lambda: ReceiveRequest(path, RegistrationOrganKind.MARKET_REGULATION,
                                              OrganLevel.DISTRICT, TODAY)
    qtbot.mouseClick(page.receive_button, Qt.MouseButton.LeftButton)
    return ctx, page


def test_bulk_accept_asks_first_naming_what_it_will_write_and_going_back_writes_nothing(
        qtbot, district, tmp_path):
    ctx, page = _page_with_batch(qtbot, district, tmp_path)
    asked: list[str] = []
    page.confirm_bulk = lambda question: asked.append(question) or False
    waiting = page.batch_model.batch_at(0).waiting
    qtbot.mouseClick(page.bulk_button, Qt.MouseButton.LeftButton)
    [question] = asked
    assert "3 行无问题的行" in question  # the differing row is not among them
    assert "新建机构记录：2 条" in question and "标记为已接受：1 行" in question
    assert "不会更新任何已有记录" in question
    assert page.batch_model.batch_at(0).waiting == waiting == 4  # nothing accepted
    assert ctx.inbox.clean_counts(page.current_batch_id())[ItemClass.NEW] == 2


def test_bulk_accept_question_defaults_to_going_back(qtbot, district, tmp_path):
    ctx, page = _page_with_batch(qtbot, district, tmp_path)
    seen: dict[str, object] = {}

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen["default"] = box.defaultButton().text()
        seen["escape"] = box.escapeButton().text()
        seen["text"] = box.text()
        box.defaultButton().click()  # Enter: the default

    QTimer.singleShot(0, answer)
    qtbot.mouseClick(page.bulk_button, Qt.MouseButton.LeftButton)
    assert seen["default"] == seen["escape"] == "返回(&B)"
    assert "新建机构记录：2 条" in str(seen["text"])
    assert page.batch_model.batch_at(0).waiting == 4
