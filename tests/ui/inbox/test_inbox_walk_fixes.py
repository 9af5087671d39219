"""Issue #18, the tester's walk: what another desk or the command line stored is seen when the page is
shown again or on F5; the rejection reason and the decider's name are shown; the reject prompt works by
keyboard and the focus moves on to the next waiting row."""

from __future__ import annotations

import pytest
from inbox_support import TODAY, row, write_csv
from PySide6.QtCore import Qt

from workstation.app import attach_database, build_main_window
from workstation.context import AppContext
from workstation.domain.enums import RegistrationOrganKind
from workstation.domain.inbox import OrganLevel
from workstation.services.common.context import Actor

CLERK = Actor("clerk", "王登记", "CLERK")
DESK = Actor("clerk2", "李登记", "CLERK")
MARKET = RegistrationOrganKind.MARKET_REGULATION


@pytest.fixture
def window(qtbot, district):
    window = build_main_window(district, CLERK)
    qtbot.addWidget(window)
    attach_database(window, district, CLERK, today=lambda: TODAY)
    window.show()
    window.show_area("registry")
    return window


def inbox_of(window):
    area = window.page("registry")
    area.tabs.setCurrentIndex(area.inbox_tab)
    return area, area.tabs.widget(area.inbox_tab)


def test_a_command_line_import_is_seen_on_showing_the_page_again_and_on_f5(qtbot, window, district, tmp_path):
    area, inbox = inbox_of(window)
    listed = area.registry_page.model.rowCount()
    assert inbox.batch_model.rowCount() == 0
    other = AppContext(district, DESK, today=lambda: TODAY)  # `workstation import registrations --accept-valid`
    path = write_csv(tmp_path / "cli.csv", [row(1), row(2)])
    other.inbox.accept_clean(other.inbox.receive(path, MARKET, OrganLevel.DISTRICT).batch.id)

    window.show_area("home")
    window.show_area("registry")
    assert inbox.batch_model.rowCount() == 1 and inbox.item_model.rowCount() == 2
    area.tabs.setCurrentIndex(0)
    assert area.registry_page.model.rowCount() == listed + 2

    second = write_csv(tmp_path / "cli2.csv", [row(20)])
    other.inbox.receive(second, MARKET, OrganLevel.CITY)
    area.tabs.setCurrentIndex(area.inbox_tab)
    assert inbox.batch_model.rowCount() == 2  # the tab shown again
    third = write_csv(tmp_path / "cli3.csv", [row(21)])
    other.inbox.receive(third, MARKET, OrganLevel.CITY)
    inbox.item_view.setFocus()
    qtbot.keyClick(inbox.item_view, Qt.Key.Key_F5)
    assert inbox.batch_model.rowCount() == 3
