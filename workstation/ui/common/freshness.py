"""Read a view again only when its data may have changed: the database's change stamp and the day.

The main window gives each view `data_token()`: (data version, today), or None when unknown, and
then every refresh reads. The token is taken before reading, so a commit during the read is
seen at the next look.
"""

from __future__ import annotations

from collections.abc import Callable


class Freshness:
    def __init__(self, token: Callable[[], object | None] = lambda: None) -> None:
        self._token = token
        self._seen: object | None = None

    def reading(self) -> None:
        """Call right before the view reads its data."""
        self._seen = self._token()

    def changed(self) -> bool:
        """True unless the data read last is known to be the data now."""
        return self._seen is None or self._token() != self._seen
