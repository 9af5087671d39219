"""Filing documents as PDF: A4 portrait, the bundled WenQuanYi Micro Hei embedded as a subset."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, SimpleDocTemplate, Spacer, Table, TableStyle

from workstation.exports.common.files import atomic_output
from workstation.exports.common.pdf_text import CJKParagraph as Paragraph
from workstation.exports.common.pdf_text import register_font
from workstation.exports.documents.model import Block, Document, Fields, Grid, Para

MARGIN = 20 * mm
WIDTH = A4[0] - 2 * MARGIN
GRID_COLOUR = colors.HexColor("#606060")
SHADE = colors.HexColor("#E7E6E6")
COPY_COLOUR = colors.HexColor("#B00000")


def write_document_pdf(path: Path, document: Document) -> None:
    font = register_font()
    styles = _styles(font)
    story: list[Any] = []
    if document.copy_mark:
        story.append(Paragraph(escape(document.copy_mark), styles["copy"]))
    story += [Paragraph(escape(document.title), styles["title"]),
              Paragraph(escape(document.number), styles["right"]), Spacer(1, 4 * mm),
              Paragraph(escape(document.addressee), styles["body"])]
    kept = len(document.blocks) - document.keep_end if document.keep_end else len(document.blocks)
    for block in document.blocks[:kept]:
        story += [_flowable(block, styles), Spacer(1, 3 * mm)]
    end: list[Any] = []
    for block in document.blocks[kept:]:
        end += [_flowable(block, styles), Spacer(1, 3 * mm)]
    end += [Spacer(1, 6 * mm), Paragraph(escape(document.issuer), styles["right"]),
            Paragraph(escape(document.issued_on), styles["right"])]
    story += [KeepTogether(end)] if document.keep_end else end
    with atomic_output(path) as temp:
        doc = SimpleDocTemplate(str(temp), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                                topMargin=MARGIN, bottomMargin=MARGIN, title=document.title,
                                author=document.issuer, initialFontName=font)  # not Helvetica (unembedded)
        doc.build(story)


def _flowable(block: Block, styles: dict[str, ParagraphStyle]) -> Any:
    if isinstance(block, Para):
        return Paragraph(escape(block.text), styles[block.style])
    if isinstance(block, Fields):
        rows = [[Paragraph(escape(k), styles["label"]), Paragraph(escape(v), styles["cell"])] for k, v in block.rows]
        return _table(rows, (0.28, 0.72), header=False)
    return _grid(block, styles)


def _grid(block: Grid, styles: dict[str, ParagraphStyle]) -> Table:
    rows = [[Paragraph(escape(h), styles["label"]) for h in block.header]]
    rows += [[Paragraph(escape(cell), styles["amount" if n in block.numeric else "cell"]) for n, cell in enumerate(row)]
             for row in block.rows]
    if not block.rows:
        rows.append([Paragraph("（无）", styles["cell"]), *[""] * (len(block.header) - 1)])
    table = _table(rows, block.widths, header=True)
    if block.spans:  # +1: the header row comes first
        table.setStyle(TableStyle([("SPAN", (col, first + 1), (col, last + 1)) for col, first, last in block.spans]))
    return table


def _table(rows: list[list[Any]], shares: tuple[float, ...], header: bool) -> Table:
    table = Table(rows, colWidths=[WIDTH * s / sum(shares) for s in shares], repeatRows=1 if header else 0)
    # A table sets its cell font (Helvetica by default) on the canvas even for Paragraph cells
    commands = [("FONTNAME", (0, 0), (-1, -1), register_font()),
                ("GRID", (0, 0), (-1, -1), 0.5, GRID_COLOUR), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    commands.append(("BACKGROUND", (0, 0), (-1, 0), SHADE) if header else ("BACKGROUND", (0, 0), (0, -1), SHADE))
    table.setStyle(TableStyle(commands))
    return table


def _styles(font: str) -> dict[str, ParagraphStyle]:
    def style(name: str, size: float, **extra: Any) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.6, wordWrap="CJK", **extra)

    return {"title": style("title", 20, alignment=TA_CENTER, spaceAfter=3 * mm),
            "copy": style("copy", 16, alignment=TA_RIGHT, textColor=COPY_COLOUR),
            "right": style("right", 11, alignment=TA_RIGHT), "body": style("body", 12),
            "indent": style("indent", 12, firstLineIndent=24), "note": style("note", 9.5),
            "label": style("label", 10.5), "cell": style("cell", 10.5),
            "amount": style("amount", 10.5, alignment=TA_RIGHT),
            "subtitle": style("subtitle", 14, alignment=TA_CENTER), "heading": style("heading", 12, spaceBefore=2 * mm)}
