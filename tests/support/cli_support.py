"""Running the command line as a user does (imported by the e2e tests; holds no tests)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import workstation

SOURCE_ROOT = Path(workstation.__file__).resolve().parent.parent  # the code under test, from any `cwd`


def cli(*args: str, env_home: Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, XDG_DATA_HOME=str(env_home / "data"), XDG_STATE_HOME=str(env_home / "state"))
    if cwd is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, (str(SOURCE_ROOT), env.get("PYTHONPATH"))))
    return subprocess.run(
        [sys.executable, "-m", "workstation", *args],
        capture_output=True, text=True, env=env, timeout=300, stdin=subprocess.DEVNULL, cwd=cwd,
    )
