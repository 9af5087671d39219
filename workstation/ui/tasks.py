"""Long work off the GUI thread: the bridge between service functions and widgets.

A service function in the design's "long work" shape, `work(progress, is_cancelled) -> result`,
runs as a `Task` (a QRunnable) on an injected pool. Its `signals` report back on the GUI thread:
`progressed(done, total)`, then exactly one of `finished(result)`, `failed(message)`, `cancelled()`.
Nothing in the work touches a widget; results are frozen DTOs.

    task = Task(lambda progress, is_cancelled: backup(loc, out, actor=a, progress=progress,
                                                      is_cancelled=is_cancelled))
    task.signals.finished.connect(self._backed_up)
    ProgressDialog(self, self.tr("备份"), self.tr("正在备份…")).run(task, pool)

`pool` is `QThreadPool.globalInstance()` in the app; tests pass `SynchronousPool()`, which runs the
work at once on the calling thread (signals are then delivered directly). A work that raises after
`cancel()` was asked for counts as cancelled (BackupCancelled, ImportCancelled… need no special
casing); any other exception becomes `failed` with a message for people (DomainError.message,
storage errors translated, anything else logged and reported as an internal error).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from workstation.db.errors import translate_db_error
from workstation.domain.errors import DomainError
from workstation.ui.interpreter_turns import window_keeps_its_turns
from workstation.ui.lock_state import when_unlocked

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]
Work = Callable[[Progress, IsCancelled], Any]


class Pool(Protocol):
    def start(self, runnable: QRunnable) -> None: ...


class SynchronousPool:
    """Runs each task immediately on the calling thread (tests, and the CLI-like paths)."""

    def start(self, runnable: QRunnable) -> None:
        runnable.run()


class TaskSignals(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class Task(QRunnable):
    """One run of `work`; create it on the GUI thread so its signals are delivered there."""

    _running: set[Task] = set()  # the pool only holds the C++ side: keep Python's alive until the end

    def __init__(self, work: Work) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = TaskSignals()
        self.result: Any = None
        self.error: BaseException | None = None
        self._work = work
        self._cancel = threading.Event()
        self._last_step = -1

    def cancel(self) -> None:
        """Ask the work to stop; it notices at its next is_cancelled() check."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def start(self, pool: Pool | None = None) -> Task:
        Task._running.add(self)
        for signal in (self.signals.finished, self.signals.failed, self.signals.cancelled):
            signal.connect(self._release)
        (pool or QThreadPool.globalInstance()).start(self)
        return self

    def run(self) -> None:  # on a pool thread
        try:
            with window_keeps_its_turns():
                self.result = self._work(self._progress, self.is_cancelled)
        except BaseException as exc:  # every failure must reach the GUI as a signal
            self._ended_by(exc)
            return
        self.signals.finished.emit(self.result)

    def _ended_by(self, exc: BaseException) -> None:
        if self.is_cancelled():
            self.signals.cancelled.emit()
            return
        self.error = exc
        self.signals.failed.emit(message_for(exc))

    def _progress(self, done: int, total: int) -> None:
        # One signal per permille at most: a work may report thousands of steps.
        step = done * 1000 // total if total > 0 else -1
        if step != self._last_step or done >= total:
            self._last_step = step
            self.signals.progressed.emit(done, total)

    def _release(self, *_args: object) -> None:
        Task._running.discard(self)


def message_for(exc: BaseException) -> str:
    """What to tell a person about a failed task."""
    if isinstance(exc, DomainError):
        return exc.message
    translated = translate_db_error(exc)
    if translated is not None:
        return translated.message
    from workstation.logs import log_exception

    where = log_exception(exc)
    text = QCoreApplication.translate("Tasks", "内部错误：{error}（详情见日志 {log}）")
    return text.format(error=f"{type(exc).__name__}: {exc}", log=where)


class ProgressDialog(QProgressDialog):
    """A window-modal progress dialog for one Task: a bar, a Cancel button, errors as a message box.

    Closes itself when the task ends; `error_box` is the message box shown for a failure.
    """

    def __init__(self, parent: QWidget | None, title: str, label: str) -> None:
        super().__init__(label, self.tr("取消"), 0, 0, parent)  # 0..0: busy until the first report
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.error_box: QMessageBox | None = None
        self.task: Task | None = None

    def run(self, task: Task, pool: Pool | None = None) -> Task:
        """Show the dialog and start `task` on `pool`."""
        self.task = task
        task.signals.progressed.connect(self._progressed)
        task.signals.finished.connect(self._ended)
        task.signals.cancelled.connect(self._ended)
        task.signals.failed.connect(self._failed)
        self.canceled.connect(task.cancel)
        self.show()
        return task.start(pool)

    def _progressed(self, done: int, total: int) -> None:
        self.setMaximum(max(total, 1))
        self.setValue(min(done, max(total, 1)))

    def _ended(self, *_args: object) -> None:
        self.hide()  # not close(): QProgressDialog turns a close into `canceled` and resets the bar

    def _failed(self, message: str) -> None:
        self.hide()
        self.error_box = show_error(self.parentWidget(), self.windowTitle(), message)


def show_error(parent: QWidget | None, title: str, message: str) -> QMessageBox:
    """A non-blocking warning box (open(), not exec(): the event loop and tests keep running)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    when_unlocked(box.open)  # not over the idle lock's curtain
    return box
