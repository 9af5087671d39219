"""Print a filing document: the same blocks as the PDF (exports/documents), laid out by Qt.

PySide6-Essentials has no PDF renderer to print the generated PDF itself, so printing and its
preview lay out the renderer-neutral Document with QTextDocument; the PDF file is written by
reportlab from the same Document ("导出PDF"). Both say the same words.
"""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QFont, QFontDatabase, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from workstation.exports.documents import Document, Fields, Grid, Para
from workstation.paths import resource_path
from workstation.ui.startup import FONT_FAMILIES

_font_loaded: list[bool] = []


def document_font() -> QFont:
    """The bundled CJK font (registered once), so paper never shows boxes for Chinese."""
    if not _font_loaded:
        QFontDatabase.addApplicationFont(str(resource_path("resources", "fonts", "wqy-microhei.ttc")))
        _font_loaded.append(True)
    return QFont(FONT_FAMILIES, 12)


def document_html(document: Document) -> str:
    parts = []
    if document.copy_mark:
        parts.append(f'<p align="right" style="color:#b00000; font-size:16pt">{escape(document.copy_mark)}</p>')
    parts += [f'<p align="center" style="font-size:20pt; font-weight:bold">{escape(document.title)}</p>',
              f'<p align="right">{escape(document.number)}</p>', f"<p>{escape(document.addressee)}</p>"]
    parts += [_block(block) for block in document.blocks]
    parts.append(f'<p align="right"><br/>{escape(document.issuer)}<br/>{escape(document.issued_on)}</p>')
    return "<html><body>" + "\n".join(parts) + "</body></html>"


def _block(block: Para | Fields | Grid) -> str:
    if isinstance(block, Para):
        indent = {"indent": ' style="text-indent:24pt"', "subtitle": ' align="center"', "right": ' align="right"',
                  "heading": ' style="font-weight:bold"'}.get(block.style, "")
        return f"<p{indent}>{escape(block.text)}</p>"
    if isinstance(block, Fields):
        rows = "".join(f'<tr><td width="28%" bgcolor="#e7e6e6">{escape(k)}</td><td>{escape(v)}</td></tr>'
                       for k, v in block.rows)
    else:
        head = "".join(f'<td bgcolor="#e7e6e6" width="{int(100 * w / sum(block.widths))}%">{escape(h)}</td>'
                       for h, w in zip(block.header, block.widths, strict=True))
        body = "".join("<tr>" + "".join(f'<td{" align=right" if n in block.numeric else ""}>{escape(c)}</td>'
                                        for n, c in enumerate(row)) + "</tr>" for row in block.rows)
        rows = f"<tr>{head}</tr>{body or '<tr><td>（无）</td></tr>'}"
    return f'<table border="1" cellspacing="0" cellpadding="4" width="100%">{rows}</table><p></p>'


def text_document(document: Document) -> QTextDocument:
    text = QTextDocument()
    text.setDefaultFont(document_font())
    text.setHtml(document_html(document))
    return text


def prepare(printer: QPrinter, document: Document) -> None:
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setDocName(document.title)


def print_document(document: Document, printer: QPrinter) -> None:
    """Print (or, for a PDF-format printer, write) the document on `printer`."""
    prepare(printer, document)
    text_document(document).print_(printer)


def preview_document(document: Document, parent: QWidget | None = None) -> bool:
    """Show the print preview; True when the user printed from it."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    prepare(printer, document)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.paintRequested.connect(lambda target: text_document(document).print_(target))
    return dialog.exec() == QDialog.DialogCode.Accepted
