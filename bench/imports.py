"""Registration push import: rows/s for a 10,000-row file against reading the same file alone.

Measured in one run: plain openpyxl (or csv) reading of the file as the baseline, the importer's
reader (header detection, blank rows), a dry run, a commit into a fresh district database, and
re-importing the same file (every row unchanged). Prints medians, rows/s and ratios to the baseline.

Run: .venv/bin/python bench/imports.py [--rows N] [--format xlsx|csv] [--runs R]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from workstation.domain.codes import make_uscc

HEADER = ["序号", "名称", "统一社会信用代码", "登记机关", "成立日期", "法定代表人", "住所", "经营范围", "性质"]
NATURES = (("91", "有限责任公司", "九龙坡区市场监督管理局"), ("52", "民办非企业单位", "九龙坡区民政局"),
           ("12", "事业单位", "九龙坡区委编办"))
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


def write_push(folder: Path, n: int, fmt: str) -> Path:
    rows = push_rows(n)
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
    """The baseline: every cell value of the file, nothing else."""
    if path.suffix == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as handle:
            return sum(1 for _ in csv.reader(handle))
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    try:
        return sum(1 for _ in book.worksheets[0].iter_rows(values_only=True))
    finally:
        book.close()


def timed(action: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--format", choices=("xlsx", "csv"), default="xlsx")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        path = write_push(folder, args.rows, args.format)
        print(f"push file: {args.rows} rows, {args.format}, {path.stat().st_size / 1024:.0f} KiB")
        samples = measure(path, folder, args.runs)
    base = statistics.median(samples["plain read"])
    for label, values in samples.items():
        median = statistics.median(values)
        print(f"{label:<11}: median {median * 1000:7.0f} ms  {args.rows / median:9.0f} rows/s  "
              f"{median / base:5.2f}x read  ({', '.join(f'{v * 1000:.0f}' for v in values)})")
    print("acceptance: a 10,000-row file imports in a few seconds")


if __name__ == "__main__":
    main()
