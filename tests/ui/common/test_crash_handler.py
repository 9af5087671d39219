"""An unexpected exception is logged and shown in a dialog, never swallowed silently."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from workstation.ui import crash


class RecordingMessageBox:
    """Stands in for QMessageBox: records instead of blocking on a modal dialog."""

    shown: list[tuple[str, str]] = []

    @classmethod
    def critical(cls, _parent, title: str, text: str) -> None:
        cls.shown.append((title, text))


@pytest.fixture
def recorded(monkeypatch):
    RecordingMessageBox.shown = []
    monkeypatch.setattr(crash, "QMessageBox", RecordingMessageBox)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    return RecordingMessageBox.shown


@pytest.fixture
def logged() -> list[BaseException]:
    return []


def fake_log(logged: list[BaseException]):
    def log(exc: BaseException) -> Path:
        logged.append(exc)
        return Path("/var/log/workstation.log")

    return log


def test_hook_logs_and_shows_a_chinese_dialog(qapp, recorded, logged):
    crash.install_excepthook(fake_log(logged))
    try:
        raise RuntimeError("磁盘已满")
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)

    assert [type(e) for e in logged] == [RuntimeError]
    assert len(recorded) == 1
    title, text = recorded[0]
    assert title == "程序错误"
    assert "RuntimeError: 磁盘已满" in text
    assert "/var/log/workstation.log" in text


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_reaches_the_dialog(qtbot, recorded, logged):
    crash.install_excepthook(fake_log(logged))

    def broken_slot() -> None:
        raise ValueError("坏数据")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: len(recorded) == 1)
    assert "ValueError: 坏数据" in recorded[0][1]
    assert isinstance(logged[0], ValueError)


def test_failing_log_still_shows_the_dialog(qapp, recorded):
    def broken_log(_exc: BaseException) -> Path:
        raise OSError("log folder read-only")

    crash.install_excepthook(broken_log)
    exc = KeyError("x")
    sys.excepthook(KeyError, exc, None)
    assert len(recorded) == 1 and "KeyError" in recorded[0][1]
