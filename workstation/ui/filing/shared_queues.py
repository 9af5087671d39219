"""The filing work queues read once for 首页 and 备案管理 while nothing changes.

Both show the same queues (首页 the first entries of each, 备案管理 more): one read serves both
until something is committed or the day turns (the window's data token, ui/common/freshness.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workstation.services.filing import WorkQueues


class SharedQueues:
    def __init__(self, read: Callable[[], WorkQueues], token: Callable[[], object | None]) -> None:
        self._read, self._token = read, token
        self._seen: object | None = None
        self._queues: WorkQueues | None = None
        self.reads = 0  # (tests)

    def get(self) -> WorkQueues:
        """The queues as they are now: read again only when the data may have changed."""
        token = self._token()  # taken before reading: a commit during the read is seen next time
        if self._queues is None or token is None or token != self._seen:
            self._queues = self._read()
            self._seen = token
            self.reads += 1
        return self._queues
