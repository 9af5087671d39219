"""Single documents as renderer-neutral blocks and their one PDF renderer (WenQuanYi embedded).

Each area builds its documents from these blocks (exports/filing, exports/inspections …)."""

from workstation.exports.documents.model import Block, Document, Fields, Grid, Para, cn_date
from workstation.exports.documents.pdf import write_document_pdf

__all__ = ["Block", "Document", "Fields", "Grid", "Para", "cn_date", "write_document_pdf"]
