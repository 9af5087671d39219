"""Start-up builds only the current page: every other page is built on its first visit, once,
under a busy cursor; the window says when it is usable (database attached, home page filled)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from workstation.app import attach_database, build_main_window
from workstation.ui.areas import AREAS
from workstation.ui.filing import HomeQueues
from workstation.ui.placeholder_page import PlaceholderPage

OTHER_AREAS = [area.key for area in AREAS if area.key != "home"]


def _counting_builders(built: list[str], cursors: list[object]) -> dict:
    def builder(key: str):
        def build() -> QLabel:
            built.append(key)
            cursor = QApplication.overrideCursor()
            cursors.append(None if cursor is None else cursor.shape())
            return QLabel(key)

        return build

    return {key: builder(key) for key in OTHER_AREAS}


def test_only_the_current_page_is_built_until_another_is_visited(qtbot, nurseries, actor):
    window = build_main_window(nurseries, actor)
    qtbot.addWidget(window)
    built: list[str] = []
    cursors: list[object] = []
    window.install_builders(_counting_builders(built, cursors))
    window.show()
    qtbot.waitExposed(window)

    assert built == []
    assert all(isinstance(window.ui.pages.widget(i), PlaceholderPage) for i in range(1, len(AREAS)))

    window.show_area("fees")
    window.show_area("home")
    window.show_area("fees")
    window.page("fees")

    assert built == ["fees"]  # built on its first visit, and only then
    assert window.ui.pages.currentWidget().text() == "fees"
    assert [key for key in OTHER_AREAS if window.built(key)] == ["fees"]
    assert cursors == [Qt.CursorShape.WaitCursor]  # the build may read a large district
    assert QApplication.overrideCursor() is None  # and the cursor is given back


def test_attach_builds_no_page_and_marks_the_window_usable(qtbot, district, actor):
    window = build_main_window(district, actor)
    qtbot.addWidget(window)
    assert not window.is_usable()

    with qtbot.waitSignal(window.usable, timeout=1000):
        attach_database(window, district, actor)

    assert window.is_usable()
    assert window.home_page.findChildren(HomeQueues)  # the home page's queues are in place
    assert [key for key in OTHER_AREAS if window.built(key)] == []
