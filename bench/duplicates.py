"""The similar-nursery search at 100k nurseries: the indexed search against the old LIKE scan, same run.

Probes: names and addresses of existing nurseries (some altered by a character, some with the
district's name in front), and names and addresses unlike any. Works on a copy (--db defaults to
/work/bench-data/cache/n100000.db, copied with -wal/-shm into --work, default /tmp/dup). Checks that
both give the same results; prints medians. Goal: median under 20 ms.

Run: .venv/bin/python bench/duplicates.py [--probes 200] [--old-probes 20]
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "support"))

from inbox import SOURCE, copy_database  # noqa: E402  (bench/inbox.py)

GOAL_MS = 20.0


def probes(path: Path, count: int, district: str) -> list[tuple[str, str]]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT name, address FROM nursery ORDER BY random() LIMIT ?", (count,)).fetchall()
    finally:
        conn.close()
    rng = random.Random(7)
    found = []
    for i, (name, address) in enumerate(rows):
        if i % 4 == 1:  # one character changed
            at = rng.randrange(len(name))
            name = name[:at] + "乐" + name[at + 1:]
        elif i % 4 == 2:
            name = district + name
        elif i % 4 == 3:  # unlike any
            name, address = f"基准新增第{i}号托育服务有限公司", f"基准路{i}号"
        found.append((name, address or ""))
    return found


def timed(search, session, probe_list, district):
    times, results = [], []
    for name, address in probe_list:
        began = time.perf_counter()
        results.append(search(session, name, address, district))
        times.append((time.perf_counter() - began) * 1000)
    return times, results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, default=SOURCE)
    parser.add_argument("--work", type=Path, default=Path("/tmp/dup"))
    parser.add_argument("--probes", type=int, default=200)
    parser.add_argument("--old-probes", type=int, default=20)
    args = parser.parse_args()

    from duplicates_reference import find_similar_by_scan
    from sqlalchemy import select

    from workstation.db.orm import District
    from workstation.db.session import open_database
    from workstation.services.registry import find_similar

    path = copy_database(args.db, args.work)
    db = open_database(str(path))
    with db.factory() as session:
        district = session.scalar(select(District.name).order_by(District.id).limit(1)) or ""
        probe_list = probes(path, args.probes, district)
        find_similar(session, *probe_list[0], district)  # warm the page cache
        new_ms, new_found = timed(find_similar, session, probe_list, district)
        old_ms, old_found = timed(find_similar_by_scan, session, probe_list[:args.old_probes], district)
    db.close()
    same = sum(a == b for a, b in zip(old_found, new_found, strict=False))
    hits = sum(bool(found) for found in new_found)
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}; {len(probe_list)} probes, "
          f"{hits} with similar nurseries")
    print(f"old LIKE scan: median {statistics.median(old_ms):.1f} ms, worst {max(old_ms):.1f} ms "
          f"({len(old_ms)} probes)")
    print(f"indexed: median {statistics.median(new_ms):.1f} ms, worst {max(new_ms):.1f} ms "
          f"(goal median < {GOAL_MS:.0f} ms) {'OK' if statistics.median(new_ms) < GOAL_MS else 'MISSED'}")
    fresh = [i for i in range(len(old_ms)) if i % 4 == 3]
    print(f"  of which names unlike any (as a push file's new rows): old median "
          f"{statistics.median(old_ms[i] for i in fresh):.1f} ms, indexed median "
          f"{statistics.median(new_ms[i] for i in fresh):.1f} ms")
    print(f"same results as the old scan: {same} of {len(old_found)}")
    return 0 if statistics.median(new_ms) < GOAL_MS and same == len(old_found) else 1


if __name__ == "__main__":
    sys.exit(main())
