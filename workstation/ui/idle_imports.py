"""The pages' code loaded in idle time once the window's database is attached.

A page's first visit used to load its modules before building it (~30 ms CPU each for 监督检查 and
收费公示 at 100,000 nurseries, a third of the visit). After the attach, a zero-interval timer imports
them a few at a time: one slice of at most SLICE_SECONDS per event-loop turn, and only when the
loop has nothing else to do, so typing and clicks never wait for more than one slice. A page the
user opens first loads its own modules at once (they are then skipped here). Pages are never
built here: a built page refreshes on every change, seen or not.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
import pkgutil
import sys
import time
from collections import deque
from collections.abc import Iterable

from PySide6.QtCore import QObject, QTimer

from workstation.ui.areas import AREAS

SLICE_SECONDS = 0.008  # one event-loop turn imports until this much time has passed
# The layers of an area whose modules its page loads; exports are left out (reportlab and openpyxl
# load only for a document: tests/ui/common/test_startup_imports.py).
LAYERS = ("services", "models", "ui")

log = logging.getLogger(__name__)


def page_modules(packages: Iterable[str] | None = None) -> list[str]:
    """Every module of the areas' services, models and ui packages, area by area in navigation order.

    `packages`: the areas' ui packages (default: those of the navigation list)."""
    if packages is None:
        packages = [area.builder for area in AREAS if area.builder]
    names: list[str] = []
    for ui_package in dict.fromkeys(packages):
        area = ui_package.rsplit(".", 1)[-1]
        for layer in LAYERS:
            package = f"workstation.{layer}.{area}"
            spec = importlib.util.find_spec(package)
            if spec is None or not spec.submodule_search_locations:
                continue
            names.append(package)
            names += [f"{package}.{m.name}" for m in pkgutil.iter_modules(spec.submodule_search_locations)]
    return names


class IdleImports(QObject):
    """Imports `names` in idle time, a slice per event-loop turn (see the module's text)."""

    def __init__(self, parent: QObject, names: Iterable[str]) -> None:
        super().__init__(parent)
        self.setObjectName("idleImports")
        self._names = deque(names)
        self.imported: list[str] = []  # by this loader, in order (tests)
        self.turns = 0
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._slice)

    def start(self) -> None:
        if self._names:
            self._timer.start()

    def pending(self) -> bool:
        return bool(self._names)

    def _slice(self) -> None:
        self.turns += 1
        deadline = time.perf_counter() + SLICE_SECONDS
        while self._names and time.perf_counter() < deadline:
            name = self._names.popleft()
            if name in sys.modules:  # (a page opened first loaded it)
                continue
            try:
                importlib.import_module(name)
            except Exception:  # (the page's own visit imports it again and reports)
                log.debug("idle import of %s failed", name, exc_info=True)
                continue
            self.imported.append(name)
        if self._names:
            self._timer.start()


def import_pages_when_idle(window: QObject) -> IdleImports:
    """Start loading the pages' modules in `window`'s idle time (once per window)."""
    loader = window.findChild(IdleImports, "idleImports")
    if loader is None:
        loader = IdleImports(window, page_modules())
        loader.start()
    return loader
