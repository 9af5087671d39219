"""Whether the session is locked, for work that ends in the background while it is.

An export or a backup keeps running under the lock; what it then has to say (its result, its error
box) waits for the unlock, so nothing is shown over the curtain to whoever passes the desk.
"""

from __future__ import annotations

from collections.abc import Callable

_state: dict[str, bool] = {"locked": False}
_waiting: list[Callable[[], object]] = []


def is_locked() -> bool:
    return _state["locked"]


def when_unlocked(show: Callable[[], object]) -> None:
    """Call `show` now, or at the unlock when the session is locked."""
    if not _state["locked"]:
        show()
    else:
        _waiting.append(show)


def set_locked(locked: bool, *, signed_out: bool = False) -> None:
    """The idle lock's state; at the unlock what waited is shown, at a sign-out it is dropped."""
    _state["locked"] = locked
    if locked:
        return
    waiting = list(_waiting)
    _waiting.clear()
    if signed_out:
        return
    for show in waiting:
        try:
            show()
        except RuntimeError:  # its widget was deleted meanwhile
            pass
