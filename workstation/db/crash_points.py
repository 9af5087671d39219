"""A test hook for kill tests: end the process abruptly at the N-th step of restore or migration.

With WORKSTATION_CRASH_AT_STEP=N in the environment, the N-th call of `step` in the process exits at
once (os._exit: no cleanup, as a kill). Without it, `step` costs one dictionary look-up.
"""

from __future__ import annotations

import os
import sys

ENV = "WORKSTATION_CRASH_AT_STEP"
EXIT_CODE = 86
_reached = 0


def step(name: str) -> None:
    """A point where a kill must leave one whole state behind (`name` is printed for the test's log)."""
    target = os.environ.get(ENV)
    if not target:
        return
    global _reached
    _reached += 1
    if _reached == int(target):
        sys.stderr.write(f"crash point {_reached}: {name}\n")
        sys.stderr.flush()
        os._exit(EXIT_CODE)
