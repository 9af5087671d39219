"""The window's turns at the interpreter while long work runs on a pool thread.

One thread runs Python at a time; a thread that wants to run waits up to the switch interval
(5 ms by default) for the running one to let go. The GUI thread lets go around each Qt call, so a
page shown while an export lays out PDF pages waited that long hundreds of times: a click took
~0.3 s instead of ~0.04 s (about 2 s on a loaded machine) with no more work of its own. While
background work runs the interval is 0.5 ms, so the window gets its turns at once; the work loses
little (it is mostly Python, and the window is mostly idle).
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

BACKGROUND_INTERVAL = 0.0005  # seconds

_lock = threading.Lock()
_running = 0
_saved = 0.0


@contextmanager
def window_keeps_its_turns() -> Iterator[None]:
    """A short switch interval while any such block runs (on any thread); the old one after the last."""
    global _running, _saved
    with _lock:
        if _running == 0:
            _saved = sys.getswitchinterval()
            sys.setswitchinterval(min(_saved, BACKGROUND_INTERVAL))
        _running += 1
    try:
        yield
    finally:
        with _lock:
            _running -= 1
            if _running == 0:
                sys.setswitchinterval(_saved)
