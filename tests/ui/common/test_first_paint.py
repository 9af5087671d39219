"""A page built on its first visit paints each of its lists once: the zero-timer layouts that Qt's
item views start while the page is built and shown (a model reset, a resized or stretched column)
ran after the first paint and painted every list a second time (10-15 ms a list at 1280 px)."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractItemView, QApplication

from workstation.app import attach_database, build_main_window
from workstation.services.common.context import Actor

TODAY = dt.date(2026, 12, 5)
LIST_PAGES = ("registry", "filing", "inspections", "fees")


class _Paints(QObject):
    """Counts the paints of every item view's viewport, by the view."""

    def __init__(self) -> None:
        super().__init__()
        self.counts: Counter[QAbstractItemView] = Counter()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched.parent(), QAbstractItemView):
            view = watched.parent()
            if watched is view.viewport():
                self.counts[view] += 1
        return False


def _run_pending_events() -> None:
    """Posted events and due zero timers, a few rounds (each round may start the next): no waiting."""
    for _ in range(5):
        QApplication.processEvents()


@pytest.fixture
def window(qtbot, demo_database, tmp_path):
    actor = Actor("tester", "测试员", "SYSTEM")
    db = demo_database(tmp_path / "d.db", 120, seed=5, today=TODAY, actor=actor)
    main = build_main_window(db, actor)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    qtbot.waitExposed(main)
    with qtbot.waitSignal(main.usable, timeout=5000):
        attach_database(main, db, actor)
    _run_pending_events()
    yield main
    db.close()


@pytest.mark.parametrize("key", LIST_PAGES)
def test_each_list_of_a_new_page_is_painted_once(window, key):
    paints = _Paints()
    QApplication.instance().installEventFilter(paints)
    try:
        window.show_area(key)
        _run_pending_events()
    finally:
        QApplication.instance().removeEventFilter(paints)

    assert window.page(key).updatesEnabled()
    _assert_each_list_painted_once(window.page(key), paints)


def _assert_each_list_painted_once(page, paints: _Paints) -> None:
    shown = [view for view in page.findChildren(QAbstractItemView) if view.isVisible()
             and view.viewport().height() > 40]  # a list, not a combo box's popup or a one-line strip
    assert shown, "the page shows no list"
    assert {view.objectName(): paints.counts[view] for view in shown} == {view.objectName(): 1 for view in shown}


def test_a_page_visited_again_is_painted_at_once(window):
    window.show_area("registry")
    _run_pending_events()
    window.show_area("home")
    _run_pending_events()
    paints = _Paints()
    QApplication.instance().installEventFilter(paints)
    try:
        window.show_area("registry")
        _run_pending_events()
    finally:
        QApplication.instance().removeEventFilter(paints)
    _assert_each_list_painted_once(window.page("registry"), paints)
