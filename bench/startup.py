"""Startup: time until the main window is usable — database attached, home page filled with its
figures and filing queues, every page reachable (built on its first visit) — against a bare PySide6
window measured in the same run. Prints medians, CPU times and the ratio (goal <= 3x).

`--quit-after-show` ends the program at the home page's first paint after the attach (not at the
shell's first paint, which comes before the ORM and the queues). The workstation signs in with
--login-stdin (the scrypt check included), as a person would at the login dialog; on a database
without accounts the first, unmeasured run creates that administrator.
bench/ui.py times the same row beside every other row of issue #14.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/startup.py [--nurseries N | --db PATH] [--runs R]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv)
win = QMainWindow(); win.setCentralWidget(QTableView()); win.resize(1200, 800); win.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""


LOGIN = b"bench\nbench-password-1\n"


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one run (the child's own CPU time)."""
    start = time.perf_counter()
    before = os.times()
    subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL, input=LOGIN)
    after = os.times()
    return time.perf_counter() - start, (after.children_user - before.children_user
                                         + after.children_system - before.children_system)


def median_of(cmd: list[str], env: dict[str, str], runs: int) -> tuple[float, float, list[float]]:
    timed(cmd, env)  # warm the OS file cache and .pyc files
    samples = [timed(cmd, env) for _ in range(runs)]
    walls = [wall for wall, _cpu in samples]
    return statistics.median(walls), statistics.median(cpu for _wall, cpu in samples), walls


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--nurseries", type=int, default=10_000)
    parser.add_argument("--db", type=Path, help="an existing demo database (its accounts must include bench)")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    with tempfile.TemporaryDirectory() as folder:
        env.update(XDG_DATA_HOME=folder, XDG_STATE_HOME=folder, XDG_CONFIG_HOME=folder)
        db = args.db or Path(folder) / "bench.db"
        if args.db is None:
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-m", "workstation", "--db", str(db), "demo",
                            "--nurseries", str(args.nurseries), "--seed", "1"], check=True, env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            print(f"demo database with {args.nurseries} nurseries built in {time.perf_counter() - t0:.1f} s")
        bare, bare_cpu, bare_s = median_of([sys.executable, "-c", BARE_WINDOW], env, args.runs)
        app, app_cpu, app_s = median_of([sys.executable, "-m", "workstation", "--db", str(db), "--quit-after-show",
                                         "--login-stdin"], env, args.runs)
    print(f"bare PySide6 window    : median {bare * 1000:.0f} ms, CPU {bare_cpu * 1000:.0f} ms  "
          f"({', '.join(f'{s * 1000:.0f}' for s in bare_s)})")
    print(f"workstation, usable    : median {app * 1000:.0f} ms, CPU {app_cpu * 1000:.0f} ms  "
          f"({', '.join(f'{s * 1000:.0f}' for s in app_s)})")
    ratio = app / bare
    print(f"ratio                  : {ratio:.2f}x wall, {app_cpu / bare_cpu:.2f}x CPU  (goal <= 3x, aim 2x) "
          f"{'ok' if ratio <= 3 else 'MISSED'}")


if __name__ == "__main__":
    main()
