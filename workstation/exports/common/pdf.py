"""PDF renderer: reportlab platypus, A4 landscape, the CJK font embedded as a subset.

Title, reporting unit, period, filters, the table with its header rows on every page
(pdf_table.py), the totals row, notes and signatures; "第 X 页 共 Y 页" on every page. The
pages are counted before drawing and written to the file as they end (pdf_stream.py), so memory
stays flat.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)

from workstation.exports.common.body import Heading, RegisterBody
from workstation.exports.common.files import Watch
from workstation.exports.common.pdf_stream import RowSpool, RunSpool, numbered_canvas
from workstation.exports.common.pdf_table import (
    Grid,
    PageTable,
    Widest,
    column_widths,
    data_rows,
    header,
    paginate,
)
from workstation.exports.common.pdf_text import Wrapper, register_font
from workstation.exports.common.spec import Column

PAGE = landscape(A4)
MARGIN, BOTTOM_MARGIN = 10 * mm, 12 * mm
FRAME_WIDTH = PAGE[0] - 2 * MARGIN
FRAME_HEIGHT = PAGE[1] - MARGIN - BOTTOM_MARGIN
SAFETY = 2.0  # points kept free on page 1 against rounding in the heading's measured height


def write_pdf(path: Path, heading: Heading, body: RegisterBody, notes: Iterable[str], watch: Watch) -> None:
    """Write the register to `path` (a temp file the caller renames into place)."""
    font = register_font()
    size = body.spec.pdf_font_size
    wrapper = Wrapper(font, size)
    notes = list(notes)
    widest = Widest(body.columns, wrapper, size)
    # Codes and numbers that must not break get the width of their longest value: the rows are read
    # once into a temporary file to measure them, then laid out from it (memory stays flat).
    spool = RowSpool(body, widest.add, watch.check) if widest.any_whole else None
    try:
        grid = Grid(body.columns, column_widths(body.columns, wrapper, FRAME_WIDTH, widest.widths if spool else None), wrapper,
                    size * 1.2)
        head = header(grid)
        top_height = _height(_heading_flowables(heading, font))
        tail_height = _height(_tail_lines(heading, notes, font)) + SAFETY
        runs = RunSpool(paginate(data_rows(body, grid, watch, size, spool), grid, sum(head[1]),
                                 FRAME_HEIGHT - top_height - SAFETY, FRAME_HEIGHT, tail_height))
    finally:
        if spool is not None:
            spool.close()
    try:
        last_used = sum(head[1]) + runs.height(len(runs) - 1) if runs.rows(len(runs) - 1) else 0.0
        if len(runs) == 1:
            last_used += top_height
        total = len(runs) - 1 + _pages_of_tail(last_used, heading, notes, font)
        with open(path, "wb") as out:
            _draw(out, runs, grid, head, heading, notes, font, size, total, watch)
    finally:
        runs.close()


def _draw(out: IO[bytes], runs: RunSpool, grid: Grid, head: tuple[list[list[str]], list[float]],
          heading: Heading, notes: Iterable[str], font: str, size: float, total: int, watch: Watch) -> None:
    """Lay the pages out into `out`, each written as it ends (numbered_canvas)."""
    while True:  # once, unless the tail's layout was foreseen wrongly: then again with the true count
        story: list[Any] = _heading_flowables(heading, font)
        for number in range(len(runs)):
            last = number == len(runs) - 1
            if runs.rows(number):
                story.append(PageTable(grid, head, partial(runs.read, number), runs.rows(number), last, font, size))
            # Each run is a page: end it explicitly. Left to itself, reportlab fills the room a page
            # leaves (more than a header's height after a page ended before a tall row) by splitting the
            # next page's table there: a header alone at the foot of the page, every later page shifted.
            if not last or not runs.rows(number):
                story.append(PageBreak())
        story += _tail(heading, notes, font)
        out.seek(0)
        out.truncate()
        # initialFontName: reportlab starts every page in Helvetica, which it references without embedding
        doc = _Document(out, watch, title=heading.title, author=heading.signature_line, initialFontName=font)
        doc.build(story, canvasmaker=numbered_canvas(total, _footer(heading.title, font)))
        if doc.canv.pages_written == total:
            return
        total = doc.canv.pages_written


def _pages_of_tail(used: float, heading: Heading, notes: Iterable[str], font: str) -> int:
    """Pages from the last table's page to the end: the tail laid out below `used` points of content."""
    doc = BaseDocTemplate(io.BytesIO(), pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                          bottomMargin=BOTTOM_MARGIN, initialFontName=font)
    doc.addPageTemplates([PageTemplate(id="page", frames=[_frame()])])
    doc.build([Spacer(1, used), *_tail(heading, notes, font)], canvasmaker=numbered_canvas(0, _no_footer))
    return doc.canv.pages_written


def column_widths_for(columns: tuple[Column, ...], size: float, rows: Iterable[Sequence[object]] = ()) -> list[float]:
    """The widths the register's columns get on the page for `rows` (for comparisons in benchmarks)."""
    wrapper = Wrapper(register_font(), size)
    widest = Widest(columns, wrapper, size)
    for row in rows:
        widest.add(row)
    return column_widths(columns, wrapper, FRAME_WIDTH, widest.widths if widest.any_whole else None)


def _height(flowables: list[Any]) -> float:
    return sum(f.wrap(FRAME_WIDTH, FRAME_HEIGHT)[1] for f in flowables)


def _styles(font: str) -> dict[str, ParagraphStyle]:
    return {
        "title": ParagraphStyle("title", fontName=font, fontSize=16, leading=22, alignment=TA_CENTER),
        "line": ParagraphStyle("line", fontName=font, fontSize=9, leading=13),
    }


def _heading_flowables(heading: Heading, font: str) -> list[Any]:
    styles = _styles(font)
    lines = [heading.unit_line, heading.period_line, heading.filters_line]
    if heading.extra_line:
        lines.append(heading.extra_line)
    return [Paragraph(escape(heading.title), styles["title"]), Spacer(1, 4 * mm),
            *(Paragraph(escape(line), styles["line"]) for line in lines), Spacer(1, 2 * mm)]


def _tail(heading: Heading, notes: Iterable[str], font: str) -> list[Any]:
    # One block: the notes never end a page with the signatures alone on the next (paginate keeps the
    # last rows with it when it does not fit under them).
    return [KeepTogether(_tail_lines(heading, notes, font))]


def _tail_lines(heading: Heading, notes: Iterable[str], font: str) -> list[Any]:
    style = _styles(font)["line"]
    lines = list(notes)
    flowables: list[Any] = []
    if lines:
        flowables.append(Paragraph("说明：", style))
        flowables += [Paragraph(escape(f"{n}. {note}"), style) for n, note in enumerate(lines, start=1)]
    flowables += [Spacer(1, 4 * mm), Paragraph(escape(heading.signature_line), style)]
    return [Spacer(1, 4 * mm), *flowables]


class _Document(BaseDocTemplate):
    """One frame per page without padding; reports rows laid out and stops when cancelled."""

    def __init__(self, filename: IO[bytes], watch: Watch, **kwargs: Any) -> None:
        super().__init__(filename, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                         bottomMargin=BOTTOM_MARGIN, **kwargs)
        self.addPageTemplates([PageTemplate(id="page", frames=[_frame()])])
        self._watch = watch
        self._rows_done = 0

    def afterFlowable(self, flowable: Any) -> None:
        if isinstance(flowable, PageTable):
            self._rows_done += flowable.rows
            self._watch.report(self._rows_done)


def _frame() -> Frame:
    return Frame(MARGIN, BOTTOM_MARGIN, FRAME_WIDTH, FRAME_HEIGHT, leftPadding=0, rightPadding=0,
                 topPadding=0, bottomPadding=0, id="page")


def _footer(title: str, font: str) -> Callable[[Canvas, int, int], None]:
    def draw(canvas: Canvas, number: int, total: int) -> None:
        canvas.setFont(font, 8)
        canvas.drawCentredString(PAGE[0] / 2, 6 * mm, f"第 {number} 页 共 {total} 页")
        canvas.drawString(MARGIN, 6 * mm, title)

    return draw


def _no_footer(_canvas: Canvas, _number: int, _total: int) -> None:
    pass
