"""Fixtures for widget tests: nurseries inserted straight into the database, translators."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from workstation.domain.enums import ClassType, InstitutionKind, InstitutionStatus, LegalNature


@dataclass(frozen=True)
class NurserySpec:
    """One nursery to insert: where, in which status, how many places and children."""

    street_code: str | None
    status: InstitutionStatus
    places: int
    inclusive: int = 0
    enrolled: int = 0


def insert_nurseries(factory, specs: list[NurserySpec]) -> None:
    """Insert Nursery rows directly (the intake service is not what these tests are about)."""
    from sqlalchemy import select

    from workstation.db.orm import Nursery, NurseryClass, Street

    with factory.begin() as session:
        street_ids = {code: id_ for code, id_ in session.execute(select(Street.code, Street.id))}
        for number, spec in enumerate(specs, start=1):
            nursery = Nursery(
                name=f"测试托育园{number}",
                legal_nature=LegalNature.FOR_PROFIT,
                kind=InstitutionKind.STANDALONE,
                status=spec.status,
                street_id=street_ids.get(spec.street_code),
                places_total=spec.places,
                places_inclusive=spec.inclusive,
            )
            nursery.classes = [NurseryClass(class_type=ClassType.TODDLER_OLD, enrolled=spec.enrolled)]
            session.add(nursery)


# Streets of the `district` fixture: 杨家坪街道 500107001 and 谢家湾街道 500107002.
# Totals: 4 nurseries, 2 registered not filed, 1,400 places, 260 inclusive, 800 enrolled.
SAMPLE = [
    NurserySpec("500107001", InstitutionStatus.REGISTERED, places=90, inclusive=0, enrolled=40),
    NurserySpec("500107001", InstitutionStatus.OPERATING, places=60, inclusive=60, enrolled=55),
    NurserySpec("500107002", InstitutionStatus.REGISTERED, places=1200, inclusive=200, enrolled=700),
    NurserySpec("500107002", InstitutionStatus.FILED, places=50, inclusive=0, enrolled=5),
]


@pytest.fixture
def nurseries(district):
    """The `district` database with the four SAMPLE nurseries."""
    insert_nurseries(district.factory, SAMPLE)
    return district


@pytest.fixture
def add_sample_nurseries(district):
    """Insert the first `count` SAMPLE nurseries (again) (e.g. to see a page refresh)."""
    return lambda count: insert_nurseries(district.factory, SAMPLE[:count])


@pytest.fixture
def translators(qapp) -> Iterator[list]:
    """Collects translators a test installs and removes them afterwards."""
    from workstation.i18n.translation import remove_translators

    installed: list = []
    yield installed
    remove_translators(qapp, installed)


@pytest.fixture
def type_text(qtbot):
    """Type like a user: keys for ASCII, an input-method commit (as a Chinese IME does) otherwise."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    def type_(widget, text: str) -> None:
        for chunk, is_ascii in _runs(text):
            if is_ascii:
                qtbot.keyClicks(widget, chunk)
            else:
                event = QInputMethodEvent()
                event.setCommitString(chunk)
                QApplication.sendEvent(widget, event)

    return type_


def _runs(text: str) -> list[tuple[str, bool]]:
    runs: list[tuple[str, bool]] = []
    for char in text:
        kind = char.isascii()
        if runs and runs[-1][1] == kind:
            runs[-1] = (runs[-1][0] + char, kind)
        else:
            runs.append((char, kind))
    return runs


@pytest.fixture(autouse=True)
def _event_loops_run_again(qapp) -> Iterator[None]:
    """After a test that ran the application (run_gui), a window closed once its event loop had
    ended (the exit backup's progress dialog) makes Qt quit with no loop running: every later
    QEventLoop, waitSignal's included, would then return at once. A real program ends there; the
    next test must start as a fresh program would, so one empty application loop clears it."""
    yield
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, qapp.quit)
    qapp.exec()


@pytest.fixture(autouse=True)
def _unlocked_at_the_end() -> Iterator[None]:
    """A test that left its idle lock locked leaves no message waiting for an unlock in the next."""
    yield
    from workstation.ui.lock_state import set_locked

    set_locked(False, signed_out=True)


@pytest.fixture
def watchdog(qapp):
    """Ends a run_gui event loop with 99 if it never quits by itself (fail, don't hang)."""
    from PySide6.QtCore import QTimer

    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(lambda: qapp.exit(99))
    timer.start(30_000)
    yield
    timer.stop()
