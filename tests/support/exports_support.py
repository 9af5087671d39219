"""Helpers shared by the test_exports_* modules (holds no tests).

Expected register rows are computed here from the ORM objects, independently of the export's
own SQL, and the written files are read back: .xlsx with openpyxl, .pdf with pdftotext -layout.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, update
from sqlalchemy.orm import selectinload

from workstation.db.orm import Department, Nursery, Street
from workstation.domain.enums import ClassType, ServiceType
from workstation.exports.common.spec import RegisterFilters
from workstation.exports.registers import REGISTERS

TODAY = dt.date(2026, 6, 30)
ANY = RegisterFilters()  # no filter
NO_STREET_IDS = (5, 77, 150)  # demo nurseries moved out of any street
NOTE_ID, NOTE = 9, "负责人变更中，\n待补材料（消防）"

needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


@pytest.fixture(scope="session", name="demo_db")
def demo_db_fixture(tmp_path_factory, demo_database):
    """300 demo nurseries (fixed date and seed), three of them without a street, one with a note."""
    from workstation.services.common.context import Actor

    db = demo_database(tmp_path_factory.mktemp("exports") / "demo.db", 300, seed=7, today=TODAY,
                       actor=Actor("tester", "测试员"))
    with db.factory.begin() as session:
        session.execute(update(Nursery).where(Nursery.id.in_(NO_STREET_IDS)).values(street_id=None))
        session.execute(update(Nursery).where(Nursery.id == NOTE_ID).values(notes=NOTE))
    yield db
    db.close()


# --- expected rows, from the ORM ----------------------------------------------------------------

def mask_id(value: str) -> str:
    return value[:6] + "*" * (len(value) - 10) + value[-4:] if len(value) > 10 else value


def mask_phone(value: str) -> str:
    return f"{value[:3]}****{value[-4:]}" if re.fullmatch(r"1[3-9]\d{9}", value) else value


def _matches(n: Nursery, street: Street | None, f: RegisterFilters) -> bool:
    if f.street_code is not None and (street is None or street.code != f.street_code):
        return False
    if f.legal_nature is not None and n.legal_nature != f.legal_nature:
        return False
    if f.status is not None and n.status != f.status:
        return False
    if f.inclusive is not None and n.inclusive != f.inclusive:
        return False
    filed = n.filed_at.date() if n.filed_at else None
    if f.date_from is not None and (filed is None or filed < f.date_from):
        return False
    return f.date_to is None or (filed is not None and filed <= f.date_to)


def nurseries_matching(db, f: RegisterFilters) -> list[tuple[Nursery, Street | None, Department | None]]:
    """The nurseries the register should list, in its order (street code, none last; then id)."""
    with db.factory() as session:
        streets = {s.id: s for s in session.scalars(select(Street))}
        organs = {d.id: d for d in session.scalars(select(Department))}
        found = session.scalars(select(Nursery).options(selectinload(Nursery.classes),
                                                         selectinload(Nursery.service_types))).all()
        chosen = [(n, streets.get(n.street_id), organs.get(n.registration_organ_id)) for n in found]
        chosen = [t for t in chosen if _matches(t[0], t[1], f)]
        chosen.sort(key=lambda t: (t[1] is None, t[1].code if t[1] else "", t[0].id))
        session.expunge_all()
        return chosen


def nursery_row(n: Nursery, street: Street | None, organ: Department | None, masked: bool = True) -> tuple:
    classes = [sum(1 for c in n.classes if c.class_type is t) for t in ClassType]
    offered = {s.service_type for s in n.service_types}
    services = "、".join(t.zh for t in ServiceType if t in offered) or None
    rep_id = (mask_id(n.legal_rep_id_no) if masked else n.legal_rep_id_no) or None
    phone = (mask_phone(n.phone) if masked else n.phone) or None
    organ_name = organ.name if organ else (n.registration_organ_kind.zh if n.registration_organ_kind else None)
    return (
        street.name if street else None, n.name, n.uscc, n.legal_nature.zh, organ_name, n.legal_rep_name or None,
        rep_id, n.director_name or None, phone, n.address or None, n.kind.zh, services,
        n.premises_type.zh if n.premises_type else None, n.lease_end, n.building_m2, n.outdoor_m2,
        n.places_total, n.places_inclusive, sum(c.enrolled for c in n.classes), *classes, n.status.zh,
        n.filed_at.date() if n.filed_at else None, n.filing_no or None, "是" if n.inclusive else "否",
        n.demonstration_level.zh if n.demonstration_level else None, n.notes or None,
    )


def expected_nurseries(db, f: RegisterFilters = ANY, masked: bool = True) -> tuple[list, tuple]:
    """(numbered rows, totals row) the nursery register should hold."""
    rows = [(i, *nursery_row(*t, masked=masked)) for i, t in enumerate(nurseries_matching(db, f), start=1)]
    width = len(REGISTERS["nurseries"].all_columns)
    totals: list = [None] * width
    totals[1], totals[2] = "合计", f"共 {len(rows)} 家"
    for index in range(17, 24):  # places, inclusive places, enrolled, four class counts
        totals[index] = sum(r[index] for r in rows)
    return rows, tuple(totals)


# --- reading the files back ---------------------------------------------------------------------

def read_xlsx(path: Path) -> dict:
    """Heading lines, header rows, data rows and totals row of an exported sheet."""
    book = load_workbook(path, read_only=True)
    try:
        values = [tuple(row) for row in book.worksheets[0].iter_rows(values_only=True)]
    finally:
        book.close()
    start = next(i for i, r in enumerate(values) if r and r[0] == "序号")
    end = next(i for i in range(start, len(values)) if len(values[i]) > 1 and values[i][1] == "合计")
    first = next((i for i in range(start, end) if values[i] and isinstance(values[i][0], int)), end)
    width = len(values[start])
    data = [_plain(r, width) for r in values[first:end]]
    tail = [r[0] for r in values[end + 1:] if r and r[0]]
    return {"heading": [r[0] for r in values[:start]], "header": values[start:first], "rows": data,
            "totals": _plain(values[end], width), "tail": tail}


def _plain(row: tuple, width: int) -> tuple:
    row = tuple(row) + (None,) * (width - len(row))
    return tuple(v.date() if isinstance(v, dt.datetime) else v for v in row[:width])


def pdf_pages(path: Path) -> list[list[str]]:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    return [page.splitlines() for page in text.split("\f") if page.strip()]


def pdf_text(path: Path) -> str:
    return "\n".join("\n".join(page) for page in pdf_pages(path))


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pdf_row_blocks(path: Path, count: int) -> tuple[list[list[str]], list[str]]:
    """The text lines of each numbered row (1..count) and of the totals row, pages' frames left out."""
    blocks: list[list[str]] = []
    totals: list[str] = []
    current: list[str] | None = None
    for lines in pdf_pages(path):
        current = None  # a row never continues across a page
        for line in lines[:-1]:  # the last line is the page footer
            number = re.match(r"^(\s{0,8})(\d+)\s", line)
            if number and int(number.group(2)) == len(blocks) + 1 and len(blocks) < count:
                current = [line]
                blocks.append(current)
            elif len(blocks) == count and re.match(r"^\s*合计", line):
                current = totals
                totals.append(line)
            elif line.startswith("说明") or not line.strip() or line.lstrip().startswith("序号"):
                current = None  # pdftotext may print a page's header row after its last data row
            elif current is not None:
                current.append(line)
    return blocks, totals


def expected_lines(spec_key: str, row: tuple, rows: list[tuple] | None = None) -> list[str]:
    """The row as the PDF prints it, line by line (cells wrapped exactly as the renderer does, at the
    widths it gives the columns for `rows`, the register's rows; default: `row` alone)."""
    from workstation.exports.common.pdf import FRAME_WIDTH
    from workstation.exports.common.pdf_table import Grid, Widest, column_widths
    from workstation.exports.common.pdf_text import Wrapper, register_font

    spec = REGISTERS[spec_key]
    wrapper = Wrapper(register_font(), spec.pdf_font_size)
    widest = Widest(spec.all_columns, wrapper, spec.pdf_font_size)
    for each in rows if rows is not None else [row]:
        widest.add(each)
    longest = widest.widths if widest.any_whole else None
    grid = Grid(spec.all_columns, column_widths(spec.all_columns, wrapper, FRAME_WIDTH, longest), wrapper, 1.0)
    cells, _height = grid.row(row)
    split = [c.split("\n") if c else [] for c in cells]
    depth = max(len(s) for s in split)
    return [squash("".join(s[k] for s in split if k < len(s))) for k in range(depth)]


def assert_pdf_rows(path: Path, spec_key: str, rows: list[tuple], totals: tuple) -> None:
    """Every row and the totals row are in the PDF, in order, each cell's text where it belongs."""
    blocks, total_lines = pdf_row_blocks(path, len(rows))
    assert len(blocks) == len(rows), f"{len(blocks)} rows in the PDF, {len(rows)} expected"
    for row, block in zip(rows, blocks, strict=True):
        got = [squash(line) for line in block if line.strip()]
        expected = expected_lines(spec_key, row, rows)
        # pdftotext now and then reads one printed line as two (a wide gap between cells): same text in order
        assert got == expected or ("".join(got) == "".join(expected) and len(got) > len(expected)), \
            f"row {row[0]} differs: {got} != {expected}"
    from workstation.exports.common.pdf_table import grouped

    columns = REGISTERS[spec_key].all_columns  # the totals row prints its numbers as 1,234
    printed = tuple(grouped(c, v) for c, v in zip(columns, totals, strict=True))
    assert [squash(line) for line in total_lines if line.strip()] == expected_lines(spec_key, printed, rows)
