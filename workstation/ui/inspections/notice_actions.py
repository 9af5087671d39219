"""The 整改通知书 of a recorded inspection: export as PDF (through the service's writer) or print.

A mixin of the checklist dialog; it needs `_service`, `view`, `choose_save_path`, `open_url`, `show_error`,
`ask_provisional` and the `calendar_requested` signal.

A notice whose deadline was counted through a year the working-day calendar does not know prints the
date alone (a served document carries no remark about the office's calendar), so the user is told
before it goes out: the date may move when the year is entered (the deadline is then recomputed and
its history says so), and the calendar can be entered first.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from workstation.domain.errors import DomainError
from workstation.exports.inspections import notice_document
from workstation.ui.common.printing import print_document


class ProvisionalAnswer(Enum):
    """The answer to "this notice's deadline is provisional"."""

    GO_AHEAD = "go_ahead"
    CALENDAR = "calendar"   # enter the year's calendar first
    CANCEL = "cancel"


def provisional_text(notice_no: str, days: list, exporting: bool) -> str:
    """What the user is told before a notice with provisional deadlines goes out."""
    translate = QCoreApplication.translate
    years = "、".join(translate("NoticeActions", "{year}年").format(year=y) for y in sorted({d.year for d in days}))
    text = translate(
        "NoticeActions",
        "整改通知书 {no} 的整改期限 {dates} 是暂定的：{years}的法定节假日安排尚未录入工作日历，"
        "期限暂按周一至周五上班、元旦、劳动节和国庆节放假计算。通知书上只印日期，不注明“暂定”。\n\n"
        "录入该年的工作日历后，系统会重新计算期限并记入处理记录，日期可能改变，届时需重新出具通知书。"
        "建议先请系统管理员在“系统设置—工作日历”中录入。",
    ).format(no=notice_no, dates="、".join(d.isoformat() for d in days), years=years)
    question = (translate("NoticeActions", "仍然导出通知书吗？") if exporting
                else translate("NoticeActions", "仍然打印通知书吗？"))
    return f"{text}\n\n{question}"


def ask_provisional(parent: QWidget, text: str, exporting: bool) -> ProvisionalAnswer:
    """仍然导出/打印 · 先录入工作日历 · 取消 (the calendar is the default: Enter never sends a provisional date)."""
    translate = QCoreApplication.translate
    box = QMessageBox(QMessageBox.Icon.Warning, translate("NoticeActions", "整改期限暂定"), text,
                      QMessageBox.StandardButton.NoButton, parent)
    ahead = box.addButton(translate("NoticeActions", "仍然导出") if exporting else translate("NoticeActions", "仍然打印"),
                          QMessageBox.ButtonRole.AcceptRole)
    calendar = box.addButton(translate("NoticeActions", "先录入工作日历"), QMessageBox.ButtonRole.ActionRole)
    cancel = box.addButton(translate("NoticeActions", "取消"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(calendar)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return (ProvisionalAnswer.GO_AHEAD if clicked is ahead else
            ProvisionalAnswer.CALENDAR if clicked is calendar else ProvisionalAnswer.CANCEL)


class NoticeActions:
    """Export and print the notice of the shown inspection."""

    def provisional_deadlines(self) -> list:
        """The notice's deadlines counted on the ordinary working week (a year the calendar lacks)."""
        if self.view is None or not self.view.notice_no:
            return []
        return sorted({f.deadline for f in self.view.findings
                       if f.notice_no == self.view.notice_no and f.deadline_provisional})

    def _may_send(self, exporting: bool) -> bool:
        days = self.provisional_deadlines()
        if not days:
            return True
        answer = self.ask_provisional(provisional_text(self.view.notice_no, days, exporting), exporting)
        if answer is ProvisionalAnswer.CALENDAR:
            self.calendar_requested.emit()
        return answer is ProvisionalAnswer.GO_AHEAD

    def export_notice(self, path: str | None = None) -> Path | None:
        """Write the 整改通知书 as PDF (default name: its number) and open it."""
        if self.view is None or not self.view.notice_no or not self._may_send(exporting=True):
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
        if self.view is None or not self.view.notice_no or not self._may_send(exporting=False):
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
