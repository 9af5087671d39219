"""The draw PDF never wraps a 统一社会信用代码: its last character used to fall alone on the next
line, in the table of nurseries drawn and in the population appended for the fingerprint."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from reportlab.platypus import Paragraph, Table

from workstation.exports.common.pdf_text import register_font
from workstation.exports.documents import Grid
from workstation.exports.documents.pdf import _flowable, _styles
from workstation.exports.inspections.draw import build_draw_document

CODES = ("91500107MA6020MB9M", "91500107MA5U8WMW0W", "52500107MJP123456X")


def draw(population=CODES):
    picks = [SimpleNamespace(position=n, name=f"托育园{n}", uscc=code, street_name="杨家坪街道",
                             inspectors=["周检查", "吴检查"]) for n, code in enumerate(CODES, start=1)]
    return SimpleNamespace(
        id=7, drawn_at=dt.datetime(2026, 12, 4, 2, 0), drawn_by_name="周检查", drawn_by="insp", method="sha256-v1",
        seed="12345", seed_generated=True, filters_text="全部", population_size=len(population),
        population_sha256="ab" * 32, count=len(picks), per_nursery=2, inspectors=["周检查", "吴检查"], picks=picks,
        stage="DRAWN", frozen_at=None, public_value="", witness="", population=list(population))


def code_lines(grid: Grid) -> dict[str, int]:
    """Each code cell's number of printed lines, as reportlab lays the table out."""
    table = _flowable(grid, _styles(register_font()))
    assert isinstance(table, Table)
    lines = {}
    for row in table._cellvalues[1:]:
        for column, cell in enumerate(row):
            if isinstance(cell, Paragraph) and cell.getPlainText() in CODES:
                cell.wrap(table._colWidths[column] - 12, 1000)  # 12: the cell's left and right padding
                lines[cell.getPlainText()] = len(cell.blPara.lines)
    return lines


def grids(document) -> list[Grid]:
    return [block for block in document.blocks if isinstance(block, Grid)]


def test_codes_are_printed_on_one_line_in_both_tables():
    picks, population = grids(build_draw_document(draw()))
    assert code_lines(picks) == dict.fromkeys(CODES, 1)
    assert code_lines(population) == dict.fromkeys(CODES, 1)


def test_a_large_population_still_fits_the_page():
    population = [f"9150010{n:04d}MA6020MB"[:18] for n in range(1200)] + list(CODES)
    grid = grids(build_draw_document(draw(sorted(population))))[1]
    assert sum(grid.widths) <= 1.0001
    assert code_lines(grid) == dict.fromkeys(CODES, 1)
