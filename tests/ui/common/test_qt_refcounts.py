"""Guard against PySide6 builds that drop references to True/None (6.12.0 on CPython 3.11 did:
a few hundred signal emits or void calls later the interpreter aborts with bool_dealloc)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


class _Emitter(QObject):
    fired = Signal()


def test_signal_emit_keeps_refcount_of_true(qtbot):
    emitter = _Emitter()
    before = sys.getrefcount(True)
    for _ in range(200):
        emitter.fired.emit()
    assert sys.getrefcount(True) - before > -20


def test_void_calls_keep_refcount_of_none(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(200):
        label.setText("x")
    assert sys.getrefcount(None) - before > -20
