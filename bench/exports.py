"""Register exports: the nursery register to .xlsx against raw openpyxl, and to .pdf against a plain LongTable.

Every measurement runs in its own subprocess, so each peak RSS (ru_maxrss) is that step's own:
- xlsx: export_register("nurseries", "xlsx") over the whole database (query, masking, rendering,
  temp file and rename), against raw openpyxl write-only appending the same values (read from
  the database first, outside the timing) in the same run. Target: ≤ 1.5× raw, peak < 500 MB.
- pdf: the same register for a database of --pdf-rows nurseries, against a plain reportlab
  LongTable (same values as text, same font, widths and repeated header) in the same run.

Build the big database first (about a minute):
  .venv/bin/python -m workstation --db /tmp/n100k.db demo --nurseries 100000 --seed 1
Run: .venv/bin/python bench/exports.py --db /tmp/n100k.db [--pdf-rows 10000] [--runs 1]
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
XLSX_TARGET, MEMORY_TARGET_MB = 1.5, 500


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _open(db: str):
    from workstation.db.session import open_database

    return open_database(db)


def _values(db: str) -> tuple[list[str], list[tuple]]:
    """The register's header and rows exactly as the export writes them (numbered, masked)."""
    from workstation.exports.common.body import RegisterBody
    from workstation.exports.common.spec import RegisterFilters, SourceContext
    from workstation.exports.registers import REGISTERS

    spec = REGISTERS["nurseries"]
    database = _open(db)
    with database.factory() as session:
        rows = list(RegisterBody(spec, spec.rows(session, SourceContext(RegisterFilters())), masked=True))
    database.close()
    return [c.header for c in spec.all_columns], rows


def child_ours(db: str, fmt: str, out: str) -> dict:
    from workstation.exports import RegisterFilters, export_register

    database = _open(db)
    start, cpu = time.perf_counter(), time.process_time()
    result = export_register(database.factory, "nurseries", fmt, Path(out), RegisterFilters(), preparer="bench")
    figures = {"seconds": time.perf_counter() - start, "cpu": time.process_time() - cpu, "rows": result.rows}
    database.close()
    return figures


def child_raw_xlsx(db: str, out: str) -> dict:
    from openpyxl import Workbook

    header, rows = _values(db)
    start, cpu = time.perf_counter(), time.process_time()
    book = Workbook(write_only=True)
    sheet = book.create_sheet("raw")
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(out)
    return {"seconds": time.perf_counter() - start, "cpu": time.process_time() - cpu, "rows": len(rows)}


def child_raw_pdf(db: str, out: str) -> dict:
    from reportlab.platypus import LongTable, SimpleDocTemplate, TableStyle

    from workstation.exports.common import pdf
    from workstation.exports.common.pdf_text import register_font
    from workstation.exports.registers import REGISTERS

    header, rows = _values(db)
    font = register_font()
    texts = [header, *([("" if v is None else str(v)) for v in row] for row in rows)]
    spec = REGISTERS["nurseries"]
    widths = pdf.column_widths_for(spec.all_columns, spec.pdf_font_size)
    start, cpu = time.perf_counter(), time.process_time()
    table = LongTable(texts, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), font, spec.pdf_font_size),
                               ("GRID", (0, 0), (-1, -1), 0.25, "grey")]))
    SimpleDocTemplate(out, pagesize=pdf.PAGE, leftMargin=pdf.MARGIN, rightMargin=pdf.MARGIN).build([table])
    return {"seconds": time.perf_counter() - start, "cpu": time.process_time() - cpu, "rows": len(rows)}


def run_child(*args: str) -> dict:
    """One measurement in a fresh interpreter; its figures and its own peak RSS."""
    done = subprocess.run([sys.executable, __file__, "--child", *args], capture_output=True, text=True,
                          cwd=ROOT, check=False)
    if done.returncode != 0:
        raise SystemExit(f"measurement {args} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def pages(path: Path) -> int | None:
    try:
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    return next((int(line.split()[-1]) for line in info.splitlines() if line.startswith("Pages:")), None)


def small_database(folder: Path, rows: int) -> str:
    path = folder / f"demo{rows}.db"
    subprocess.run([sys.executable, "-m", "workstation", "--db", str(path), "demo", "--nurseries", str(rows),
                    "--seed", "1"], cwd=ROOT, check=True, capture_output=True)
    return str(path)


def measure_pair(runs: int, raw_args: tuple[str, ...], our_args: tuple[str, ...]) -> tuple[dict, dict, dict]:
    """Raw and ours alternately, `runs` times: medians, and the medians of the paired ratios of
    wall and CPU time (pairs run back to back; CPU time shrugs off other work on a shared machine)."""
    pairs = [(run_child(*raw_args), run_child(*our_args)) for _ in range(runs)]

    def summary(results: list[dict]) -> dict:
        return {"seconds": statistics.median(r["seconds"] for r in results), "rows": results[0]["rows"],
                "cpu": statistics.median(r["cpu"] for r in results),
                "peak_mb": max(r["peak_mb"] for r in results), "all": [round(r["seconds"], 1) for r in results]}

    ratios = {key: statistics.median(ours[key] / raw[key] for raw, ours in pairs) for key in ("seconds", "cpu")}
    return summary([p[0] for p in pairs]), summary([p[1] for p in pairs]), ratios


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="database with many nurseries (e.g. 100,000)")
    parser.add_argument("--pdf-db", help="database for the PDF (default: a new demo of --pdf-rows nurseries)")
    parser.add_argument("--pdf-rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--skip-xlsx", action="store_true")
    parser.add_argument("--skip-pdf", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if not args.skip_xlsx:
            report_xlsx(args.db, folder, args.runs)
        if not args.skip_pdf:
            report_pdf(args.pdf_db or small_database(folder, args.pdf_rows), folder, args.runs)


def report_xlsx(db: str, folder: Path, runs: int) -> None:
    raw, ours, ratios = measure_pair(runs, ("raw-xlsx", db, str(folder / "raw.xlsx")),
                                     ("ours", db, "xlsx", str(folder / "ours.xlsx")))
    print(f"xlsx, {ours['rows']:,} rows: export {ours['seconds']:.1f} s {ours['all']}, CPU {ours['cpu']:.1f} s "
          f"(peak {ours['peak_mb']:.0f} MB); raw openpyxl write-only {raw['seconds']:.1f} s {raw['all']}, "
          f"CPU {raw['cpu']:.1f} s (values preloaded, peak {raw['peak_mb']:.0f} MB)")
    ratio = ratios["seconds"]
    print(f"  ratio {ratio:.2f}x wall, {ratios['cpu']:.2f}x CPU (target <= {XLSX_TARGET}x) "
          f"{'OK' if max(ratios.values()) <= XLSX_TARGET else 'MISSED'}; "
          f"peak {'OK' if ours['peak_mb'] < MEMORY_TARGET_MB else 'MISSED'} (target < {MEMORY_TARGET_MB} MB); "
          f"file {(folder / 'ours.xlsx').stat().st_size / 1e6:.1f} MB")


def report_pdf(db: str, folder: Path, runs: int) -> None:
    raw, ours, ratios = measure_pair(runs, ("raw-pdf", db, str(folder / "raw.pdf")),
                                     ("ours", db, "pdf", str(folder / "ours.pdf")))
    print(f"pdf, {ours['rows']:,} rows: export {ours['seconds']:.1f} s {ours['all']}, {pages(folder / 'ours.pdf')} "
          f"pages (peak {ours['peak_mb']:.0f} MB); plain LongTable {raw['seconds']:.1f} s {raw['all']}, "
          f"{pages(folder / 'raw.pdf')} pages (peak {raw['peak_mb']:.0f} MB)")
    print(f"  ratio {ratios['seconds']:.2f}x wall, {ratios['cpu']:.2f}x CPU; per page "
          f"{ours['seconds'] / (pages(folder / 'ours.pdf') or 1):.3f} s against "
          f"{raw['seconds'] / (pages(folder / 'raw.pdf') or 1):.3f} s")


def child(argv: list[str]) -> None:
    mode, *rest = argv
    result = {"ours": child_ours, "raw-xlsx": child_raw_xlsx, "raw-pdf": child_raw_pdf}[mode](*rest)
    result["peak_mb"] = _peak_mb()
    print(json.dumps(result))


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2:])
    else:
        main()
