"""The background-task bridge (ui/tasks.py) driven with fake long functions: progress reaches the bar,
cancel stops the work and leaves no partial output, exceptions become `failed`, the GUI keeps running."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QProgressBar, QPushButton

from workstation.db.backup_files import atomic_output, partials
from workstation.domain.errors import DomainError, StorageError
from workstation.ui.tasks import ProgressDialog, SynchronousPool, Task

WAIT_MS = 10_000


class Stop(DomainError):
    def __init__(self) -> None:
        super().__init__("已取消")


def counting(steps: int):
    def work(progress, _is_cancelled):
        for done in range(steps + 1):
            progress(done, steps)
        return f"{steps} steps"
    return work


def writing_until_cancelled(out: Path, started: threading.Event):
    """Writes a file in pieces through a temporary until told to stop (a fake export)."""
    def work(progress, is_cancelled):
        with atomic_output(out) as temp, temp.open("wb") as handle:
            done = 0
            while not is_cancelled():
                handle.write(b"row\n")
                done += 1
                progress(min(done, 99), 100)
                started.set()
                threading.Event().wait(0.001)  # a slice of work, not a timing assumption
            raise Stop()
    return work


@pytest.fixture
def pool():
    pool = QThreadPool()
    yield pool
    pool.waitForDone(WAIT_MS)


def test_progress_reaches_the_bar_and_the_result_arrives(qtbot):
    dialog = ProgressDialog(None, "导出", "正在导出…")
    qtbot.addWidget(dialog)
    seen, bar_values, results = [], [], []
    dialog.findChild(QProgressBar).valueChanged.connect(bar_values.append)
    task = Task(counting(10))
    task.signals.progressed.connect(lambda d, t: seen.append((d, t)))
    task.signals.finished.connect(results.append)
    dialog.run(task, SynchronousPool())
    assert seen == [(d, 10) for d in range(11)]
    assert bar_values == list(range(11)) and (dialog.value(), dialog.maximum()) == (10, 10)
    assert results == ["10 steps"] and not dialog.isVisible() and not task.is_cancelled()


def test_work_runs_off_the_gui_thread_and_the_gui_keeps_running(qtbot, pool):
    gate, where, ticks = threading.Event(), [], []

    def work(progress, _is_cancelled):
        where.append(threading.get_ident())
        progress(1, 2)
        gate.wait(WAIT_MS / 1000)
        return "done"

    task = Task(work)
    with qtbot.waitSignal(task.signals.progressed, timeout=WAIT_MS):
        task.start(pool)
    QTimer.singleShot(0, lambda: ticks.append("tick"))  # the event loop turns while the work is blocked
    qtbot.waitUntil(lambda: ticks == ["tick"], timeout=WAIT_MS)
    with qtbot.waitSignal(task.signals.finished, timeout=WAIT_MS) as finished:
        gate.set()
    assert finished.args == ["done"] and where[0] != threading.get_ident()


def test_cancel_button_stops_the_work_and_no_partial_output_remains(qtbot, pool, tmp_path):
    out, started = tmp_path / "register.xlsx", threading.Event()
    dialog = ProgressDialog(None, "导出", "正在导出…")
    qtbot.addWidget(dialog)
    task = Task(writing_until_cancelled(out, started))
    finished = []
    task.signals.finished.connect(finished.append)
    with qtbot.waitSignal(task.signals.progressed, timeout=WAIT_MS):
        dialog.run(task, pool)
    assert partials(tmp_path), "the work writes through a temporary"
    with qtbot.waitSignal(task.signals.cancelled, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    pool.waitForDone(WAIT_MS)
    assert task.is_cancelled() and finished == [] and task.error is None
    assert list(tmp_path.iterdir()) == [] and not dialog.isVisible() and dialog.error_box is None


@pytest.mark.parametrize("error, shown", [
    (StorageError("磁盘空间已满，无法写入。"), "磁盘空间已满，无法写入。"),
    (OSError(28, "No space left on device"), "磁盘空间已满"),
    (RuntimeError("boom"), "内部错误：RuntimeError: boom"),
])
def test_exceptions_become_failed_signals_and_an_error_box(qtbot, pool, error, shown):
    def work(_progress, _is_cancelled):
        raise error

    dialog = ProgressDialog(None, "备份", "正在备份…")
    qtbot.addWidget(dialog)
    task = Task(work)
    with qtbot.waitSignal(task.signals.failed, timeout=WAIT_MS) as failed:
        dialog.run(task, pool)
    assert shown in failed.args[0] and task.error is error
    qtbot.waitUntil(lambda: dialog.error_box is not None, timeout=WAIT_MS)
    assert shown in dialog.error_box.text() and dialog.error_box.isVisible()
    dialog.error_box.close()


def test_a_work_that_finishes_despite_a_late_cancel_reports_its_result(qtbot):
    task = Task(lambda _p, _c: "saved")
    task.cancel()
    with qtbot.waitSignal(task.signals.finished) as finished:
        task.start(SynchronousPool())
    assert finished.args == ["saved"]


def test_many_small_steps_are_thinned_to_at_most_one_signal_per_permille(qtbot):
    task, seen = Task(counting(100_000)), []
    task.signals.progressed.connect(lambda d, t: seen.append(d))
    task.start(SynchronousPool())
    assert 1000 <= len(seen) <= 1001 and seen[-1] == 100_000


def test_running_tasks_are_kept_alive_until_they_end(qtbot):
    task = Task(counting(3))
    assert task not in Task._running
    task.start(SynchronousPool())
    assert task not in Task._running


def _interval_seen(seen: list[float], then=None):
    def work(_progress, _is_cancelled):
        seen.append(sys.getswitchinterval())
        if then is not None:
            then()
        return "done"
    return work


def test_the_window_gets_its_turns_at_the_interpreter_while_a_task_runs(qtbot):
    """A page shown during an export waited the 5 ms switch interval at each Qt call; a task runs with 0.5 ms."""
    before, seen = sys.getswitchinterval(), []
    Task(_interval_seen(seen)).start(SynchronousPool())
    assert seen == [pytest.approx(0.0005)] and before > 0.0005
    assert sys.getswitchinterval() == before  # restored when the work ends


def test_the_interval_comes_back_only_after_the_last_task_and_after_a_failure(qtbot):
    before, seen = sys.getswitchinterval(), []

    def fail():
        raise StorageError("磁盘已满")

    def outer_work(_progress, _is_cancelled):
        inner = Task(_interval_seen(seen, fail)).start(SynchronousPool())
        seen.append(sys.getswitchinterval())  # the inner task failed and ended; this one still runs
        return inner.error

    outer = Task(outer_work).start(SynchronousPool())
    assert isinstance(outer.result, StorageError)
    assert seen == [pytest.approx(0.0005)] * 2
    assert sys.getswitchinterval() == before
