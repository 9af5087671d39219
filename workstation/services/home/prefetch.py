"""首页's figures read beside the password check: the start-up's largest queries (about 40 ms of SQL on a
national district) run on a thread of their own, over a read-only connection of their own, while scrypt
checks the password (both release the GIL), instead of after it. Nothing is shown before the sign-in;
a figure read for a sign-in that failed is dropped, and each attempt reads afresh."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from workstation.db.readers import SqlReader
from workstation.services.home.figures import HomeService, HomeSummary


class PrefetchedHome(HomeService):
    """A HomeService over `reader` whose next summary() is the one `start()` began reading on a thread
    (through `open_reader()`, closed after); any later one, or one whose read failed, is read as usual."""

    def __init__(self, reader: SqlReader, open_reader: Callable[[], Any]) -> None:
        super().__init__(reader)
        self._open_reader = open_reader
        self._thread: threading.Thread | None = None
        self._read: HomeSummary | None = None

    def start(self) -> None:
        """Begin reading the figures (a sign-in's password check begins); an earlier reading is dropped."""
        self._drop()
        self._thread = threading.Thread(target=self._read_figures, name="home-figures", daemon=True)
        self._thread.start()

    def summary(self) -> HomeSummary:
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join()
            read, self._read = self._read, None
            if read is not None:
                return read
        return super().summary()

    def close(self) -> None:
        self._drop()

    def _drop(self) -> None:
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join()
        self._read = None

    def _read_figures(self) -> None:
        try:
            reader = self._open_reader()
            try:
                self._read = HomeService(reader).summary()
            finally:
                reader.close()
        except Exception:  # read again on the GUI thread, where an error is reported as usual
            self._read = None
