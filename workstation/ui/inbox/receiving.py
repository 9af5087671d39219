"""The inbox page's files: 接收推送文件… (read on a thread under a progress window) and 导出无效的行….

A helper object of InboxPage, not a mixin: its texts name the page's translation context
("InboxPage") explicitly, so lupdate files them where the page's English already is.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from workstation.domain.errors import DomainError
from workstation.i18n.labels import ui_label
from workstation.services.inbox import Received
from workstation.ui.common import file_dialogs
from workstation.ui.inbox.receive_dialog import ReceiveDialog, ReceiveRequest
from workstation.ui.tasks import Task, show_error

if TYPE_CHECKING:
    from workstation.ui.inbox.inbox_page import InboxPage


class InboxReceiving:
    def __init__(self, page: InboxPage) -> None:
        self._page = page

    def ask_request(self) -> ReceiveRequest | None:
        dialog = ReceiveDialog(self._page, self._page.today())
        try:
            return dialog.request() if dialog.exec() == ReceiveDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()  # one hidden window per receive stayed alive otherwise

    def receive(self) -> None:
        page = self._page
        request = page.ask_request()
        if request is None:
            return
        service = page.service
        task = Task(lambda progress, is_cancelled: service.receive(
            request.path, request.organ_kind, request.organ_level, request.received_on,
            progress=progress, is_cancelled=is_cancelled))
        task.signals.finished.connect(self._received)
        task.signals.cancelled.connect(lambda: page.status_label.setText(
            QCoreApplication.translate("InboxPage", "已取消接收，未保存任何条目。")))
        page.run_task(task, QCoreApplication.translate("InboxPage", "接收推送文件"),
                      QCoreApplication.translate("InboxPage", "正在读取并比对推送数据…"))

    def _received(self, received: Received) -> None:
        page = self._page
        page.batch_model.refresh()
        page.select_batch(received.batch.id)
        page.status_label.setText(self.received_text(received))
        if not received.duplicate:
            page.tell_others()

    @staticmethod
    def received_text(received: Received) -> str:
        b = received.batch
        if received.duplicate:
            return QCoreApplication.translate(
                "InboxPage", "该文件已于 {day} 由 {who} 接收（批次 {id}，{file}），本次未重复接收，也未新增任何条目。").format(
                day=b.received_on.isoformat(), who=b.received_by, id=b.id, file=b.file_name)
        counts = QCoreApplication.translate("InboxPage", "，").join(
            QCoreApplication.translate("InboxPage", "{kind} {n} 行").format(kind=ui_label(kind), n=n)
            for kind, n in b.counts.items() if n)
        text = QCoreApplication.translate("InboxPage", "已接收“{file}”共 {rows} 行：{counts}").format(
            file=b.file_name, rows=b.rows, counts=counts or QCoreApplication.translate("InboxPage", "无数据行"))
        if received.auto_accepted:
            text += QCoreApplication.translate("InboxPage", "；已按设置自动接受 {n} 行").format(n=received.auto_accepted)
        return text + QCoreApplication.translate("InboxPage", "。")

    def ask_report_path(self, name: str) -> str:
        path, _ = file_dialogs.save_file_name(self._page, QCoreApplication.translate("InboxPage", "导出无效的行"), name,
                                              QCoreApplication.translate("InboxPage", "Excel 工作簿 (*.xlsx)"))
        return path

    def save_invalid(self) -> None:
        page = self._page
        batch = page.batch_model.batch_at(page.batch_view.currentIndex().row())
        if batch is None:
            return
        path = page.ask_report_path(f"{Path(batch.file_name).stem}-无效的行.xlsx")
        if not path:
            return
        try:
            saved = page.service.save_invalid(batch.id, path)
        except DomainError as exc:
            page.status_label.setText(exc.message)
            page.error_box = show_error(page, QCoreApplication.translate("InboxPage", "导出无效的行"), exc.message)
            return
        page.status_label.setText(QCoreApplication.translate("InboxPage", "无效的行已另存为：{path}").format(path=saved))
