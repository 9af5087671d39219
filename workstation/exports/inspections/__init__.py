"""Documents of the inspections area: the rectification notice and the random-draw sheet."""

from workstation.exports.inspections.draw import build_draw_document, method_text, write_draw_pdf
from workstation.exports.inspections.notice import notice_document, write_rectification_notice

__all__ = ["build_draw_document", "method_text", "notice_document", "write_draw_pdf", "write_rectification_notice"]
