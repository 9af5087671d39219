"""Running the command line as a user does (imported by the e2e tests; holds no tests)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def cli(*args: str, env_home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, XDG_DATA_HOME=str(env_home / "data"), XDG_STATE_HOME=str(env_home / "state"))
    return subprocess.run(
        [sys.executable, "-m", "workstation", *args],
        capture_output=True, text=True, env=env, timeout=300, stdin=subprocess.DEVNULL,
    )
