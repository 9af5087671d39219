"""A command-line run while the workstation is open must not take the open database's -wal and -shm
from under it. POSIX drops all of a process's locks on a file when any descriptor of it is closed,
so a plain read of the live file (header checks, backups) let the CLI believe it was the last user:
it checkpointed and deleted the side files the window still wrote to, and every later save was lost.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest
from cli_support import PASSWORD, cli, new_district

pytestmark = pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="reads /proc to see open files")


def _open_files(pid: int, db) -> list[str]:
    names = []
    for fd in os.listdir(f"/proc/{pid}/fd"):
        try:
            names.append(os.readlink(f"/proc/{pid}/fd/{fd}"))
        except OSError:
            continue
    return [n for n in names if n.startswith(str(db))]


def _wait_for(condition, what: str, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.2)


def test_cli_runs_leave_the_open_workstation_its_database(tmp_path):
    db = tmp_path / "desk.db"
    assert new_district(db, tmp_path, "500107001:杨家坪街道").returncode == 0
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_STATE_HOME=str(tmp_path / "state"))
    gui = subprocess.Popen([sys.executable, "-m", "workstation", "--db", str(db), "--login-stdin"],
                           stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           env=env, text=True)
    try:
        gui.stdin.write(f"admin\n{PASSWORD}\n")
        gui.stdin.close()
        # Signed in, pages attached, the automatic start-up backup written: the window is working.
        _wait_for(lambda: any(n.endswith("-wal") for n in _open_files(gui.pid, db))
                  and any((tmp_path / "desk.db.backups").glob("*.wsbackup")), "the workstation to open")
        for args in (("calendar", "show", "2027"), ("check",),
                     ("export", "nurseries", "--format", "xlsx", "--out", str(tmp_path / "n.xlsx"))):
            result = cli("--db", str(db), *args, env_home=tmp_path, user=None if args[0] == "check" else "manager")
            assert result.returncode == 0, result.stderr
            deleted = [n for n in _open_files(gui.pid, db) if n.endswith("(deleted)")]
            assert deleted == [], f"after {args[0]}: {deleted}"
    finally:
        gui.kill()
        gui.wait(timeout=30)
