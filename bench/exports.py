"""Register exports: every register to .xlsx against raw openpyxl, and to .pdf against the same document
drawn by plain reportlab; at least 3 runs each, raw and ours alternating.

Every measurement runs in its own subprocess, so each peak RSS (ru_maxrss) is that step's own:
- xlsx: export_register(REGISTER, "xlsx") over the whole database (query, masking, rendering,
  temp file and rename), against raw openpyxl write-only appending the same values (read from
  the database first, outside the timing) in the same run. Target: ≤ 1.5× raw, peak < 500 MB.
- pdf: the same register for a database of --pdf-rows nurseries, against the same document in
  plain reportlab: the same title, the same values wrapped at the same column widths (wrapped
  outside the timing), font, repeated header and a page number on every page. Both page counts
  are printed: the comparison holds when they agree. Target: peak < 300 MB.

Build the big database first (about a minute):
  .venv/bin/python -m workstation --db /tmp/n100k.db demo --nurseries 100000 --seed 1
Run: .venv/bin/python bench/exports.py --db /tmp/n100k.db [--pdf-rows 10000] [--runs 3] [--register NAME]
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
XLSX_TARGET, MEMORY_TARGET_MB, PDF_MEMORY_TARGET_MB = 1.5, 500, 300


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _open(db: str):
    from workstation.db.session import open_database

    return open_database(db)


def _values(db: str, register: str) -> tuple[list[str], list[tuple]]:
    """The register's header and rows exactly as the export writes them (numbered, masked, totals)."""
    from workstation.exports.common.body import RegisterBody
    from workstation.exports.common.spec import RegisterFilters, SourceContext
    from workstation.exports.registers import REGISTERS

    spec = REGISTERS[register]
    database = _open(db)
    with database.factory() as session:
        body = RegisterBody(spec, spec.rows(session, SourceContext(RegisterFilters())), masked=True)
        rows = [*body, body.totals_row()]
    database.close()
    return [c.header for c in spec.all_columns], rows


def child_ours(db: str, register: str, fmt: str, out: str) -> dict:
    from workstation.exports import RegisterFilters, export_register

    database = _open(db)
    start, cpu = time.perf_counter(), time.process_time()
    result = export_register(database.factory, register, fmt, Path(out), RegisterFilters(), preparer="bench")
    figures = {"seconds": time.perf_counter() - start, "cpu": time.process_time() - cpu, "rows": result.rows}
    database.close()
    return figures


def child_raw_xlsx(db: str, register: str, out: str) -> dict:
    from openpyxl import Workbook

    header, rows = _values(db, register)
    start, cpu = time.perf_counter(), time.process_time()
    book = Workbook(write_only=True)
    sheet = book.create_sheet("raw")
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(out)
    return {"seconds": time.perf_counter() - start, "cpu": time.process_time() - cpu, "rows": len(rows)}


def child_raw_pdf(db: str, register: str, out: str) -> dict:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, TableStyle

    from workstation.exports.common import pdf
    from workstation.exports.common.pdf_text import register_font
    from workstation.exports.registers import REGISTERS

    header, rows = _values(db, register)
    font = register_font()
    PADDING = 1.5  # noqa: N806  (the register's cell padding)
    spec = REGISTERS[register]
    size = spec.pdf_font_size
    widths = pdf.column_widths_for(spec.all_columns, size)

    def wrap(text: str, width: float) -> str:  # character by character, as Chinese text wraps
        lines = []
        for part in text.split("\n"):
            line = ""
            for char in part:
                if line and stringWidth(line + char, font, size) > width:
                    lines.append(line)
                    line = char
                else:
                    line += char
            lines.append(line)
        return "\n".join(lines)

    def wrapped(values) -> list[str]:  # the same line breaks as ours, prepared outside the timing
        return [wrap("" if v is None else str(v), w - 2 * PADDING) for v, w in zip(values, widths, strict=False)]

    texts = [wrapped(header), *(wrapped(row) for row in rows)]
    start, cpu = time.perf_counter(), time.process_time()
    table = LongTable(texts, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), font, size, size * 1.2),
                               ("GRID", (0, 0), (-1, -1), 0.25, "grey"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), PADDING), ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
                               ("TOPPADDING", (0, 0), (-1, -1), 1.0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    title = Paragraph(spec.title, ParagraphStyle("title", fontName=font, fontSize=16, leading=22, alignment=1))

    def number(canvas, doc) -> None:
        canvas.setFont(font, 8)
        canvas.drawCentredString(pdf.PAGE[0] / 2, 6 * mm, f"第 {doc.page} 页")
        canvas.drawString(pdf.MARGIN, 6 * mm, spec.title)

    SimpleDocTemplate(out, pagesize=pdf.PAGE, leftMargin=pdf.MARGIN, rightMargin=pdf.MARGIN, topMargin=pdf.MARGIN,
                      bottomMargin=pdf.BOTTOM_MARGIN, initialFontName=font).build(
        [title, table], onFirstPage=number, onLaterPages=number)
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
    from workstation.exports.common.names import REGISTER_NAMES

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="database with many nurseries (e.g. 100,000)")
    parser.add_argument("--pdf-db", help="database for the PDF (default: a new demo of --pdf-rows nurseries)")
    parser.add_argument("--pdf-rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--register", action="append", choices=REGISTER_NAMES,
                        help="only this register (repeatable; default: every register)")
    parser.add_argument("--skip-xlsx", action="store_true")
    parser.add_argument("--skip-pdf", action="store_true")
    args = parser.parse_args()
    if args.runs < 3:
        parser.error("--runs must be at least 3 (a median of fewer runs misleads on a shared machine)")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        pdf_db = None if args.skip_pdf else args.pdf_db or small_database(folder, args.pdf_rows)
        for register in args.register or REGISTER_NAMES:
            if not args.skip_xlsx:
                report_xlsx(args.db, register, folder, args.runs)
            if pdf_db is not None:
                report_pdf(pdf_db, register, folder, args.runs)


def report_xlsx(db: str, register: str, folder: Path, runs: int) -> None:
    raw, ours, ratios = measure_pair(runs, ("raw-xlsx", db, register, str(folder / "raw.xlsx")),
                                     ("ours", db, register, "xlsx", str(folder / "ours.xlsx")))
    print(f"{register} xlsx, {ours['rows']:,} rows: export {ours['seconds']:.1f} s {ours['all']}, "
          f"CPU {ours['cpu']:.1f} s (peak {ours['peak_mb']:.0f} MB); raw openpyxl write-only {raw['seconds']:.1f} s "
          f"{raw['all']}, CPU {raw['cpu']:.1f} s (values preloaded, peak {raw['peak_mb']:.0f} MB)")
    print(f"  ratio {ratios['seconds']:.2f}x wall, {ratios['cpu']:.2f}x CPU (target <= {XLSX_TARGET}x) "
          f"{'OK' if max(ratios.values()) <= XLSX_TARGET else 'MISSED'}; "
          f"peak {'OK' if ours['peak_mb'] < MEMORY_TARGET_MB else 'MISSED'} (target < {MEMORY_TARGET_MB} MB); "
          f"file {(folder / 'ours.xlsx').stat().st_size / 1e6:.1f} MB")


def report_pdf(db: str, register: str, folder: Path, runs: int) -> None:
    raw, ours, ratios = measure_pair(runs, ("raw-pdf", db, register, str(folder / "raw.pdf")),
                                     ("ours", db, register, "pdf", str(folder / "ours.pdf")))
    ours_pages, raw_pages = pages(folder / "ours.pdf"), pages(folder / "raw.pdf")
    print(f"{register} pdf, {ours['rows']:,} rows: export {ours['seconds']:.1f} s {ours['all']}, {ours_pages} pages "
          f"(peak {ours['peak_mb']:.0f} MB); same document in plain reportlab {raw['seconds']:.1f} s {raw['all']}, "
          f"{raw_pages} pages (peak {raw['peak_mb']:.0f} MB)")
    same = "" if ours_pages == raw_pages else "  (page counts differ: compare per page)"
    print(f"  ratio {ratios['seconds']:.2f}x wall, {ratios['cpu']:.2f}x CPU; per page "
          f"{ours['seconds'] / (ours_pages or 1):.3f} s against {raw['seconds'] / (raw_pages or 1):.3f} s; "
          f"peak {'OK' if ours['peak_mb'] < PDF_MEMORY_TARGET_MB else 'MISSED'} "
          f"(target < {PDF_MEMORY_TARGET_MB} MB){same}")


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
