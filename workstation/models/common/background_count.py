"""A list's exact count, taken on a thread of its own while the window stays usable (registry, fees).

One count runs at a time; a count asked for while one runs waits, and only the latest waits
(the user typed on: earlier texts are never counted). The result comes back on the window's
thread as `counted(key, total)`, `key` being what was counted; a failed count sends nothing
(the label keeps saying "more than", and a jump to the end counts on the window's thread).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    QThreadPool,
    Signal,
)

Count = Callable[[], int]


_pool: QThreadPool | None = None


def _counting_pool() -> QThreadPool:
    # Not the global pool: other long work never waits behind a count. Lives as long as the process.
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
    return _pool


def settle_rows(model: QAbstractItemModel, shown: int, total: int, settle: Callable[[], None]) -> None:
    """A lower bound of `shown` rows becomes the exact `total`: `settle()` (which sets the model's row count)
    inside the insertion or removal the views are told of."""
    if total > shown:
        model.beginInsertRows(QModelIndex(), shown, total - 1)
        settle()
        model.endInsertRows()
    elif total < shown:  # rows were removed since the first page
        model.beginRemoveRows(QModelIndex(), total, shown - 1)
        settle()
        model.endRemoveRows()
    else:
        settle()


class CountedLater:
    """Mixin (before QAbstractTableModel in the bases) for a model whose row count is a lower bound while
    `_exact` is False: a view reaching the last row asks `settle_count()` to count at once."""

    _exact: bool

    def settle_count(self) -> None:
        raise NotImplementedError

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exact

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        # A view asks when its last row shows: the user scrolled to the end of the lower bound.
        if not parent.isValid():
            self.settle_count()


def wait_for_counts(msecs: int = -1) -> bool:
    """Block until no list's count runs (a bench's pause between keystrokes; closing)."""
    return _pool.waitForDone(msecs) if _pool is not None else True


class BackgroundCount(QObject):
    """Keep no Qt parent: a count still running when its model goes holds this object alive."""

    counted = Signal(object, int)

    def __init__(self) -> None:
        super().__init__()
        self._pool = _counting_pool()
        self._lock = threading.Lock()
        self._waiting: tuple[Hashable, Count] | None = None
        self._running = False
        self._counting: Hashable | None = None  # the key being counted now
        self._runner: _Runner | None = None

    def request(self, key: Hashable, count: Count) -> None:
        """Count with `count()` soon, replacing a request that has not started yet."""
        with self._lock:
            if self._running and self._waiting is None and key == self._counting:
                return  # already being counted (another sort order of the same search)
            self._waiting = (key, count)
            if self._running:
                return
            self._running = True
        self._runner = _Runner(self)  # the pool holds only the C++ side: Python's stays alive here
        self._pool.start(self._runner)

    def forget(self) -> None:
        """Drop a request that has not started (a running count still reports; keys tell it apart)."""
        with self._lock:
            self._waiting = None

    def wait(self, msecs: int = -1) -> bool:
        """Block until no count runs (tests; closing)."""
        return self._pool.waitForDone(msecs)

    def _next(self) -> tuple[Hashable, Count] | None:
        with self._lock:
            job, self._waiting = self._waiting, None
            if job is None:
                self._running = False
            self._counting = None if job is None else job[0]
            return job


class _Runner(QRunnable):
    def __init__(self, owner: BackgroundCount) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self._owner = owner

    def run(self) -> None:  # on the pool's thread
        while (job := self._owner._next()) is not None:
            key, count = job
            try:
                total = count()
            except Exception:
                continue
            self._owner.counted.emit(key, total)
