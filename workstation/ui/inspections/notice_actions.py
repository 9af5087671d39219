"""The 整改通知书 of a recorded inspection: export as PDF (through the service's writer) or print.

A mixin of the checklist dialog; it needs `_service`, `view`, `choose_save_path`, `open_url`, `show_error`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog

from workstation.domain.errors import DomainError
from workstation.exports.inspections import notice_document
from workstation.ui.common.printing import print_document


class NoticeActions:
    """Export and print the notice of the shown inspection."""

    def export_notice(self, path: str | None = None) -> Path | None:
        """Write the 整改通知书 as PDF (default name: its number) and open it."""
        if self.view is None or not self.view.notice_no:
            return None
        target = path or self.choose_save_path(QCoreApplication.translate("ChecklistDialog", "整改通知书-{no}.pdf").format(no=self.view.notice_no))
        if not target:
            return None
        try:
            written = self._service.write_notice(self.view.id, Path(target))
        except DomainError as exc:
            self.show_error(exc.message)
            return None
        self.open_url(QUrl.fromLocalFile(str(written)))
        return written

    def print_notice(self, printer: QPrinter | None = None) -> bool:
        """Print the notice (a given printer skips the print dialog)."""
        if self.view is None or not self.view.notice_no:
            return False
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
                return False
        try:
            document = notice_document(self._service.notice(self.view.id))
        except DomainError as exc:
            self.show_error(exc.message)
            return False
        print_document(document, printer)
        return True
