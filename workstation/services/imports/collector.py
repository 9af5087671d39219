"""Keep Python's cycle collector off the long-lived heap while a bulk write allocates.

A 10,000-row commit allocates some hundred thousand short-lived containers (statement parameters,
audit rows); each full collection they trigger walks every object the application holds, the kept
preview's rows included: about a seventh of the commit's CPU time. Objects older than the write are
frozen for its duration (new garbage is still collected) and thawed afterwards.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def older_objects_frozen() -> Iterator[None]:
    """(The window freezes what its start made for good, ui/idle_warmup.freeze_the_start: then what is
    frozen here stays so too, rather than thawing the start with it.)"""
    standing = gc.get_freeze_count() > 0
    gc.freeze()
    try:
        yield
    finally:
        if not standing:
            gc.unfreeze()
