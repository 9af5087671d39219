"""The pages' first reads run once in idle time, after the pages' code has loaded (idle_imports).

A fresh engine spends ~8–10 ms CPU compiling a page's first statements (SQLAlchemy's compiled cache
is per engine), and the first read of a table pulls its pages into the database cache. After the
idle imports, a zero-interval timer runs one page's reads per event-loop turn, for each page not
visited yet, so that its first visit finds them compiled. Only reads run here (the page's own count
and the first page of its list); nothing is built or kept, and a page the user opened already is
skipped.
"""

from __future__ import annotations

import gc
import logging
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:
    from workstation.ui.context import UiContext
    from workstation.ui.idle_imports import IdleImports

log = logging.getLogger(__name__)


def _registry(ctx: UiContext) -> None:
    from workstation.models.registry import NurseryTableModel
    from workstation.services.registry import RegistryQuery

    model = NurseryTableModel  # its first read's arguments (the statements are cached by shape)
    ctx.app.registry.first_page(RegistryQuery(), model.PAGE_SIZE, count_cap=model.COUNT_CAP)


def _fees(ctx: UiContext) -> None:
    from workstation.models.fees import FeeOverviewTableModel
    from workstation.services.fees import FeeOverviewQuery

    day, query = ctx.app.today(), FeeOverviewQuery()
    total = ctx.app.fees.overview_count(query, day, kept={})
    ctx.app.fees.overview_page(query, 0, FeeOverviewTableModel.PAGE_SIZE, day, listed=total)


def _filing(ctx: UiContext) -> None:
    from workstation.models.filing import ApplicationTableModel

    ctx.app.filing.applications_first_page(ApplicationTableModel.START_QUERY, ApplicationTableModel.PAGE_SIZE)


def _inspections(ctx: UiContext) -> None:
    from workstation.models.inspections import FindingTableModel, InspectionTableModel
    from workstation.services.inspections import FindingQuery, InspectionQuery

    queues = ctx.app.inspection_queues
    queues.home_counts()  # (首页's came from the start's standard-library reader)
    queues.findings_first_page(FindingQuery(), FindingTableModel.PAGE_SIZE)
    queues.inspections_first_page(InspectionQuery(), InspectionTableModel.PAGE_SIZE)


# area key -> the reads of its page's first visit (read only; results are dropped)
WARMERS: dict[str, Callable[[UiContext], None]] = {"registry": _registry, "filing": _filing,
                                                    "inspections": _inspections, "fees": _fees}


class IdleWarmUp(QObject):
    """Runs each not yet visited page's first reads, one page per idle event-loop turn."""

    def __init__(self, parent: QObject, ctx: UiContext, loader: IdleImports | None,
                 warmers: dict[str, Callable[[UiContext], None]] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("idleWarmUp")
        self._ctx, self._loader = ctx, loader
        self._steps = deque((warmers if warmers is not None else WARMERS).items())
        self.warmed: list[str] = []  # area keys, in order (tests)
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._step)

    def start(self) -> None:
        if self._steps:
            self._timer.start()

    def pending(self) -> bool:
        return bool(self._steps)

    def _step(self) -> None:
        window = self._ctx.window
        if getattr(window, "database", None) is not self._ctx.app.db:  # released (a restore, the exit)
            self._steps.clear()
            return
        if (self._loader is not None and self._loader.pending()) or not window.is_usable():
            self._timer.start()  # the pages' code first (one slice per turn), then their reads
            return
        while self._steps:
            key, warm = self._steps.popleft()
            if window.built(key):  # visited: its statements are compiled already
                continue
            try:
                warm(self._ctx)
            except Exception:  # (the page's own visit reads again and reports)
                log.debug("idle warm-up of %s failed", key, exc_info=True)
            else:
                self.warmed.append(key)
            break  # one page per turn
        if self._steps:
            self._timer.start()
        else:
            freeze_the_start()


def freeze_the_start() -> None:
    """Keep what the start made (modules, classes, Qt's wrappers, the ORM's mappers: never garbage) out of
    every later full collection of Python's cycle collector: each walked all of it, 70–100 ms at 100,000
    nurseries, at whatever keystroke or click it fell on. Once the pages' code and first reads are in
    (later garbage is collected as before; frozen objects are still freed when no longer referenced)."""
    gc.freeze()


def warm_pages_when_idle(ctx: UiContext, loader: IdleImports | None) -> IdleWarmUp:
    """Start the pages' first reads in the window's idle time (once per window)."""
    window = ctx.window
    warm_up = window.findChild(IdleWarmUp, "idleWarmUp")
    if warm_up is None:
        warm_up = IdleWarmUp(window, ctx, loader)
        warm_up.start()
    return warm_up
