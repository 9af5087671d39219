"""Documents of the filing area (回执, 告知书, 补正通知书)."""

from workstation.exports.filing.documents import build_document, write_filing_document

__all__ = ["build_document", "write_filing_document"]
