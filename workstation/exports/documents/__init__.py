"""Single documents as renderer-neutral blocks and their one PDF renderer (WenQuanYi embedded).
Each area builds its documents from these blocks (exports/filing, exports/inspections …)."""

from __future__ import annotations

from typing import Any

from workstation.exports.documents.model import Block, Document, Fields, Grid, Para, cn_date

__all__ = ["Block", "Document", "Fields", "Grid", "Para", "cn_date", "line_width", "write_document_pdf"]


def write_document_pdf(*args: Any, **kwargs: Any) -> Any:
    """documents/pdf.write_document_pdf, loaded (with reportlab) on the first PDF written, not with
    the pages that name it (备案管理, 监督检查)."""
    from workstation.exports.documents.pdf import write_document_pdf as write

    return write(*args, **kwargs)


def line_width() -> float:
    """The PDF's printed line width in points (what a Grid's shares divide)."""
    from workstation.exports.documents.pdf import WIDTH

    return WIDTH
