"""The inbox page's decisions: 接受 / 合并所选字段 / 驳回… / 暂缓 / 批量接受无问题的行.

A helper object of InboxPage, not a mixin: its texts name the page's translation context
("InboxPage") explicitly, so lupdate files them where the page's English already is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from workstation.domain.errors import DomainError
from workstation.domain.inbox import OPEN, ItemClass
from workstation.i18n.labels import ui_label
from workstation.models.inbox import field_title, message_text
from workstation.services.inbox import ItemRow
from workstation.ui.common.list_views import busy_cursor
from workstation.ui.common.prompts import confirm_or_go_back
from workstation.ui.tasks import Task, show_error

if TYPE_CHECKING:
    from workstation.ui.inbox.inbox_page import InboxPage

LOOK_AHEAD = 1000  # rows searched for the next waiting one (pages are read lazily)


class InboxDecisions:
    def __init__(self, page: InboxPage) -> None:
        self._page = page

    def accept_current(self) -> None:
        page = self._page
        item = page.current_item()
        if item is not None and item.item_class == ItemClass.DIFFERS and item.differs:
            fields = QCoreApplication.translate("InboxPage", "、").join(field_title(name) for name in item.differs)
            question = QCoreApplication.translate(
                "InboxPage", "接受将用推送值覆盖登记中的以下字段：{fields}。\n只采用其中一部分请勾选后选择“合并所选字段”。"
                "是否全部采用推送值？").format(fields=fields)
            if not page.confirm_overwrite(question):
                return
        self._decide(lambda item: page.service.accept(item.id))

    def confirm_overwrite(self, question: str) -> bool:
        answer = QMessageBox.question(self._page, QCoreApplication.translate("InboxPage", "接受推送值"), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def merge_current(self) -> None:
        fields = self._page.comparison.chosen_fields()
        self._decide(lambda item: self._page.service.merge(item.id, fields))

    def reject_current(self) -> None:
        page = self._page
        item = page.current_item()
        if item is None:
            return
        label = (QCoreApplication.translate("InboxPage", "驳回第{row}行“{name}”的理由：").format(
                     row=item.row_number, name=item.name) if item.name
                 else QCoreApplication.translate("InboxPage", "驳回第{row}行（无名称）的理由：").format(
                     row=item.row_number))
        reason = page.ask_reason(label)
        if reason is None:
            return
        self._decide(lambda item: page.service.reject(item.id, reason))

    def defer_current(self) -> None:
        self._decide(lambda item: self._page.service.defer(item.id))

    def ask_reason(self, label: str) -> str | None:
        from workstation.ui.inbox.reason_dialog import ReasonDialog

        dialog = ReasonDialog(self._page, label)
        return dialog.reason() if dialog.exec() == ReasonDialog.DialogCode.Accepted else None

    def _decide(self, act: Callable[[ItemRow], ItemRow]) -> None:
        page = self._page
        item = page.current_item()
        if item is None:
            return
        with busy_cursor():  # a decision and the lists read again take a moment in a large district
            try:
                done = act(item)
            except DomainError as exc:
                done, message = None, message_text(exc.message)
            if done is not None:
                page.status_label.setText(QCoreApplication.translate("InboxPage", "第{row}行：{decision}。").format(
                    row=done.row_number, decision=ui_label(done.decision)))
                row = page.item_view.currentIndex().row()
                self.after_change(done.id)
                self._next_waiting(row, done.id)
        if done is None:
            page.status_label.setText(message)
            page.error_box = show_error(page, QCoreApplication.translate("InboxPage", "推送收件箱"), message)

    def after_change(self, item_id: int | None = None) -> None:
        """Read the lists again, then tell the other pages (whose echo back to this page reads nothing)."""
        page = self._page
        page.refresh()
        if item_id is not None:
            page.select_item(item_id)
        page.tell_others()

    def _next_waiting(self, row: int, decided: int) -> None:
        """After a decision the list moves on to the next waiting row (from `row`, else from the top)."""
        view, model = self._page.item_view, self._page.item_model
        total = model.rowCount()
        row = max(row, 0)
        ahead = [*range(row, min(total, row + LOOK_AHEAD)), *range(min(row, total))]
        for candidate in ahead[:LOOK_AHEAD]:
            item = model.item_at(candidate)
            if item is not None and item.decision in OPEN and item.id != decided:
                view.selectRow(candidate)
                break
        view.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept_clean(self) -> None:
        page = self._page
        batch = page.current_batch_id()
        if batch is None:
            return
        service = page.service
        counts = service.clean_counts(batch)
        created, matching = counts[ItemClass.NEW], counts[ItemClass.MATCHES]
        if not created and not matching:
            page.status_label.setText(QCoreApplication.translate(
                "InboxPage", "本批次没有待处理、无问题提示的新机构或与登记一致的行，未接受任何行。"))
            return
        question = QCoreApplication.translate(
            "InboxPage", "批量接受将处理本批次中 {n} 行无问题的行：\n"
            "· 新建机构记录：{new} 条\n"
            "· 与登记一致、标记为已接受：{same} 行（不修改登记）\n"
            "不会更新任何已有记录。是否继续？").format(n=created + matching, new=created, same=matching)
        if not page.confirm_bulk(question):
            return
        task = Task(lambda progress, is_cancelled: service.accept_clean(batch, progress, is_cancelled))
        task.signals.finished.connect(self._accepted_clean)
        task.signals.cancelled.connect(lambda: self.after_change())
        page.run_task(task, QCoreApplication.translate("InboxPage", "批量接受"),
                      QCoreApplication.translate("InboxPage", "正在接受无问题的行…"))

    def confirm_bulk(self, question: str) -> bool:
        """批量接受's question: 返回 is the default (Enter) and Esc's answer."""
        return confirm_or_go_back(self._page, QCoreApplication.translate("InboxPage", "批量接受"), question,
                                  QCoreApplication.translate("InboxPage", "批量接受(&A)"),
                                  QCoreApplication.translate("InboxPage", "返回(&B)"))

    def _accepted_clean(self, result: tuple[int, list[str]]) -> None:
        accepted, refused = result
        text = QCoreApplication.translate("InboxPage", "已批量接受 {n} 行。").format(n=accepted)
        if refused:
            text += QCoreApplication.translate("InboxPage", "以下行未能接受，仍待处理：") + "；".join(refused[:5])
        self._page.status_label.setText(text)
        self.after_change()
