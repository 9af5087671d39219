"""Startup: time to the main window (home page filled) on a 10,000-nursery database,
against a bare PySide6 window measured in the same run. Prints medians and the ratio.

The workstation signs in with --login-stdin (the scrypt check included), as a person would at
the login dialog; the first, unmeasured run creates that administrator.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/startup.py [--nurseries N] [--runs R]
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


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL, input=LOGIN)
    return time.perf_counter() - start


def median_of(cmd: list[str], env: dict[str, str], runs: int) -> tuple[float, list[float]]:
    timed(cmd, env)  # warm the OS file cache and .pyc files
    samples = [timed(cmd, env) for _ in range(runs)]
    return statistics.median(samples), samples


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--nurseries", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    with tempfile.TemporaryDirectory() as folder:
        env.update(XDG_DATA_HOME=folder, XDG_STATE_HOME=folder)
        db = Path(folder) / "bench.db"
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "workstation", "--db", str(db), "demo",
                        "--nurseries", str(args.nurseries), "--seed", "1"], check=True, env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        print(f"demo database with {args.nurseries} nurseries built in {time.perf_counter() - t0:.1f} s")
        bare, bare_s = median_of([sys.executable, "-c", BARE_WINDOW], env, args.runs)
        app, app_s = median_of([sys.executable, "-m", "workstation", "--db", str(db), "--quit-after-show",
                                "--login-stdin"],
                               env, args.runs)
    print(f"bare PySide6 window : median {bare * 1000:.0f} ms  ({', '.join(f'{s * 1000:.0f}' for s in bare_s)})")
    print(f"workstation window  : median {app * 1000:.0f} ms  ({', '.join(f'{s * 1000:.0f}' for s in app_s)})")
    print(f"ratio               : {app / bare:.2f}x  (acceptance: <= 3x, aim 2x)")


if __name__ == "__main__":
    main()
