"""首页's first readings taken beside the password check: the start's largest queries (about 70 ms of SQL
on a national district: the figures, and what the composition root adds, such as the filing queues) run
on a thread of their own, over a read-only connection of their own, while the password is checked (both
release the GIL), instead of after it (the enrolment with the figures, from each nursery's stored total).
Nothing is shown before the sign-in, and whoever uses an early reading checks the permission first; the readings of a sign-in that failed are dropped, and each attempt reads afresh.
On a server each reading has a thread and a connection of its own (`apart`): the server works on them at
once."""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from workstation.db.readers import SqlReader
from workstation.services.home.figures import HomeService, HomeSummary

SUMMARY = "summary"


class PrefetchedHome(HomeService):
    """A HomeService over `reader` whose next summary() is the one `start()` began reading on a thread
    (through `open_reader()`, closed after), as are `also`'s readings (`taken(name)`); any later one, or
    one whose read failed, is read as usual."""

    def __init__(self, reader: SqlReader, open_reader: Callable[[], Any],
                 also: Mapping[str, Callable[[SqlReader], Any]] | None = None, apart: bool = False) -> None:
        super().__init__(reader)
        self._open_reader = open_reader
        self._reads: dict[str, Callable[[SqlReader], Any]] = {SUMMARY: lambda r: HomeService(r).summary(),
                                                               **(also or {})}
        self._apart = apart
        self._threads: list[threading.Thread] = []
        self._done: dict[str, threading.Event] = {}
        self._read: dict[str, Any] = {}

    def start(self) -> None:
        """Begin the readings (a sign-in's password check begins); earlier ones are dropped."""
        self.close()
        done = self._done = {name: threading.Event() for name in self._reads}
        read = self._read = {}
        # (each thread keeps its own map of the events: taken() pops from this one)
        groups = [{name: reading} for name, reading in self._reads.items()] if self._apart else [self._reads]
        self._threads = [threading.Thread(target=self._read_all, args=({n: done[n] for n in group}, read, group),
                                          name="home-figures", daemon=True) for group in groups]
        for thread in self._threads:
            thread.start()

    def taken(self, name: str) -> Any | None:
        """The early reading `name` (waiting for it), once; None when there is none or it failed."""
        done = self._done.pop(name, None)
        if done is None:
            return None
        done.wait()
        return self._read.pop(name, None)

    def summary(self, enrolled: int | None = None) -> HomeSummary:
        read = self.taken(SUMMARY)
        if read is None:
            return super().summary(enrolled)
        return read if enrolled is None else replace(read, enrolled=enrolled)

    def close(self) -> None:
        threads, self._threads = self._threads, []
        for thread in threads:
            thread.join()
        self._done, self._read = {}, {}

    def _read_all(self, done: dict[str, threading.Event], read: dict[str, Any],
                  reads: Mapping[str, Callable[[SqlReader], Any]]) -> None:
        try:
            reader = self._open_reader()
        except Exception:  # each is read again where it is used, where an error is reported as usual
            reader = None
        try:
            for name, reading in reads.items():
                try:
                    if reader is not None:
                        read[name] = reading(reader)
                except Exception:
                    pass  # (read again where it is used)
                finally:
                    done[name].set()
        finally:
            if reader is not None:
                reader.close()
