"""The 推送收件箱 as the last walkthrough used it: one refresh per decision, 名称 and 问题与提示 readable
at 1200×760, and the page's helpers (receiving, decisions) still in English with --lang en."""

from __future__ import annotations

import re

import pytest
from inbox_support import TODAY, mixed_file
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from workstation.app import attach_database, build_main_window
from workstation.context import AppContext
from workstation.domain.enums import RegistrationOrganKind
from workstation.domain.inbox import ItemClass, OrganLevel
from workstation.i18n.translation import install_translator
from workstation.models.inbox.item_table_model import COLUMNS
from workstation.services.common.context import Actor
from workstation.ui.inbox.inbox_page import InboxPage
from workstation.ui.inbox.receive_dialog import ReceiveRequest
from workstation.ui.tasks import SynchronousPool

CLERK = Actor("clerk", "王登记", "CLERK")
MARKET = RegistrationOrganKind.MARKET_REGULATION
CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def inbox(qtbot, district, tmp_path):
    """The inbox tab of a 1200×760 main window (the event hub wired as in the program), one batch open."""
    path, _ = mixed_file(district, tmp_path)
    AppContext(district, CLERK, today=lambda: TODAY).inbox.receive(path, MARKET, OrganLevel.DISTRICT)
    window = build_main_window(district, CLERK)
    qtbot.addWidget(window)
    attach_database(window, district, CLERK, today=lambda: TODAY)
    window.resize(1200, 760)
    window.show()
    qtbot.waitExposed(window)
    window.show_area("registry")
    area = window.page("registry")
    area.tabs.setCurrentIndex(area.inbox_tab)
    page = area.tabs.widget(area.inbox_tab)
    QApplication.processEvents()  # laid out at the window's size
    return page


def column(key: str) -> int:
    return [k for k, _ in COLUMNS].index(key)


def test_a_decision_reads_the_lists_once(qtbot, inbox):
    reads: list[str] = []
    inbox.batch_model.modelReset.connect(lambda: reads.append("batches"))
    inbox.item_view.selectRow(0)
    assert inbox.current_item().item_class is ItemClass.NEW

    qtbot.mouseClick(inbox.accept_button, Qt.MouseButton.LeftButton)

    assert inbox.status_label.text() == "第2行：已接受。"
    assert reads == ["batches"]


def test_names_and_findings_are_readable_at_1200_by_760(inbox):
    view, model = inbox.item_view, inbox.item_model
    metrics = view.fontMetrics()
    name, findings = column("name"), column("findings")
    room = view.viewport().width()
    for key in (name, findings):  # neither pushed out of sight to the right
        assert view.columnViewportPosition(key) + view.columnWidth(key) <= room
    padding = 2 * (view.style().pixelMetric(view.style().PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    for row in range(model.rowCount()):
        text = model.index(row, name).data()
        assert metrics.horizontalAdvance(text) + padding <= view.columnWidth(name), text  # not cut
        text = model.index(row, findings).data()
        wrapped = metrics.boundingRect(QRect(0, 0, view.columnWidth(findings) - padding, 10_000),
                                       Qt.TextFlag.TextWordWrap, text)
        assert wrapped.height() <= view.rowHeight(row), text  # all of it in its cell, wrapped


def test_receiving_and_deciding_speak_english(qtbot, qapp, translators, district, tmp_path):
    translators.extend(install_translator(qapp, "en"))
    ctx = AppContext(district, CLERK, today=lambda: TODAY)
    page = InboxPage(ctx.inbox, ctx.unregistered, CLERK, SynchronousPool(), today=lambda: TODAY)
    qtbot.addWidget(page)
    path, _ = mixed_file(district, tmp_path)
    page.ask_request = lambda: ReceiveRequest(path, MARKET, OrganLevel.DISTRICT, TODAY)

    qtbot.mouseClick(page.receive_button, Qt.MouseButton.LeftButton)
    received = page.status_label.text()
    page.item_view.selectRow(0)
    qtbot.mouseClick(page.accept_button, Qt.MouseButton.LeftButton)

    assert received.startswith("Received “推送.csv”, rows: 6 (") and not CJK.search(received.replace("推送.csv", ""))
    assert page.status_label.text().startswith("Row 2: ") and not CJK.search(page.status_label.text())
