"""The .xlsx opens in LibreOffice (headless) and its CSV shows the register as written.

Skipped when soffice is missing (Debian: apt-get install libreoffice-calc-nogui).
"""

from __future__ import annotations

import csv
import shutil
import subprocess

import pytest
from exports_support import TODAY, demo_db_fixture, needs_pdftotext, pdf_pages, read_xlsx, squash  # noqa: F401
from sqlalchemy import select

from workstation.db.orm import Nursery
from workstation.exports import RegisterFilters, export_register
from workstation.exports.common.body import text_of
from workstation.exports.common.pdf_table import grouped
from workstation.exports.registers import REGISTERS

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) not installed")
CSV_UTF8 = "csv:Text - txt - csv (StarCalc):44,34,76,1"  # comma, double quote, UTF-8, from row 1


def to_csv(path, tmp_path) -> list[list[str]]:
    """`path` converted by LibreOffice headless; the CSV's rows (a failure to open fails the test)."""
    profile = (tmp_path / "lo-profile").as_uri()  # own profile: no clash with a running LibreOffice
    done = subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", CSV_UTF8,
         "--outdir", str(tmp_path / "csv"), str(path)],
        capture_output=True, text=True, timeout=180, check=False)
    out = tmp_path / "csv" / f"{path.stem}.csv"
    assert done.returncode == 0 and out.exists(), done.stdout + done.stderr
    with out.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def shown(register: str, row: tuple) -> list[str]:
    """The row as a spreadsheet shows it: numbers and dates in the column's format."""
    return [text_of(c)(v) for c, v in zip(REGISTERS[register].all_columns, row, strict=True)]


def shown_totals(register: str, row: tuple) -> list[str]:
    """The totals row as the PDF prints it: sums with thousands separators (1,234)."""
    return [text_of(c)(grouped(c, v)) for c, v in zip(REGISTERS[register].all_columns, row, strict=True)]


def _data(rows: list[list[str]], width: int) -> tuple[list[list[str]], list[str]]:
    start = next(i for i, r in enumerate(rows) if r and r[0] == "序号")
    end = next(i for i, r in enumerate(rows) if len(r) > 1 and r[1] == "合计")
    first = next((i for i in range(start, end) if rows[i][0].isdigit()), end)
    return [r[:width] for r in rows[first:end]], rows[end][:width]


@pytest.mark.parametrize("register, filters", [
    ("nurseries", RegisterFilters(street_code="500107002")),
    ("filings", RegisterFilters()),
    ("inspections", RegisterFilters()),
    ("rectifications", RegisterFilters()),
    ("fees", RegisterFilters(street_code="500107001")),
    ("summary", RegisterFilters()),
])
def test_libreoffice_opens_the_xlsx_and_shows_the_same_rows(demo_db, tmp_path, register, filters):
    path = tmp_path / f"{register}.xlsx"
    export_register(demo_db.factory, register, "xlsx", path, filters, preparer="测试员", prepared_on=TODAY)
    sheet = read_xlsx(path)
    width = len(REGISTERS[register].all_columns)
    rows, totals = _data(to_csv(path, tmp_path), width)
    assert rows == [shown(register, r) for r in sheet["rows"]]
    assert totals == shown_totals(register, sheet["totals"])
    assert len(rows) > 5


def test_libreoffice_shows_formula_like_text_verbatim(district, tmp_path):
    from workstation.domain.enums import InstitutionKind, LegalNature

    risky = ["=1+1", "+1+2", "-2+3", "@SUM(A1)", '=HYPERLINK("http://example.com","点我")']
    with district.factory.begin() as session:
        for text in risky:
            session.add(Nursery(name=text, notes=text, legal_nature=LegalNature.FOR_PROFIT,
                                kind=InstitutionKind.STANDALONE))
    with district.factory() as session:
        assert len(session.scalars(select(Nursery)).all()) == len(risky)
    path = tmp_path / "risky.xlsx"
    export_register(district.factory, "nurseries", "xlsx", path, RegisterFilters(), preparer="x")
    rows, _totals = _data(to_csv(path, tmp_path), len(REGISTERS["nurseries"].all_columns))
    assert [(r[2], r[-1]) for r in rows] == [(text, text) for text in risky]


@needs_pdftotext
def test_libreoffice_prints_the_title_on_page_1_and_each_note_whole(demo_db, tmp_path, monkeypatch):
    """Printed through LibreOffice (A3 at 85 %, the 30 columns over three pages across): the title was
    on page 2 and the notes were cut at the pages' right edges, merged across all 30 columns."""
    from dataclasses import replace

    note = "本表所列机构的托位数、在托人数和班级数以机构报送并经核实的数据为准，" * 4
    monkeypatch.setitem(REGISTERS, "nurseries", replace(REGISTERS["nurseries"], notes=(note,)))
    path = tmp_path / "nurseries.xlsx"
    export_register(demo_db.factory, "nurseries", "xlsx", path, RegisterFilters(street_code="500107001"),
                    preparer="测试员", prepared_on=TODAY)
    profile = (tmp_path / "lo-profile").as_uri()
    done = subprocess.run([SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                           "--outdir", str(tmp_path / "pdf"), str(path)],
                          capture_output=True, text=True, timeout=180, check=False)
    pdf = tmp_path / "pdf" / "nurseries.pdf"
    assert done.returncode == 0 and pdf.exists(), done.stdout + done.stderr
    pages = [squash("".join(lines)) for lines in pdf_pages(pdf)]
    assert "托育机构名册" in pages[0] and "数据截至" in pages[0]
    assert any(f"1.{note}" in page for page in pages)  # whole, on one page
    assert any("制表人：测试员" in page for page in pages)
