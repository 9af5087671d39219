"""Registration push import: a 10,000-row file against reading the same file alone (goal: commit ≤ 2× read).

Measured in one run: plain reading of the file with the reader the import uses (python-calamine for
workbooks, csv for .csv) as the baseline, the importer's
reader (header detection, blank rows), a dry run, a commit into a fresh district database,
re-importing the same file (every row unchanged), and — what a district lives with — a commit of
a file whose rows match existing nurseries of a populated district (each run a file with other
addresses, so every row is an update), previewed first as the clerk does (the commit then writes the
rows the preview checked). Times are CPU times of this process (the machine may be shared); prints
medians, rows/s, ratios to the read and the verdict.

Run: .venv/bin/python bench/imports.py [--rows N] [--format xlsx|csv] [--runs R]
     [--district DB] (populated database, copied; default: a new demo of --district-size nurseries)
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from workstation.domain.codes import make_uscc

HEADER = ["序号", "名称", "统一社会信用代码", "登记机关", "成立日期", "法定代表人", "住所", "经营范围", "性质"]
NATURES = (("91", "有限责任公司", "九龙坡区市场监督管理局"), ("52", "民办非企业单位", "九龙坡区民政局"),
           ("12", "事业单位", "九龙坡区委编办"))
GOAL = 2.0  # commit ÷ plain read (issue #14)
STREETS = [("500107001", "杨家坪街道"), ("500107002", "谢家湾街道"), ("500107003", "石坪桥街道")]


def push_rows(n: int) -> list[list[object]]:
    rows = []
    for i in range(1, n + 1):
        prefix, nature, organ = NATURES[i % len(NATURES)]
        street = STREETS[i % len(STREETS)][1]
        rows.append([i, f"第{i}号托育服务中心", make_uscc(prefix, "500107", f"MA{i:07d}"), organ,
                     dt.date(2020, 1, 1) + dt.timedelta(days=i % 2000), f"法人{i}",
                     f"重庆市九龙坡区{street}{i}号", "3岁以下婴幼儿照护服务（全日托、半日托）", nature])
    return rows


def matching_push_rows(db: Path, n: int, variant: int) -> list[list[object]]:
    """A push of `n` nurseries already in `db` (same USCC, nature and organ), each with a new address."""
    by_prefix = {prefix: (nature, organ) for prefix, nature, organ in NATURES}
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        found = conn.execute(
            "SELECT name, uscc, legal_rep_name, address FROM nursery WHERE substr(uscc, 1, 2) IN ('91', '52', '12') "
            "ORDER BY id LIMIT ?", (n,)).fetchall()
    finally:
        conn.close()
    rows = []
    for i, (name, uscc, person, address) in enumerate(found, start=1):
        nature, organ = by_prefix[uscc[:2]]
        rows.append([i, name, uscc, organ, dt.date(2020, 1, 1) + dt.timedelta(days=i % 2000), person or f"法人{i}",
                     f"{address or '重庆市九龙坡区'}（{variant}）", "3岁以下婴幼儿照护服务（全日托、半日托）", nature])
    return rows


def write_push(folder: Path, n: int | list[list[object]], fmt: str) -> Path:
    rows = push_rows(n) if isinstance(n, int) else n
    if fmt == "csv":
        path = folder / "push.csv"
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            csv.writer(handle).writerows([["登记信息推送"], HEADER, *rows])
        return path
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("推送")
    for values in [["九龙坡区托育机构登记信息推送表"], HEADER, *rows]:
        sheet.append(values)
    path = folder / "push.xlsx"
    book.save(path)
    return path


def plain_read(path: Path) -> int:
    """The baseline: every cell value of the file, nothing else, read as the import reads it.

    Workbooks through python-calamine (services/imports/reader.py reads them so; openpyxl only when
    calamine cannot open one): a ratio against openpyxl, ten times slower, would flatter the commit.
    """
    if path.suffix == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as handle:
            return sum(1 for _ in csv.reader(handle))
    from python_calamine import CalamineWorkbook

    with path.open("rb") as handle, CalamineWorkbook.from_filelike(handle) as book:
        return sum(1 for _ in book.get_sheet_by_index(0).to_python(skip_empty_area=False))


def timed(action: Callable[[], object]) -> tuple[float, object]:
    """CPU seconds of `action` (this process; on a shared machine wall time also waits for others)."""
    start = time.process_time()
    result = action()
    return time.process_time() - start, result


def one_run(path: Path, folder: Path, run: int) -> dict[str, float]:
    """Every step once, the import steps against a fresh district database."""
    from workstation.db.session import open_database
    from workstation.services.common.context import Actor
    from workstation.services.district.service import DistrictService
    from workstation.services.imports import RegistrationImporter, read_table

    db = open_database(folder / f"bench{run}.db")
    try:
        DistrictService(db.factory, Actor("bench")).initialize("500107", "九龙坡区", STREETS)
        importer = RegistrationImporter(db.factory, Actor("bench"))
        times = {"plain read": timed(lambda: plain_read(path))[0], "reader": timed(lambda: read_table(path))[0],
                 "dry run": timed(lambda: importer.dry_run(path))[0]}
        times["commit"], report = timed(lambda: importer.commit(path))
        assert report.committed and report.accepted == len(report.rows), report.summary()
        times["re-import"], report = timed(lambda: importer.commit(path))
        assert report.unchanged == len(report.rows), report.summary()
    finally:
        db.close()
    return times


def measure(path: Path, folder: Path, runs: int) -> dict[str, list[float]]:
    plain_read(path)  # warm the file cache and imports
    results = [one_run(path, folder, run) for run in range(runs)]
    return {label: [r[label] for r in results] for label in results[0]}


def matching_runs(district: Path, folder: Path, rows: int, fmt: str, runs: int) -> dict[str, list[float]]:
    """Commits of files matching existing nurseries into a copy of the populated `district`."""
    from workstation.db.session import open_database
    from workstation.services.common.context import Actor
    from workstation.services.imports import RegistrationImporter

    work = folder / "populated.db"
    shutil.copy2(district, work)
    db = open_database(work)
    samples: dict[str, list[float]] = {"plain read": [], "preview": [], "commit matching": []}
    try:
        importer = RegistrationImporter(db.factory, Actor("bench"))
        for run in range(runs):
            path = write_push(folder, matching_push_rows(work, rows, variant=run + 1), fmt)
            plain_read(path)  # warm the file cache
            samples["plain read"].append(timed(lambda p=path: plain_read(p))[0])
            samples["preview"].append(timed(lambda p=path: importer.dry_run(p))[0])
            seconds, report = timed(lambda p=path: importer.commit(p, accept_valid=True))
            assert report.committed and report.updated, report.summary()
            samples["commit matching"].append(seconds)
    finally:
        db.close()
    return samples


def populated_district(folder: Path, nurseries: int) -> Path:
    path = folder / f"district{nurseries}.db"
    subprocess.run([sys.executable, "-m", "workstation", "--db", str(path), "demo", "--nurseries", str(nurseries),
                    "--seed", "1"], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return path


def report(title: str, samples: dict[str, list[float]], rows: int) -> float:
    """Prints the lines; returns the commit ÷ read ratio of the medians."""
    base = statistics.median(samples["plain read"])
    print(title)
    for label, values in samples.items():
        median = statistics.median(values)
        print(f"  {label:<16}: median {median * 1000:7.0f} ms  {rows / median:9.0f} rows/s  "
              f"{median / base:5.2f}x read  ({', '.join(f'{v * 1000:.0f}' for v in values)})")
    commit = next(label for label in samples if label.startswith("commit"))
    return statistics.median(samples[commit]) / base


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--format", choices=("xlsx", "csv"), default="xlsx")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--district", type=Path, help="populated database to import into (copied, not changed)")
    parser.add_argument("--district-size", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        path = write_push(folder, args.rows, args.format)
        print(f"push file: {args.rows} rows, {args.format}, {path.stat().st_size / 1024:.0f} KiB")
        fresh = report("into a fresh district:", measure(path, folder, args.runs), args.rows)
        district = args.district or populated_district(folder, args.district_size)
        matching = report(f"matching existing nurseries of {district.name}:",
                          matching_runs(district, folder, args.rows, args.format, args.runs), args.rows)
    failed = False
    for label, ratio in (("fresh district", fresh), ("populated district", matching)):
        verdict = "ok" if ratio <= GOAL else "MISSED"
        failed |= ratio > GOAL
        print(f"commit ÷ read, {label}: {ratio:.2f}x (goal <= {GOAL}x) {verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
