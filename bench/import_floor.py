"""What SQLite alone costs for a push import's commit: the statements it sends, replayed without Python.

Runs the `import` row of bench/ui.py once (a 10,000-row push file matching nurseries of a district,
previewed, then committed), records every statement and parameter set the commit sends to the driver,
and replays them with the plain sqlite3 module, with the workstation's pragmas, on a second copy
of the same district in one transaction. The replay's CPU time is the floor of the commit on this
schema (nursery indexes, FTS and short-term search indexes, one audit row per changed record): no
Python change can bring the commit below it. Printed per kind of statement and against the read.

Run: PYTHONPATH=$PWD .venv/bin/python bench/import_floor.py --district /tmp/me/cache/n100000.db [--variant 2]
(the district is copied twice, never written; 2.5 GB free needed for the 100k district)
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from imports import matching_push_rows, plain_read, write_push  # bench/imports.py, beside this script

ROWS = 10_000
USER, PASSWORD = "bench-clerk", "bench-password-1"


def copy_district(source: Path, target: Path) -> None:
    shutil.copy2(source, target)
    for side in ("-wal", "-shm"):
        if Path(f"{source}{side}").exists():
            shutil.copy2(f"{source}{side}", f"{target}{side}")


def capture(work: Path, folder: Path, variant: int) -> tuple[float, float, list[tuple[str, object, bool]]]:
    """CPU of the plain read and of the commit, and the statements the commit sent."""
    from sqlalchemy import event

    from workstation.db.session import open_database
    from workstation.services.accounts import AuthService
    from workstation.services.imports import RegistrationImporter

    db = open_database(str(work))
    try:
        importer = RegistrationImporter(db.factory, AuthService(db.factory).login(USER, PASSWORD))
        push = write_push(folder, matching_push_rows(work, ROWS, variant=variant), "xlsx")
        plain_read(push)
        cpu = time.process_time()
        plain_read(push)
        read = time.process_time() - cpu
        importer.dry_run(push)
        sent: list[tuple[str, object, bool]] = []

        def seen(_conn, _cursor, statement, parameters, _context, executemany) -> None:
            sent.append((statement, parameters, executemany))

        event.listen(db.engine, "before_cursor_execute", seen)
        cpu = time.process_time()
        report = importer.commit(push, accept_valid=True)
        commit = time.process_time() - cpu
        event.remove(db.engine, "before_cursor_execute", seen)
        print(report.summary())
        return read, commit, sent
    finally:
        db.close()


def replay(path: Path, sent: list[tuple[str, object, bool]]) -> dict[str, float]:
    """CPU per kind of statement, the commit included, of the statements replayed in one transaction."""
    from workstation.db.engine import CACHE_KIB

    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in ("foreign_keys=ON", "journal_mode=WAL", "synchronous=NORMAL", f"cache_size=-{CACHE_KIB}"):
        conn.execute(f"PRAGMA {pragma}")
    spent: dict[str, float] = {}
    conn.execute("BEGIN IMMEDIATE")
    for statement, parameters, many in sent:
        if statement.strip().upper() in ("BEGIN", "BEGIN IMMEDIATE", "COMMIT", "ROLLBACK"):
            continue
        cpu = time.process_time()
        if many:
            conn.executemany(statement, parameters)  # type: ignore[arg-type]
        else:
            conn.execute(statement, parameters).fetchall()  # type: ignore[arg-type]
        kind = " ".join(statement.split()[:3])[:48]
        if _search_upkeep(statement):
            kind = f"[search index] {kind}"
        spent[kind] = spent.get(kind, 0.0) + time.process_time() - cpu
    cpu = time.process_time()
    conn.execute("COMMIT")
    spent["COMMIT"] = time.process_time() - cpu
    conn.close()
    return spent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--district", type=Path, required=True, help="a district database (copied, never written)")
    parser.add_argument("--variant", type=int, default=2,
                        help="1: addresses, dates and scopes change (a first push); 2+: addresses only")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.district.parent) as name:
        folder = Path(name)
        work, twin = folder / "work.db", folder / "twin.db"
        copy_district(args.district, work)
        if args.variant > 1:  # the earlier variants first, as the bench's later runs find the district
            for variant in range(1, args.variant):
                capture(work, folder, variant)
        copy_district(work, twin)
        read, commit, sent = capture(work, folder, args.variant)
        spent = replay(twin, sent)
    floor = sum(spent.values())
    print(f"read (calamine) {read * 1000:,.0f} ms CPU; commit {commit * 1000:,.0f} ms ({commit / read:.2f}×); "
          f"its {len(sent)} statements replayed by sqlite3 alone {floor * 1000:,.0f} ms ({floor / read:.2f}×); "
          f"Python around them {(commit - floor) * 1000:,.0f} ms")
    for kind, cpu in sorted(spent.items(), key=lambda item: -item[1]):
        if cpu >= 0.001:
            print(f"  {cpu * 1000:7,.0f} ms  {kind}")
    upkeep = sum(cpu for kind, cpu in spent.items() if kind.startswith("[search index]"))
    print(f"of the floor, search-index upkeep (FTS, short-term grams, their triggers set aside) {upkeep * 1000:,.0f} ms: "
          f"without it {(floor - upkeep) / read:.2f}× the read (its share of the COMMIT not counted)")
    return 0


def _search_upkeep(statement: str) -> bool:
    """Statements that keep the search indexes (what a catch-up after the transaction would take out)."""
    return any(word in statement for word in ("nursery_fts", "nursery_gram", "TRIGGER", "search_position"))


if __name__ == "__main__":
    sys.exit(main())
